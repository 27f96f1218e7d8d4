/**
 * The UI strings the assessment islands need, picked from the dictionaries at build time and
 * shipped in the language's assessment data file (islands never bundle the dictionaries).
 */
import type { Locale } from '../../domain/locales.ts';
import type { UiKey } from '../../i18n/en.ts';
import { DICTIONARIES } from '../../i18n/index.ts';

const PREFIXES = [
	'scale.',
	'assess.',
	'file.',
	'evidence.kind.',
	'action.status.',
	'priority.',
	'csv.',
	'demo.',
	'dash.',
	'history.',
	'merge.',
	'report.',
	'workshop.',
	'handout.',
] as const;

const EXTRA = ['guideline.short', 'set.part', 'set.untitled', 'nav.assess'] as const;

export type AssessKey =
	| Extract<
			UiKey,
			`${
				| 'scale'
				| 'assess'
				| 'file'
				| 'evidence'
				| 'action'
				| 'priority'
				| 'csv'
				| 'demo'
				| 'dash'
				| 'history'
				| 'merge'
				| 'report'
				| 'workshop'
				| 'handout'}.${string}`
	  >
	| (typeof EXTRA)[number];

export type AssessStrings = Record<AssessKey, string>;

/** The assessment strings of a language. */
export function assessStrings(locale: Locale): AssessStrings {
	const dict = DICTIONARIES[locale];
	const keys = (Object.keys(dict) as UiKey[]).filter(
		(key) => PREFIXES.some((p) => key.startsWith(p)) || (EXTRA as readonly string[]).includes(key)
	);
	return Object.fromEntries(keys.map((key) => [key, dict[key]])) as AssessStrings;
}
