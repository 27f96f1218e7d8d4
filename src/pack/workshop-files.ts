/**
 * The workshop data file of each language (`/workshop-data/<lang>.json`, with a content hash
 * in its URL): the texts a workshop prints for every guideline. The catalogue and the strings
 * come from the assessment data file, which the workshop builder loads too.
 */
import { createHash } from 'node:crypto';
import type { Locale } from '../domain/locales.ts';
import { buildWorkshopTexts } from '../domain/workshop/texts.ts';
import { getLibrary } from './library.ts';

const cache = new Map<Locale, Promise<{ json: string; version: string }>>();

export function workshopFile(locale: Locale): Promise<{ json: string; version: string }> {
	let file = cache.get(locale);
	if (!file) {
		file = getLibrary().then((library) => {
			const json = JSON.stringify(buildWorkshopTexts(library, locale));
			return { json, version: createHash('sha256').update(json).digest('hex').slice(0, 10) };
		});
		cache.set(locale, file);
	}
	return file;
}

export async function workshopFileUrl(locale: Locale): Promise<string> {
	return `/workshop-data/${locale}.json?v=${(await workshopFile(locale)).version}`;
}
