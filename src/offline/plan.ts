/**
 * What the service worker keeps for offline use, decided file by file from the built site
 * (pure: the build step and the tests call it with paths relative to `dist/`).
 *
 * - `core`: the shell every page needs whatever its language: scripts, styles, the PDF
 *   report's worker and HarfBuzz, the fonts a report needs for the scripts of our five
 *   languages and common symbols, icons, the manifest, the schemas and the root page.
 * - one group per language: every page of that language and its data files (search index,
 *   assessment and workshop data). The reader's language is kept whole; another language is
 *   kept whole once the reader opens a page in it.
 * - `runtime`: kept only once used (the large CJK and Korean faces, 17 MB, which only a
 *   report with Chinese, Japanese or Korean text needs).
 * - nothing: the service worker itself and the 404 page.
 */
import { LOCALES, type Locale } from '../domain/locales.ts';

export type OfflineGroup = 'core' | 'runtime' | Locale;

/** Font files fetched only when a report needs them (see `src/report/fonts-url.ts`). */
const RUNTIME_ONLY = [/^_astro\/NotoSans(SC|KR|JP|TC)_/];

/** Data files named by language: `search-index/fr.json`, `assess-data/fr.json`, … */
const LANGUAGE_DATA = /^(?:search-index|assess-data|workshop-data)\/([a-z]{2})(?:-text)?\.json$/;

/** The group a built file belongs to, or null when it is not kept offline. */
export function offlineGroup(file: string): OfflineGroup | null {
	if (file === 'sw.js' || file === '404.html') return null;
	if (RUNTIME_ONLY.some((re) => re.test(file))) return 'runtime';
	const data = LANGUAGE_DATA.exec(file);
	if (data) return isLocale(data[1]!) ? data[1] : null;
	const first = file.split('/')[0]!;
	if (file.includes('/') && isLocale(first)) return file.endsWith('.html') ? first : 'core';
	return 'core';
}

function isLocale(value: string): value is Locale {
	return (LOCALES as readonly string[]).includes(value);
}

/** The URL a built file is served at: `en/com/index.html` → `/en/com/` (under `base`). */
export function fileUrl(file: string, base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	if (file === 'index.html') return root;
	if (file.endsWith('/index.html')) return root + file.slice(0, -'index.html'.length);
	return root + file;
}

/** One file to keep, as Workbox's precache manifest lists it. */
export interface OfflineEntry {
	url: string;
	revision: string | null;
	size: number;
}

/** What the service worker is built with: one version of the site. */
export interface OfflinePlan {
	/** Changes whenever any kept file changes; names the runtime caches of this version. */
	version: string;
	core: OfflineEntry[];
	languages: Record<Locale, OfflineEntry[]>;
}

/** Sorts build files into the plan's groups; `files` are paths relative to `dist/`. */
export function makePlan(
	files: { file: string; revision: string | null; size: number }[],
	base: string,
	hash: (text: string) => string
): OfflinePlan {
	const core: OfflineEntry[] = [];
	const languages = Object.fromEntries(LOCALES.map((l) => [l, [] as OfflineEntry[]])) as Record<
		Locale,
		OfflineEntry[]
	>;
	for (const { file, revision, size } of [...files].sort((a, b) => compare(a.file, b.file))) {
		const group = offlineGroup(file);
		if (group === null || group === 'runtime') continue;
		const entry = { url: fileUrl(file, base), revision, size };
		(group === 'core' ? core : languages[group]).push(entry);
	}
	const version = hash(
		JSON.stringify([core, LOCALES.map((l) => languages[l])].flat(2).map((e) => [e.url, e.revision]))
	).slice(0, 12);
	return { version, core, languages };
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Bytes a group holds once stored. */
export function groupBytes(entries: OfflineEntry[]): number {
	return entries.reduce((sum, e) => sum + e.size, 0);
}

/**
 * The offline budget this site holds itself to (checked by `npm run budgets`): the shell
 * stays under 6 MB and each language under 16 MB, as stored (uncompressed) in the browser.
 */
export const OFFLINE_BUDGET = { core: 6_000_000, language: 16_000_000 } as const;

/** The plan inside the service worker: `[url, revision]` pairs (see `compactPlan`). */
export interface CompactPlan {
	version: string;
	core: [string, string | null][];
	languages: Record<Locale, [string, string | null][]>;
}

/** Messages between the pages and the service worker. */
export type ToWorker =
	| { type: 'keep-language'; locale: Locale }
	| { type: 'status' }
	| { type: 'skip-waiting' }
	/** Stop storing and delete every cache of this site (the help page's remove button). */
	| { type: 'forget' };

export type FromWorker =
	| { type: 'progress'; locale: Locale; done: number; total: number }
	| {
			type: 'status';
			version: string;
			/** Per language kept: how many of its files are stored, of how many. */
			languages: Partial<Record<Locale, { stored: number; total: number }>>;
	  }
	| { type: 'error'; locale: Locale; message: string }
	| { type: 'forgotten' };

/** The cache names of one version (core and languages are Workbox precaches). */
export const CACHE = {
	core: 'gw-core',
	language: (locale: Locale) => `gw-pages-${locale}`,
	runtime: (version: string) => `gw-runtime-${version}`,
	prefix: 'gw-',
} as const;
