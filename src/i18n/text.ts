/**
 * Translation helpers over a set of strings picked from the dictionaries (islands, the PDF
 * worker and the command line get only the strings they need, never every dictionary):
 * `t(key, values)`, plurals, dates and numbers in the reader's language.
 */
import type { AssessKey, AssessStrings } from '../components/assess/strings.ts';
import type { Locale } from '../domain/locales.ts';
import { format, pluralForm } from './format.ts';

type PluralBase = AssessKey extends infer K ? (K extends `${infer P}.other` ? P : never) : never;

export interface Text {
	locale: Locale;
	strings: AssessStrings;
	t: (key: AssessKey, values?: Record<string, string | number>) => string;
	tn: (key: PluralBase, count: number, values?: Record<string, string | number>) => string;
	/** A day or a moment as the reader's language writes a date. */
	date: (iso: string | null | undefined) => string;
	/** A share (0–1) as a whole percentage. */
	percent: (share: number | null) => string;
	number: (n: number, digits?: number) => string;
}

/** A value made on first use (Intl formatters are slow to create on a cold page). */
function lazy<T>(make: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= make());
}

export function makeText(locale: Locale, strings: AssessStrings): Text {
	const numberFormat = lazy(() => new Intl.NumberFormat(locale));
	const dateFormat = lazy(
		() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
	);
	const fixed = new Map<number, Intl.NumberFormat>();
	const fixedFormat = (digits: number) => {
		let f = fixed.get(digits);
		if (!f) {
			f = new Intl.NumberFormat(locale, {
				maximumFractionDigits: digits,
				minimumFractionDigits: digits,
			});
			fixed.set(digits, f);
		}
		return f;
	};
	const percentFormat = lazy(
		() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
	);
	return {
		locale,
		strings,
		t: (key, values) => format(strings[key], values),
		tn: (key, count, values = {}) =>
			format(strings[`${key}.${pluralForm(locale, count)}` as AssessKey], {
				...values,
				count: numberFormat().format(count),
			}),
		date: (iso) => {
			if (!iso) return '';
			const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
			return Number.isNaN(d.getTime()) ? iso : dateFormat().format(d);
		},
		percent: (share) => (share === null ? '—' : percentFormat().format(share)),
		number: (n, digits = 0) => fixedFormat(digits).format(n),
	};
}
