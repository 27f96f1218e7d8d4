/**
 * Page weights of a built site, gzip-compressed as a host would serve them: HTML per page,
 * all CSS, and the JavaScript each reading page loads before any interaction (inline and
 * external scripts plus module preloads; not dynamic imports). Used by the budgets and the
 * benchmark.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type Template = 'root' | 'home' | 'set' | 'guideline' | 'tool' | 'other';

export interface PageWeight {
	/** Path inside dist, e.g. `en/com/mandate/index.html`. */
	file: string;
	template: Template;
	html: number;
	js: number;
}

export interface SiteWeights {
	pages: PageWeight[];
	css: number;
	cssFiles: number;
}

/** gzip size of some bytes at the level static hosts commonly use. */
export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Formats bytes as kB with one decimal. */
export const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/** Formats bytes as MB (10⁶ bytes). */
export const mb = (n: number, digits = 1) => `${(n / 1e6).toFixed(digits)} MB`;

const TEMPLATES: readonly Template[] = ['root', 'home', 'set', 'guideline', 'tool'];

/** A page's template, as its layout declares it (`<html data-template="…">`). */
export function templateOf(html: string): Template {
	const declared = /<html\b[^>]*\bdata-template="([a-z]+)"/.exec(html)?.[1];
	return TEMPLATES.find((t) => t === declared) ?? 'other';
}

/** Measures every page and stylesheet under `dist`. */
export async function measureSite(dist: string): Promise<SiteWeights> {
	const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
		.filter((e) => e.isFile())
		.map((e) => path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
	const assetSize = new Map<string, number>();
	const asset = async (href: string) => {
		const rel = href.replace(/^\//, '');
		if (!assetSize.has(rel)) assetSize.set(rel, gzipSize(await readFile(path.join(dist, rel))));
		return assetSize.get(rel) ?? 0;
	};
	const pages: PageWeight[] = [];
	for (const file of files.filter((f) => f.endsWith('.html'))) {
		const html = await readFile(path.join(dist, file), 'utf8');
		let js = 0;
		for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
			const attrs = m[1] ?? '';
			if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
			const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
			js += src ? await asset(src) : gzipSize(m[2] ?? '');
		}
		for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
			js += await asset(m[1] ?? '');
		}
		pages.push({ file, template: templateOf(html), html: gzipSize(html), js });
	}
	let css = 0;
	const cssFiles = files.filter((f) => f.endsWith('.css'));
	for (const f of cssFiles) css += await asset(f);
	return { pages, css, cssFiles: cssFiles.length };
}

/** The heaviest page of a kind by a measure. */
export function heaviest(pages: PageWeight[], key: 'html' | 'js'): PageWeight | undefined {
	return pages.reduce<PageWeight | undefined>(
		(top, p) => (!top || p[key] > top[key] ? p : top),
		undefined
	);
}

/** The median of a list of numbers (0 for none). */
export function median(values: number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
