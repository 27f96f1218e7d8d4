/**
 * Search in a real browser: nothing of search loads until it is opened; the dialog opens with
 * Ctrl+K or "/", arrows move through results and Enter opens one; the search page reads and
 * writes `?q=`, filters and announces its results; the count shows once, to sighted readers and
 * to screen readers alike; a number query for a guideline the library lacks says so, with links;
 * "Show more" adds results; Georgian queries find Georgian text; odd input is harmless; axe is
 * clean on the page and on the open dialog.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { SearchIndexData } from '../../src/search/format.ts';
import { DIST, seriousViolations, withSite } from './harness.ts';

const site = withSite();
const newPage = () => site.newPage();

const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return { tag: el?.tagName, href: el?.getAttribute('href'), type: el?.getAttribute('type') };
	});

/** A set of the built site and the first number of its edition the library lacks. */
async function aGap(): Promise<{ set: string; number: number }> {
	const index = JSON.parse(
		await readFile(path.join(DIST, 'search-index', 'en.json'), 'utf8')
	) as SearchIndexData;
	for (const set of index.docs.filter((d) => d.kind === 'set')) {
		const have = new Set(
			index.docs.filter((d) => d.kind === 'guideline' && d.set === set.id).map((d) => d.number)
		);
		const last = set.inEdition ?? Math.max(0, ...[...have].map(Number)) + 1;
		for (let n = 1; n <= last; n++) if (!have.has(n)) return { set: set.id, number: n };
	}
	throw new Error('The built library has no gap to search for');
}

/**
 * The result count as readers get it: the visible elements that show it (an element one pixel
 * wide, the screen-reader-only live region, is not visible), and the times the accessibility
 * tree holds it.
 */
async function countsShown(page: Page, scope: string): Promise<{ visible: number; read: number }> {
	const pattern = /\d+ results?\b/;
	const visible = await page.locator(scope).evaluate(
		(root, source) =>
			[...root.querySelectorAll<HTMLElement>('*')].filter((el) => {
				const own = [...el.childNodes]
					.filter((n) => n.nodeType === Node.TEXT_NODE)
					.map((n) => n.textContent)
					.join('');
				const box = el.getBoundingClientRect();
				return new RegExp(source).test(own) && box.width > 1 && box.height > 1;
			}).length,
		pattern.source
	);
	const tree = await page.locator(scope).ariaSnapshot();
	return { visible, read: tree.split('\n').filter((line) => pattern.test(line)).length };
}

