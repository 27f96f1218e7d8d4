/**
 * The assessment data file of each language, built once per build: the catalogue (sets,
 * parts, guidelines with our statements) and the UI strings of the assessment islands, served
 * as static JSON (`/assess-data/<lang>.json`) with a content hash in its URL.
 */
import { createHash } from 'node:crypto';
import { buildCatalogue, type Catalogue } from '../domain/assessment/catalogue.ts';
import type { Locale } from '../domain/locales.ts';
import { assessStrings, type AssessStrings } from '../components/assess/strings.ts';
import { getLibrary } from './library.ts';

/** What `/assess-data/<lang>.json` holds. */
export interface AssessData {
	catalogue: Catalogue;
	strings: AssessStrings;
}

const cache = new Map<Locale, Promise<{ json: string; version: string }>>();

/** The serialised data file of a language. */
export function assessFile(locale: Locale): Promise<{ json: string; version: string }> {
	let file = cache.get(locale);
	if (!file) {
		file = getLibrary().then((library) => {
			const data: AssessData = {
				catalogue: buildCatalogue(library, locale),
				strings: assessStrings(locale),
			};
			const json = JSON.stringify(data);
			return { json, version: createHash('sha256').update(json).digest('hex').slice(0, 10) };
		});
		cache.set(locale, file);
	}
	return file;
}

/** URL (without the deployment base) of a language's data file. */
export async function assessFileUrl(locale: Locale): Promise<string> {
	return `/assess-data/${locale}.json?v=${(await assessFile(locale)).version}`;
}
