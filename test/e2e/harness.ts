/**
 * Shared pieces of the browser tests: a static server over `dist/` that records every
 * request, Debian's Chromium driven by playwright-core, the list of built pages, and axe.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

export const DIST = path.resolve(process.env['GW_DIST'] ?? 'dist');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
};

/** A static server like any host would be: directories serve index.html, misses 404.html. */
export async function startServer(
	root = DIST
): Promise<{ origin: string; close: () => Promise<void> }> {
	const server: Server = createServer((req, res) => {
		void (async () => {
			const url = new URL(req.url ?? '/', 'http://localhost');
			let file = path.join(root, decodeURIComponent(url.pathname));
			if (!file.startsWith(root)) file = path.join(root, '404.html');
			try {
				if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
				await stat(file);
				res.writeHead(200, {
					'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
				});
				createReadStream(file).pipe(res);
			} catch {
				res.writeHead(404, { 'content-type': TYPES['.html']! });
				createReadStream(path.join(root, '404.html')).pipe(res);
			}
		})();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/** Debian's Chromium (see DESIGN): the flags keep it off every network but ours. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
		],
	});
}

/** Every built page as a site path (`/en/com/mandate/`), sorted. */
export async function builtPages(root = DIST): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => {
			const rel = path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/');
			if (rel === 'index.html') return '/';
			if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
			return `/${rel}`;
		})
		.sort();
}

/** The rules we hold every page to: WCAG 2.0–2.2 A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe in the page; returns the serious and critical violations as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const hasAxe = await page.evaluate(() => 'axe' in window);
	if (!hasAxe) await page.addScriptTag({ content: axe.source });
	const results = await page.evaluate(
		(tags) =>
			(window as unknown as { axe: typeof axe }).axe.run(document, {
				runOnly: { type: 'tag', values: tags },
			}),
		AXE_TAGS
	);
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
}

/** Records every request a page makes to a host other than `origin`. */
export function watchForeignRequests(page: Page, origin: string): string[] {
	const foreign: string[] = [];
	const host = new URL(origin).host;
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.host !== host) foreign.push(request.url());
	});
	return foreign;
}

/**
 * Presses Tab (up to `max` times) until the focused element's accessible text matches;
 * a keyboard user's way of reaching a control. Throws with what was visited if not found.
 */
export async function tabTo(page: Page, match: RegExp, max = 200): Promise<void> {
	const seen: string[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const label = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el) return '';
			return (el.getAttribute('aria-label') ?? el.innerText ?? el.textContent ?? '')
				.replace(/\s+/g, ' ')
				.trim();
		});
		if (match.test(label)) return;
		seen.push(label);
	}
	throw new Error(`Tab never reached ${match}; visited: ${seen.slice(0, 40).join(' | ')}`);
}