describe('search dialog', () => {
	it('loads nothing of search before it is opened', async () => {
		const { page, requests } = await newPage();
		await page.goto(`${site.origin}/en/com/mandate/`, { waitUntil: 'networkidle' });
		assert.deepEqual(
			requests.filter((p) => p.includes('search-index') || /Search(Panel|Dialog)/.test(p)),
			[]
		);
	});

	it('opens with Ctrl+K; arrows move through results and Enter opens one', async () => {
		const { page, foreign } = await newPage();
		await page.goto(`${site.origin}/en/com/mandate/`);
		await page.keyboard.press('Control+k');
		const box = page.getByRole('dialog').getByRole('searchbox');
		await box.waitFor();
		assert.equal((await focused(page)).type, 'search');
		await page.keyboard.type('crisis communication');
		const results = page.getByRole('dialog').locator('a[data-result]');
		await results.first().waitFor();
		assert.match(
			(await results.first().getAttribute('href')) ?? '',
			/\/en\/com\/crisis-communication\/$/
		);
		await page.keyboard.press('ArrowDown');
		assert.match((await focused(page)).href ?? '', /crisis-communication/);
		await page.keyboard.press('ArrowDown');
		const second = (await focused(page)).href;
		assert.notEqual(second, null);
		await page.keyboard.press('ArrowUp');
		assert.match((await focused(page)).href ?? '', /crisis-communication/);
		await page.keyboard.press('ArrowUp');
		assert.equal((await focused(page)).type, 'search');
		await page.keyboard.press('ArrowDown');
		await Promise.all([
			page.waitForURL('**/en/com/crisis-communication/'),
			page.keyboard.press('Enter'),
		]);
		assert.deepEqual(foreign, []);
	});

	it('opens with "/", closes with Escape and gives focus back', async () => {
		const { page } = await newPage();
		await page.goto(`${site.origin}/en/`);
		await page.keyboard.press('/');
		await page.getByRole('dialog').getByRole('searchbox').waitFor();
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => !document.querySelector('dialog[open]'));
		// Reopening keeps the earlier dialog (no second copy).
		await page.keyboard.press('Control+k');
		await page.getByRole('dialog').getByRole('searchbox').waitFor();
		assert.equal(await page.locator('dialog').count(), 1);
	});

	it('shows the count once and announces it once', async () => {
		const { page } = await newPage();
		await page.goto(`${site.origin}/en/`);
		await page.keyboard.press('Control+k');
		await page.getByRole('dialog').getByRole('searchbox').waitFor();
		await page.keyboard.type('fraud');
		await page.waitForFunction(() =>
			/\d+ results?/.test(document.querySelector('dialog [role="status"]')?.textContent ?? '')
		);
		assert.deepEqual(await countsShown(page, 'dialog'), { visible: 1, read: 1 });
	});

	it('is accessible when open, with results', async () => {
		const { page } = await newPage();
		await page.goto(`${site.origin}/en/`);
		await page.keyboard.press('Control+k');
		await page.getByRole('dialog').getByRole('searchbox').waitFor();
		await page.keyboard.type('fraud');
		await page.getByRole('dialog').locator('a[data-result]').first().waitFor();
		assert.deepEqual(await seriousViolations(page), []);
	});
});

