/**
 * The search files of each language, built once per build from the library and served as
 * static JSON (`/search-index/<lang>.json` and `/search-index/<lang>-text.json`). Their URLs
 * carry a content hash so a redeployed site never mixes an old index with new pages.
 */
import { createHash } from 'node:crypto';
import type { Locale } from '../domain/locales.ts';
import { buildSearchIndex } from '../search/build.ts';
import { getLibrary } from './library.ts';

interface SearchFiles {
	index: string;
	text: string;
	/** Short content hash of both files. */
	version: string;
}

const cache = new Map<Locale, Promise<SearchFiles>>();

/** The serialised search files of a language. */
export function searchFiles(locale: Locale): Promise<SearchFiles> {
	let files = cache.get(locale);
	if (!files) {
		files = getLibrary().then((library) => {
			const { index, text } = buildSearchIndex(library, locale);
			const indexJson = JSON.stringify(index);
			const textJson = JSON.stringify(text);
			const version = createHash('sha256')
				.update(indexJson)
				.update(textJson)
				.digest('hex')
				.slice(0, 10);
			return { index: indexJson, text: textJson, version };
		});
		cache.set(locale, files);
	}
	return files;
}

/** URLs (without the deployment base) of a language's search files. */
export async function searchFileUrls(locale: Locale): Promise<{ index: string; text: string }> {
	const { version } = await searchFiles(locale);
	return {
		index: `/search-index/${locale}.json?v=${version}`,
		text: `/search-index/${locale}-text.json?v=${version}`,
	};
}
