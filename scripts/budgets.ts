/**
 * Byte budgets on the built site (`npm run budgets`), gzip sizes:
 * - every guideline page's HTML ≤ 12 kB;
 * - all CSS together ≤ 20 kB;
 * - JavaScript a reading page loads before any interaction (inline and external scripts,
 *   not dynamic imports) ≤ 5 kB, checked on every home, set and guideline page.
 * Prints the largest figures and exits 1 when a budget is exceeded.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = { guidelineHtml: 12_000, css: 20_000, readingJs: 5_000 };

const dist = path.resolve(process.argv[2] ?? 'dist');
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
	.filter((e) => e.isFile())
	.map((e) => path.join(e.parentPath, e.name));
const pages = files.filter((f) => f.endsWith('.html'));
const depth = (f: string) => path.relative(dist, path.dirname(f)).split(path.sep).filter(Boolean).length;
const isGuideline = (f: string) => depth(f) === 3;
const isReading = (f: string) => depth(f) >= 1 && depth(f) <= 3;

const failures: string[] = [];
let worstHtml = { file: '', size: 0 };
let worstJs = { file: '', size: 0 };
const scriptCache = new Map<string, number>();

for (const file of pages.filter(isReading)) {
	const html = await readFile(file, 'utf8');
	if (isGuideline(file)) {
		const size = gz(html);
		if (size > worstHtml.size) worstHtml = { file, size };
		if (size > BUDGETS.guidelineHtml) failures.push(`${path.relative(dist, file)}: HTML ${kb(size)} > ${kb(BUDGETS.guidelineHtml)}`);
	}
	let js = 0;
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attrs = match[1] ?? '';
		if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
		const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
		if (src) {
			const local = path.join(dist, src.replace(/^\//, ''));
			if (!scriptCache.has(local)) scriptCache.set(local, gz(await readFile(local)));
			js += scriptCache.get(local) ?? 0;
		} else {
			js += gz(match[2] ?? '');
		}
	}
	for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
		js += gz(await readFile(path.join(dist, (match[1] ?? '').replace(/^\//, ''))));
	}
	if (js > worstJs.size) worstJs = { file, size: js };
	if (js > BUDGETS.readingJs) failures.push(`${path.relative(dist, file)}: JavaScript ${kb(js)} > ${kb(BUDGETS.readingJs)}`);
}

const css = files.filter((f) => f.endsWith('.css'));
let cssTotal = 0;
for (const f of css) cssTotal += gz(await readFile(f));
if (cssTotal > BUDGETS.css) failures.push(`CSS total ${kb(cssTotal)} > ${kb(BUDGETS.css)}`);

console.log(`largest guideline page HTML: ${kb(worstHtml.size)} (${path.relative(dist, worstHtml.file)}), budget ${kb(BUDGETS.guidelineHtml)}`);
console.log(`all CSS (${css.length} files): ${kb(cssTotal)}, budget ${kb(BUDGETS.css)}`);
console.log(`most JavaScript before interaction: ${kb(worstJs.size)} (${path.relative(dist, worstJs.file)}), budget ${kb(BUDGETS.readingJs)}`);
if (failures.length > 0) {
	console.error(failures.join('\n'));
	process.exit(1);
}
console.log('budgets: all within limits');