describe('search page', () => {
	it('reads ?q= from the URL, shows linked results and announces their number', async () => {
		const { page, foreign } = await newPage();
		await page.goto(`${site.origin}/en/search/?q=frod`);
		const box = page.getByRole('searchbox');
		assert.equal(await box.inputValue(), 'frod');
		const first = page.locator('a[data-result]').first();
		await first.waitFor();
		assert.match((await first.innerText()).toLowerCase(), /fraud/);
		await page.waitForFunction(() =>
			/\d+ results?/.test(document.querySelector('[role="status"]')?.textContent ?? '')
		);
		assert.deepEqual(foreign, []);
	});

	it('shows the count once and announces it once, politely', async () => {
		const { page } = await newPage();
		await page.goto(`${site.origin}/en/search/?q=governance`);
		await page.waitForFunction(() =>
			/\d+ results?/.test(document.querySelector('[role="status"]')?.textContent ?? '')
		);
		assert.deepEqual(await countsShown(page, 'main'), { visible: 1, read: 1 });
		const status = page.locator('.search-panel [role="status"]').first();
		assert.equal(await status.getAttribute('aria-live'), null); // role=status is polite
		assert.equal(
			await status.textContent(),
			await page.locator('.search-count').textContent(),
			'the live region says what the visible count shows'
		);
	});

	it('says plainly when a numbered guideline is not in the library, and puts its set first', async () => {
		const { set, number } = await aGap();
		const { page } = await newPage();
		await page.goto(
			`${site.origin}/en/search/?q=${encodeURIComponent(`${set.toUpperCase()} ${number}`)}`
		);
		const notice = page.locator('.search-missing');
		await notice.waitFor();
		assert.match(
			await notice.innerText(),
			new RegExp(`Guideline ${number} of .+ is not in this library yet\\.`)
		);
		const links = await notice
			.locator('a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		assert.deepEqual(links, [`/en/${set}/`, '/en/coverage/']);
		assert.equal(await page.locator('a[data-result]').first().getAttribute('href'), `/en/${set}/`);
		// Screen readers hear it with the count.
		await page.waitForFunction(
			(n) =>
				(document.querySelector('[role="status"]')?.textContent ?? '').startsWith(
					`Guideline ${n} of`
				),
			number
		);
		assert.deepEqual(await seriousViolations(page), []);
		// Within a set filter, "Guideline <n>" says the same; in French, in French.
		await page.goto(
			`${site.origin}/fr/search/?q=${encodeURIComponent(`Guideline ${number}`)}&set=${set}`
		);
		await notice.waitFor();
		assert.match(await notice.innerText(), /n’est pas encore dans cette bibliothèque/);
		assert.equal(await notice.locator('a').last().getAttribute('href'), '/fr/coverage/');
	});

	it('shows the first results and more on request, focusing the first new one', async () => {
		const { page } = await newPage();
		await page.goto(`${site.origin}/en/search/?q=data`);
		const results = page.locator('a[data-result]');
		await results.first().waitFor();
		const first = await results.count();
		assert.equal(first, 10);
		await page.getByRole('button', { name: 'Show more results' }).click();
		await page.waitForFunction(() => document.querySelectorAll('a[data-result]').length > 10);
		assert.equal(
			await page.evaluate(() => document.activeElement?.getAttribute('href')),
			await results.nth(10).getAttribute('href')
		);
	});

	it('writes the query and filters back to the URL', async () => {
		const { page } = await newPage();
		await page.goto(`${site.origin}/en/search/`);
		await page.getByRole('searchbox').fill('risk');
		await page.getByLabel('Set', { exact: true }).selectOption('act');
		await page.waitForFunction(() => location.search.includes('set=act'));
		const url = new URL(page.url());
		assert.equal(url.searchParams.get('q'), 'risk');
		const hrefs = await page
			.locator('a[data-result]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		assert.ok(hrefs.length > 0);
		for (const href of hrefs) assert.match(href ?? '', /\/en\/act\//);
	});

	it('keeps recent searches in this browser and offers them again', async () => {
		const { page } = await newPage();
		await page.goto(`${site.origin}/en/search/`);
		await page.getByRole('searchbox').fill('crisis');
		await page.locator('a[data-result]').first().waitFor();
		await page.waitForFunction(() =>
			(localStorage.getItem('gw-recent-searches') ?? '').includes('crisis')
		);
		await page.goto(`${site.origin}/en/search/`);
		await page.getByRole('heading', { name: 'Recent searches' }).waitFor();
		await page.getByRole('button', { name: 'Clear recent searches' }).waitFor();
		await page.getByRole('button', { name: 'crisis' }).click();
		assert.equal(await page.getByRole('searchbox').inputValue(), 'crisis');
		await page.locator('a[data-result]').first().waitFor();
	});

	it('finds Georgian text with an inflected Georgian query', async () => {
		const { page } = await newPage();
		await page.goto(`${site.origin}/ka/search/?q=${encodeURIComponent('მანდატის')}`);
		const first = page.locator('a[data-result]').first();
		await first.waitFor();
		assert.match((await first.getAttribute('href')) ?? '', /\/ka\/com\/mandate\/$/);
	});

	it('takes a 1,000-character query, symbols and emoji without error', async () => {
		const { page } = await newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${site.origin}/en/search/`);
		const box = page.getByRole('searchbox');
		for (const q of ['x'.repeat(1000), '.*(+[?\\', '🙂🔥', '   ', 'EEF 9']) {
			await box.fill(q);
			await page.waitForTimeout(50);
		}
		await page.locator('a[data-result]').first().waitFor();
		assert.deepEqual(errors, []);
	});

	it('is accessible with results showing', async () => {
		const { page } = await newPage();
		await page.goto(`${site.origin}/en/search/?q=governance`);
		await page.locator('a[data-result]').first().waitFor();
		assert.deepEqual(await seriousViolations(page), []);
	});
});
