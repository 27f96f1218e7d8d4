/** The UI strings the search islands need, picked from the dictionaries at build time. */
import type { Locale } from '../../domain/locales.ts';
import type { UiKey } from '../../i18n/en.ts';
import { DICTIONARIES } from '../../i18n/index.ts';

const KEYS = [
	'search.title',
	'search.label',
	'search.hint',
	'search.results.one',
	'search.results.other',
	'search.none',
	'search.noneWithoutEnglish',
	'search.filters',
	'search.filterSet',
	'search.filterPart',
	'search.allSets',
	'search.allParts',
	'search.includeEnglish',
	'search.recent',
	'search.clearRecent',
	'search.close',
	'search.loading',
	'search.loadError',
	'search.retry',
	'search.english',
	'search.kind.set',
	'search.kind.part',
	'search.storageFull',
	'search.missing.library',
	'search.missing.edition',
	'search.missing.setLink',
	'search.missing.coverage',
	'search.more',
	'guideline.short',
	'workshop.addButton',
	'workshop.added',
	'workshop.addedAlready',
	'workshop.addOpen',
	'workshop.addFailed',
	'workshop.defaultTitle',
] as const satisfies readonly UiKey[];

export type SearchStrings = Record<(typeof KEYS)[number], string>;

/** The search strings of a language. */
export function searchStrings(locale: Locale): SearchStrings {
	const dict = DICTIONARIES[locale];
	return Object.fromEntries(KEYS.map((key) => [key, dict[key]])) as SearchStrings;
}
