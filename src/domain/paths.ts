/**
 * Site paths, without the deployment base (components add it). Every route is
 * `/<lang>/…/` with a trailing slash, so a language switch only swaps the first segment.
 */
import { isLocale, type Locale } from './locales.ts';

/** Home page of a language. */
export function homePath(locale: Locale): string {
	return `/${locale}/`;
}

/** A set's page. */
export function setPath(locale: Locale, set: string): string {
	return `/${locale}/${set}/`;
}

/** A guideline's page, from its stable id (`com.mandate` → `/en/com/mandate/`). */
export function guidelinePath(locale: Locale, id: string): string {
	const dot = id.indexOf('.');
	return `/${locale}/${id.slice(0, dot)}/${id.slice(dot + 1)}/`;
}

/** The same page in another language: swaps the language segment of a site path. */
export function switchLocalePath(path: string, to: Locale): string {
	const [, first, ...rest] = path.split('/');
	if (first !== undefined && isLocale(first)) return ['', to, ...rest].join('/');
	return homePath(to);
}

/** The coverage page of a language. */
export function coveragePath(locale: Locale): string {
	return `/${locale}/coverage/`;
}

/** The help page on offline use and data stored in the browser. */
export function offlineHelpPath(locale: Locale): string {
	return `/${locale}/help/offline/`;
}

/** The web app manifest of a language (the installed app opens in that language). */
export function manifestPath(locale: Locale): string {
	return `/${locale}/manifest.webmanifest`;
}

/** The search page of a language. */
export function searchPath(locale: Locale): string {
	return `/${locale}/search/`;
}

/** The self-assessment workspace of a language. */
export function assessPath(locale: Locale): string {
	return `/${locale}/assess/`;
}

/** The workbook of one set of an assessment, optionally at one guideline. */
export function workbookPath(locale: Locale, id: string, set: string, guideline?: string): string {
	const query = new URLSearchParams({ id, set });
	return `/${locale}/assess/workbook/?${query.toString()}${guideline ? `#${guidelineAnchor(guideline)}` : ''}`;
}

/** The fragment id of a guideline in the workbook. */
export function guidelineAnchor(id: string): string {
	return `g-${id.replace(/\./g, '-')}`;
}

/** The scores and history of an assessment. */
export function dashboardPath(locale: Locale, id: string): string {
	return `/${locale}/assess/dashboard/?${new URLSearchParams({ id }).toString()}`;
}

/** Merging assessors' files. */
export function mergePath(locale: Locale): string {
	return `/${locale}/assess/merge/`;
}

/** The workshop builder of a language: the list, or one pack (`view`: the print view). */
export function workshopsPath(locale: Locale, id?: string, view?: 'print'): string {
	if (!id) return `/${locale}/workshops/`;
	const query = new URLSearchParams({ id, ...(view ? { view } : {}) });
	return `/${locale}/workshops/?${query.toString()}`;
}
