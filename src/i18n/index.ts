/**
 * UI translations: every string the interface shows comes from a dictionary here, never
 * from code. `useTranslations(locale)` returns `t(key, values)` and `tn(key, count, values)`.
 */
import { LOCALE_NAMES, type Locale } from '../domain/locales.ts';
import { de } from './de.ts';
import { en, type Dictionary, type UiKey } from './en.ts';
import { es } from './es.ts';
import { format, pluralForm } from './format.ts';
import { fr } from './fr.ts';
import { ka } from './ka.ts';

/** Dictionaries by locale. */
export const DICTIONARIES: Record<Locale, Dictionary> = { en, fr, es, de, ka };

/** A key with plural forms, without its `.one` / `.other` suffix. */
type PluralKey = UiKey extends infer K ? (K extends `${infer P}.other` ? P : never) : never;

export { format } from './format.ts';

/** Translation functions for one locale. */
export function useTranslations(locale: Locale) {
	const dict = DICTIONARIES[locale];
	const numbers = new Intl.NumberFormat(locale);
	/** A UI string with its placeholders filled. */
	const t = (key: UiKey, values?: Record<string, string | number>) => format(dict[key], values);
	/** A plural UI string; `{count}` is formatted for the locale. */
	const tn = (key: PluralKey, count: number, values: Record<string, string | number> = {}) => {
		const form = pluralForm(locale, count);
		return format(dict[`${key}.${form}` as UiKey], { ...values, count: numbers.format(count) });
	};
	/** A list joined the way the locale joins lists ("a, b and c"). */
	const list = (items: string[]) =>
		new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
	return { t, tn, list, locale, languageName: (l: Locale) => LOCALE_NAMES[l] };
}
