/**
 * The site on a phone (390 × 844, the width of most phones held upright): one page of every
 * template in English, Georgian and German (the longest words), then the workbook, dashboard
 * and workshop builder with data in them. On each: no horizontal scrolling of the page, axe
 * clean, a one-row header with its menu button, and every control at least 24 px square
 * (WCAG 2.2 target size; links inside running text are exempt). The menu and the sidebar
 * disclosure work by keyboard.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { offlineEn } from '../../src/i18n/offline.en.ts';
import { en } from '../../src/i18n/en.ts';
import {
	builtPagesWithTemplates,
	seriousViolations,
	tabTo,
	templateSamples,
	withSite,
} from './harness.ts';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const site = withSite();
const pages = await builtPagesWithTemplates();

const samplesFor = (locale: string) => templateSamples(pages, locale);

/** What is wrong with the page at phone width, as readable lines (none: all is well). */
async function phoneProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const root = document.documentElement;
		if (root.scrollWidth > root.clientWidth)
			problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px`);
		// Closed, the header is one row; open, its menu lies below that row.
		const header = document.querySelector('.site-header:not(.menu-open)');
		if (header && header.getBoundingClientRect().height > 72)
			problems.push(`the header is ${Math.round(header.getBoundingClientRect().height)} px high`);
		for (const el of document.querySelectorAll<HTMLElement>(
			'a, button, input, select, textarea, summary'
		)) {
			const box = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
			// Links in running text are exempt (WCAG 2.5.8, "inline").
			if (el.tagName === 'A' && style.display === 'inline') continue;
			// Off-screen until focused (the skip link) or visually hidden for screen readers.
			if (box.bottom < 0 || box.right < 0 || (box.width <= 1 && box.height <= 1)) continue;
			if (box.width < 24 || box.height < 24)
				problems.push(
					`${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}" is ${Math.round(box.width)}×${Math.round(box.height)} px`
				);
		}
		return problems;
	});
}

async function check(page: Page, where: string) {
	assert.deepEqual(await phoneProblems(page), [], where);
	assert.deepEqual(await seriousViolations(page), [], where);
}

describe('phone layout: every template', () => {
	for (const path of [...samplesFor('en'), ...samplesFor('ka'), ...samplesFor('de')]) {
		it(path, async () => {
			const { page } = await site.newPage(PHONE);
			await page.goto(`${site.origin}${path}`);
			await check(page, path);
		});
	}
});

describe('phone layout: the header menu and the sidebar', () => {
	it('opens the menu by keyboard, holds search, language and theme, and closes on Escape', async () => {
		const { page } = await site.newPage(PHONE);
		await page.goto(`${site.origin}/en/com/mandate/`);
		const button = page.getByRole('button', { name: en['nav.menu'] });
		assert.equal(await button.getAttribute('aria-expanded'), 'false');
		assert.equal(await page.locator('.header-menu').isVisible(), false);
		await tabTo(page, new RegExp(`^${en['nav.menu']}$`));
		await page.keyboard.press('Enter');
		assert.equal(await button.getAttribute('aria-expanded'), 'true');
		await page.locator('.header-menu .language-switcher').waitFor();
		assert.ok(await page.locator('.header-menu .header-search').isVisible());
		assert.ok(await page.locator('.header-menu gw-theme-select').isVisible());
		await check(page, 'menu open');
		if (process.env['GW_SCREENSHOTS'])
			await page.screenshot({ path: `${process.env['GW_SCREENSHOTS']}/phone-menu.png` });
		await page.keyboard.press('Escape');
		assert.equal(await button.getAttribute('aria-expanded'), 'false');
		assert.equal(
			await page.evaluate(() => document.activeElement?.hasAttribute('data-menu-button')),
			true
		);
	});

	it('shows the sidebar as a closed disclosure that opens', async () => {
		const { page } = await site.newPage(PHONE);
		await page.goto(`${site.origin}/en/com/mandate/`);
		const details = page.locator('.sidebar-details');
		assert.equal(await details.getAttribute('open'), null);
		await page.locator('.sidebar-details > summary').click();
		assert.notEqual(await details.getAttribute('open'), null);
		await page.locator('.set-tree a').first().waitFor({ state: 'visible' });
		await check(page, 'sidebar open');
	});

	it('keeps the sidebar open beside the page on a wide screen', async () => {
		const { page } = await site.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.origin}/en/com/mandate/`);
		assert.notEqual(await page.locator('.sidebar-details').getAttribute('open'), null);
		assert.equal(await page.getByRole('button', { name: en['nav.menu'] }).isVisible(), false);
	});
});

describe('phone layout: the tools with data in them', () => {
	it('workbook and dashboard: no sideways page scrolling, rating by thumb, tables scroll inside', async () => {
		const { page } = await site.newPage(PHONE);
		await page.goto(`${site.origin}/en/assess/`);
		await page.locator('.workspace [data-sample]').click();
		await page.locator('.assessment').first().waitFor();
		await check(page, 'workspace');
		const id = await page.evaluate(() => {
			const link = document.querySelector<HTMLAnchorElement>('.assessment a[href*="workbook"]');
			return new URL(link!.href).searchParams.get('id');
		});
		await page.goto(`${site.origin}/en/assess/workbook/?id=${id}&set=gg`);
		await page.locator('.wb-guideline').first().waitFor();
		await check(page, 'workbook');
		// A level is chosen by tapping its row, label and all.
		const first = page.locator('.wb-guideline').first();
		const current = await first.locator('input[type=radio]:checked').getAttribute('value');
		const level = current === '2' ? '3' : '2';
		const radioId = await first.locator(`input[type=radio][value="${level}"]`).getAttribute('id');
		await first.locator(`label[for="${radioId}"]`).tap();
		assert.equal(await first.locator(`input[type=radio][value="${level}"]`).isChecked(), true);
		await page.goto(`${site.origin}/en/assess/dashboard/?id=${id}`);
		await page.locator('.set-scores').first().waitFor();
		await check(page, 'dashboard');
		// Wide tables scroll inside their own container, not the page.
		const wide = await page.evaluate(() =>
			[...document.querySelectorAll('table')]
				.filter((t) => t.getBoundingClientRect().width > document.documentElement.clientWidth)
				.map((t) => t.parentElement?.classList.contains('table-scroll') ?? false)
		);
		assert.ok(wide.every(Boolean), 'every table wider than the screen is in a scrolling container');
	});

	it('the offline help page', async () => {
		const { page } = await site.newPage(PHONE);
		await page.goto(`${site.origin}/en/help/offline/`);
		await page.getByRole('heading', { name: offlineEn['offline.help.title'] }).waitFor();
		await check(page, 'offline help');
	});
});
