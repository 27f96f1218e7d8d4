/**
 * Shared pieces of the browser tests: a static server over `dist/` that records every
 * request, Debian's Chromium driven by playwright-core, the list of built pages, and axe.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import axe from 'axe-core';
import { after, afterEach, before } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { DIST, launchBrowser, startServer } from '../../scripts/lib/browser.ts';
import { templateOf, type Template } from '../../scripts/lib/weights.ts';

export { DIST, launchBrowser, startServer } from '../../scripts/lib/browser.ts';

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

/** Every built page with its template, as its layout declares it. */
export async function builtPagesWithTemplates(
	root = DIST
): Promise<{ path: string; template: Template }[]> {
	const pages = await builtPages(root);
	return Promise.all(
		pages.map(async (p) => {
			const file = p.endsWith('/') ? `${p}index.html` : p;
			return { path: p, template: templateOf(await readFile(path.join(root, file), 'utf8')) };
		})
	);
}

/** One page of each reading template (home, set, guideline) in a language, and every tool page. */
export function templateSamples(
	pages: { path: string; template: Template }[],
	locale: string
): string[] {
	const own = pages.filter((p) => p.path.startsWith(`/${locale}/`));
	const first = (template: string) => own.find((p) => p.template === template)?.path;
	const tools = own.filter((p) => p.template === 'tool').map((p) => p.path);
	return [first('home'), first('set'), first('guideline'), ...tools].filter(
		(p): p is string => p !== undefined
	);
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
				resultTypes: ['violations'],
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
			const el = document.activeElement as HTMLInputElement | null;
			if (!el) return '';
			const label = el.labels?.[0]?.innerText;
			return (el.getAttribute('aria-label') ?? label ?? el.innerText ?? el.textContent ?? '')
				.replace(/\s+/g, ' ')
				.trim();
		});
		if (match.test(label)) return;
		seen.push(label);
	}
	throw new Error(`Tab never reached ${match}; visited: ${seen.slice(0, 40).join(' | ')}`);
}

/** A fresh page in its own browser context, with every request and foreign request recorded. */
export interface TestPage {
	page: Page;
	context: BrowserContext;
	/** Paths of every request the page made. */
	requests: string[];
	/** Requests to any host other than the site's. */
	foreign: string[];
}

/** The running site and browser of a test file. */
export interface Site {
	readonly origin: string;
	readonly browser: Browser;
	/**
	 * A page in a new context (clean storage, `en-GB` unless told). Contexts are closed after
	 * each test, so a failing test never leaks one into the next. Service workers are blocked
	 * unless a test asks for them (`serviceWorkers: 'allow'`): otherwise every page would
	 * download a whole language in the background while the test runs.
	 */
	newPage(options?: BrowserContextOptions): Promise<TestPage>;
}

/**
 * Starts the static server and Chromium before a test file's tests and stops them after.
 * Call at the top level of a test file.
 */
export function withSite(root = DIST): Site {
	let server: Awaited<ReturnType<typeof startServer>> | undefined;
	let browser: Browser | undefined;
	const open = new Set<BrowserContext>();
	before(async () => {
		server = await startServer(root);
		browser = await launchBrowser();
	});
	afterEach(async () => {
		await Promise.all([...open].map((context) => context.close()));
		open.clear();
	});
	after(async () => {
		await browser?.close();
		await server?.close();
	});
	const site: Site = {
		get origin() {
			if (!server) throw new Error('withSite: the server is not started yet');
			return server.origin;
		},
		get browser() {
			if (!browser) throw new Error('withSite: the browser is not started yet');
			return browser;
		},
		async newPage(options = {}) {
			const context = await site.browser.newContext({
				locale: 'en-GB',
				serviceWorkers: 'block',
				...options,
			});
			open.add(context);
			const page = await context.newPage();
			const requests: string[] = [];
			page.on('request', (r) => requests.push(new URL(r.url()).pathname));
			return { page, context, requests, foreign: watchForeignRequests(page, site.origin) };
		},
	};
	return site;
}
