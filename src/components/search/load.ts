/**
 * Loads a language's search index once per page: the index first (results can show as soon as
 * it arrives), then the full text for snippets in the background.
 */
import type { SearchIndexData, SearchTextData } from '../../search/build.ts';
import { createSearcher, type Searcher } from '../../search/query.ts';

const loaded = new Map<string, Promise<Searcher>>();

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

/**
 * The searcher for an index URL. `onText` is called when the snippet text has arrived.
 * A failed load is forgotten, so that "Try again" fetches again.
 */
export function loadSearcher(
	indexUrl: string,
	textUrl: string,
	onText: () => void
): Promise<Searcher> {
	let promise = loaded.get(indexUrl);
	if (!promise) {
		promise = fetchJson<SearchIndexData>(indexUrl).then((data) => {
			const searcher = createSearcher(data);
			fetchJson<SearchTextData>(textUrl)
				.then((text) => {
					searcher.addText(text);
					onText();
				})
				.catch(() => {
					// Snippets stay on the statements; searching is unaffected.
				});
			return searcher;
		});
		promise.catch(() => loaded.delete(indexUrl));
		loaded.set(indexUrl, promise);
	} else {
		void promise.then(onText);
	}
	return promise;
}
