/**
 * A reader's paths through the site, with the keyboard only: home → set → guideline → next
 * → Georgian and back; the root page picks the browser's language; the theme applies before
 * paint and can be switched; heading links copy; a guideline prints without chrome.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { tabTo, withSite } from './harness.ts';
import { en } from '../../src/i18n/en.ts';

const site = withSite();
const newPage = (options: { locale?: string } = {}) => site.newPage(options);

const pathOf = (page: Page) => new URL(page.url()).pathname;

describe('keyboard-only reader', () => {
	it('goes home → set → guideline → next → Georgian and back', async () => {
		const { page, foreign } = await newPage();
		await page.goto(`${site.origin}/en/`);

		// The first Tab reaches the skip link, which moves focus to the main content.
		await page.keyboard.press('Tab');
		assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
		await page.keyboard.press('Enter');
		assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

		await tabTo(page, /^Communication by Social Security Administrations$/);
		await Promise.all([page.waitForURL('**/en/com/'), page.keyboard.press('Enter')]);
		assert.equal(
			await page.locator('h1').innerText(),
			'Communication by Social Security Administrations'
		);

		await tabTo(page, /^1\. Communicating the institution's mandate$/);
		await Promise.all([page.waitForURL('**/en/com/mandate/'), page.keyboard.press('Enter')]);
		assert.match(
			await page.locator('h1').innerText(),
			/^Guideline 1\. Communicating the institution's mandate$/
		);
		assert.equal(await page.locator('.set-tree a[aria-current="page"]').count(), 1);

		await tabTo(page, /^Next/);
		await Promise.all([
			page.waitForURL((url) => !url.pathname.endsWith('/mandate/')),
			page.keyboard.press('Enter'),
		]);
		const second = pathOf(page);
		assert.match(second, /^\/en\/com\/[a-z-]+\/$/);
		assert.match(await page.locator('h1').innerText(), /^Guideline 2\. /);

		// Language switcher: open it with Enter, pick Georgian; the same guideline opens.
		await tabTo(page, /^Language: English/);
		await page.keyboard.press('Enter');
		await tabTo(page, /^ქართული$/, 10);
		await Promise.all([
			page.waitForURL(`**${second.replace('/en/', '/ka/')}`),
			page.keyboard.press('Enter'),
		]);
		assert.equal(await page.getAttribute('html', 'lang'), 'ka');
		assert.match(await page.locator('h1').innerText(), /^სახელმძღვანელო პრინციპი 2\. /);
		assert.match(await page.locator('h1').innerText(), /[\u10D0-\u10FF]/);

		// And back to English with the keyboard.
		await tabTo(page, /^ენა: ქართული/);
		await page.keyboard.press('Enter');
		await tabTo(page, /^English$/, 10);
		await Promise.all([page.waitForURL(`**${second}`), page.keyboard.press('Enter')]);
		assert.equal(await page.getAttribute('html', 'lang'), 'en');
		assert.deepEqual(foreign, []);
	});

	it('closes the language menu with Escape and returns focus to it', async () => {
		const { page } = await newPage();
		await page.goto(`${site.origin}/en/com/`);
		await tabTo(page, /^Language: English/);
		await page.keyboard.press('Enter');
		assert.equal(await page.locator('.language-switcher').getAttribute('open'), '');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Escape');
		assert.equal(await page.locator('.language-switcher').getAttribute('open'), null);
		assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SUMMARY');
	});
});

describe('root page', () => {
	for (const [locale, expected] of [
		['ka-GE', '/ka/'],
		['fr-CA', '/fr/'],
		['it-IT', '/en/'],
	] as const) {
		it(`sends a ${locale} browser to ${expected}`, async () => {
			const { page } = await newPage({ locale });
			await page.goto(`${site.origin}/`);
			await page.waitForURL(`**${expected}`);
			assert.equal(pathOf(page), expected);
		});
	}
});

