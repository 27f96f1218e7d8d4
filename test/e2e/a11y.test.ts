/**
 * axe (WCAG 2.2 A/AA) with zero serious or critical violations over every English page and,
 * in each other language, one page of every template, in light and dark themes; and no page
 * requests anything from a host other than its own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LOCALES } from '../../src/domain/locales.ts';
import {
	builtPagesWithTemplates,
	launchBrowser,
	seriousViolations,
	startServer,
	templateSamples,
	watchForeignRequests,
} from './harness.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let foreign: string[];

const pages = await builtPagesWithTemplates();

const samplesFor = (locale: string) => templateSamples(pages, locale);

const english = pages
	.map((p) => p.path)
	.filter((p) => p === '/' || p === '/404.html' || p.startsWith('/en/'));
const others = LOCALES.filter((l) => l !== 'en').flatMap(samplesFor);

before(async () => {
	server = await startServer();
	browser = await launchBrowser();
	// Service workers blocked: the offline suite tests them; here they would only download a
	// whole language in the background while the audits run.
	context = await browser.newContext({ serviceWorkers: 'block' });
	page = await context.newPage();
	foreign = watchForeignRequests(page, server.origin);
	// The root page redirects at once (by script, or by a refresh without script), which races
	// the audit. Audit the page itself with its redirects held: the same markup, minus both.
	await page.route(`${server.origin}/`, async (route) => {
		const response = await route.fetch();
		const body = (await response.text())
			.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
			.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
		await route.fulfill({ response, body });
	});
});

after(async () => {
	await context?.close();
	await browser?.close();
	await server?.close();
});

async function audit(path: string) {
	await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
	const violations = await seriousViolations(page);
	assert.equal(new URL(page.url()).pathname, path, 'the audited page must be the one asked for');
	assert.deepEqual(violations, [], `${path} (${page.url()})`);
}

describe('axe: every English page', () => {
	assert.ok(english.length > 3, 'the site should have English pages');
	for (const path of english) it(path, () => audit(path));
});

describe('axe: one page of every template in each other language', () => {
	for (const path of others) it(path, () => audit(path));
});

describe('axe: dark theme', () => {
	for (const path of samplesFor('en').concat(samplesFor('ka'))) {
		it(path, async () => {
			await page.emulateMedia({ colorScheme: 'dark' });
			try {
				await audit(path);
			} finally {
				await page.emulateMedia({ colorScheme: 'light' });
			}
		});
	}
});

describe('privacy', () => {
	it('no page requested any host other than its own', () => {
		assert.deepEqual(foreign, []);
	});
});
