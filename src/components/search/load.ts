/**
 * Loads a language's search index once per page: the index first (results can show as soon as
 * it arrives), then the full text for snippets in the background.
 */
import type { SearchIndexData, SearchTextData } from '../../search/format.ts';
import { createSearcher, type Searcher } from '../../search/query.ts';

/** Per index URL: the searcher, and the moment its snippet text is in (never rejects). */
const loaded = new Map<string, { searcher: Promise<Searcher>; text: Promise<void> }>();

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

/**
 * The searcher for an index URL. `onText` is called when the snippet text has arrived, for
 * every caller. A failed load is forgotten, so that "Try again" fetches again.
 */
export function loadSearcher(
	indexUrl: string,
	textUrl: string,
	onText: () => void
): Promise<Searcher> {
	let entry = loaded.get(indexUrl);
	if (!entry) {
		const searcher = fetchJson<SearchIndexData>(indexUrl).then(createSearcher);
		const text = searcher.then(async (s) => s.addText(await fetchJson<SearchTextData>(textUrl)));
		entry = {
			searcher,
			// Without the text, snippets stay on the statements; searching is unaffected.
			text: text.catch(() => undefined),
		};
		searcher.catch(() => loaded.delete(indexUrl));
		loaded.set(indexUrl, entry);
	}
	void entry.text.then(onText);
	return entry.searcher;
}