describe('theme', () => {
	it('applies a stored dark theme before the first paint and follows the select', async () => {
		const { page } = await newPage();
		await page.addInitScript(() => {
			if (!localStorage.getItem('gw-theme')) localStorage.setItem('gw-theme', 'dark');
			// Record the theme as soon as the document is parsed, before any module script runs:
			// the inline script in <head> must already have applied it (no flash of light).
			document.addEventListener('readystatechange', () => {
				if (document.readyState === 'interactive') {
					(window as unknown as { firstTheme?: string | undefined }).firstTheme =
						document.documentElement.dataset['theme'];
				}
			});
		});
		await page.goto(`${site.origin}/en/com/`);
		const first = await page.evaluate(
			() => (window as unknown as { firstTheme: string }).firstTheme
		);
		assert.equal(first, 'dark');
		assert.equal(
			await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
			'rgb(18, 22, 28)'
		);
		await page.selectOption('#theme-select', 'light');
		assert.equal(
			await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
			'rgb(255, 255, 255)'
		);
		await page.reload();
		assert.equal(await page.evaluate(() => localStorage.getItem('gw-theme')), 'light');
		assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
	});

	it('follows the system when nothing is stored', async () => {
		const { page } = await newPage();
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`${site.origin}/en/`);
		assert.equal(
			await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
			'rgb(18, 22, 28)'
		);
	});
});

describe('guideline page', () => {
	it('copies a link to a section and announces it', async () => {
		const { page } = await newPage();
		await page
			.context()
			.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
		await page.goto(`${site.origin}/en/com/mandate/`);
		await page
			.getByRole('button', { name: 'Copy link to “Evidence an assessor would look for”' })
			.click();
		// The copy button's own status line (the page has others, such as "Add to workshop"'s).
		const status = page.locator('p.sr-only[role="status"]');
		await page.waitForFunction(
			() => document.querySelector('p.sr-only[role="status"]')?.textContent !== ''
		);
		assert.equal(
			await page.evaluate(() => navigator.clipboard.readText()),
			`${site.origin}/en/com/mandate/#evidence`
		);
		assert.equal(await status.innerText(), 'Link copied to the clipboard.');
	});

	it('shows the English text with a notice where a translation is missing', async () => {
		const { page } = await newPage();
		// Georgian covers three sets; Actuarial Work is not one of them.
		await page.goto(`${site.origin}/ka/act/valuation-data/`);
		assert.equal(await page.getAttribute('html', 'lang'), 'ka');
		assert.match(
			await page.locator('.notice[role="note"]').first().innerText(),
			/ჯერ ამ ენაზე არ არის თარგმნილი/
		);
		assert.equal(
			await page.locator('.statement').evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
			'en'
		);
	});

	it('prints without header, sidebar or navigation', async () => {
		const { page } = await newPage();
		await page.goto(`${site.origin}/en/com/mandate/`);
		await page.emulateMedia({ media: 'print' });
		for (const selector of [
			'.site-header',
			'.sidebar',
			'.prev-next',
			'.breadcrumbs',
			'.copy-link',
		]) {
			assert.equal(await page.locator(selector).first().isVisible(), false, selector);
		}
		assert.equal(await page.locator('h1').isVisible(), true);
		assert.equal(await page.locator('.site-footer .independence').isVisible(), true);
	});
});

describe('coverage page', () => {
	it('shows, per set, how far each language goes', async () => {
		const { page } = await newPage();
		await page.goto(`${site.origin}/en/coverage/`);
		const table = page.getByRole('table', { name: en['coverage.languages.caption'] });
		const row = (name: string) =>
			table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
		const cells = (name: string) => row(name).getByRole('cell').allInnerTexts();
		// Good Governance: every language; ICT: all but Georgian.
		assert.deepEqual(
			await cells('Good Governance'),
			Array<string>(5).fill(en['coverage.languages.complete'])
		);
		assert.deepEqual(await cells('ICT'), [
			...Array<string>(4).fill(en['coverage.languages.complete']),
			en['coverage.languages.none'],
		]);
	});
});
