/** The languages the site is written in. English is the reference language of every pack. */
export const LOCALES = ['en', 'fr', 'es', 'de', 'ka'] as const;

/** A UI and content language. */
export type Locale = (typeof LOCALES)[number];

/** The language every translation must have an original in, and the fallback for content. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's own name, as shown in the language switcher (a fact, not a UI string). */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	fr: 'Français',
	es: 'Español',
	de: 'Deutsch',
	ka: 'ქართული',
};

/** Narrows a string to a supported locale. */
export function isLocale(value: string): value is Locale {
	return (LOCALES as readonly string[]).includes(value);
}

/** Text direction of a locale, read from `Intl.Locale` where the runtime knows it. */
export function localeDir(locale: Locale): 'ltr' | 'rtl' {
	const info = new Intl.Locale(locale) as Intl.Locale & {
		getTextInfo?: () => { direction?: string };
		textInfo?: { direction?: string };
	};
	const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
	return direction === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * Picks the best supported locale for a visitor from their browser's preferred languages
 * (`navigator.languages`), matching on the primary subtag; English when none matches.
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
	for (const tag of preferred) {
		const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
		if (isLocale(primary)) return primary;
	}
	return DEFAULT_LOCALE;
}
