/**
 * The workshop builder in a real browser: a pack built from guideline pages, a set page and
 * search results; reordered by keyboard (and announced); the agenda's warning; both PDFs made
 * in the worker and read back; the share link opened in a fresh browser (read-only, "Save a
 * copy") and damaged links refused; the worksheet turned into a self-assessment; axe on every
 * view in English and Georgian; no request leaves the site.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { readPdf } from '../lib/pdf.ts';
import { seriousViolations, withSite } from './harness.ts';
import { workshopEn as en } from '../../src/i18n/workshop.en.ts';
import { workshopKa as ka } from '../../src/i18n/workshop.ka.ts';

const site = withSite();
const screenshots = process.env['GW_SCREENSHOTS'];

/** Number and title of the Good Governance guideline used below, as the pack has them today. */
const gg = await (async () => {
	const source = await readFile('content/en/gg/error-evasion-fraud.mdx', 'utf8');
	return {
		number: /^number: (\d+)$/m.exec(source)![1]!,
		title: /^title: (.+)$/m.exec(source)![1]!.replace(/^['"]|['"]$/g, ''),
	};
})();

const GUIDELINES = [
	{ path: '/en/com/change-communication/', id: 'com.change-communication' },
	{ path: '/en/com/corporate-design/', id: 'com.corporate-design' },
	{ path: '/en/gg/error-evasion-fraud/', id: 'gg.error-evasion-fraud' },
];

/** Item names in the builder, in order. */
const order = (page: Page) => page.locator('.workshop-item .item-name').allInnerTexts();

/** Collects uncaught errors of a page. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

async function snap(page: Page, name: string) {
	if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
}

/** Adds the three guidelines from their pages; returns the builder's address. */
async function buildFromPages(page: Page): Promise<string> {
	for (const g of GUIDELINES) {
		await page.goto(`${site.origin}${g.path}`);
		await page.getByRole('button', { name: en['workshop.addButton'], exact: true }).click();
		await page.locator('.workshop-status a').waitFor();
	}
	const status = await page.locator('.workshop-status').innerText();
	assert.match(status, /Added to “New workshop”/);
	return (await page.locator('.workshop-status a').getAttribute('href'))!;
}

async function axeClean(page: Page, where: string) {
	assert.deepEqual(await seriousViolations(page), [], where);
}

describe('workshop builder', () => {
	it('builds a pack from guideline pages, reorders it by keyboard and keeps it', async () => {
		const { page, foreign } = await site.newPage();
		const errors = watchErrors(page);
		const href = await buildFromPages(page);
		// Pressing again says so instead of adding twice.
		await page.getByRole('button', { name: en['workshop.addButton'], exact: true }).click();
		await page.locator('.workshop-status', { hasText: 'Already in' }).waitFor();
		await page.goto(`${site.origin}${href}`);
		await page.locator('.workshop-item').nth(2).waitFor();
		const before = await order(page);
		// In the order they were added, whatever their numbers.
		assert.deepEqual(
			before.map((t) => t.split(' ')[0]),
			['COM', 'COM', 'GG']
		);
		assert.ok(before[2]!.startsWith(`GG ${gg.number}. `), before[2]);
		await snap(page, 'builder');
		await axeClean(page, 'builder');

		// Keyboard: pick up the third, move it up twice, drop it. Each step waits for its
		// announcement, so the test keeps pace with dnd-kit however slow the machine is.
		const announced = (text: string) =>
			page.waitForFunction(
				(t) => document.querySelector('[id^=DndLiveRegion]')?.textContent?.includes(t) ?? false,
				text
			);
		await page.locator('.workshop-item .handle').nth(2).focus();
		await page.keyboard.press('Space');
		await announced('Picked up');
		await page.keyboard.press('ArrowUp');
		await announced('moved to position 2 of 3');
		await page.keyboard.press('ArrowUp');
		await announced('moved to position 1 of 3');
		await page.keyboard.press('Space');
		await announced('dropped at position 1 of 3');
		await page.waitForFunction(() =>
			document.querySelector('.workshop-item .item-name')?.textContent?.startsWith('GG')
		);
		// The Move down button does the same for those who prefer it.
		await page
			.locator('.workshop-item')
			.first()
			.getByRole('button', { name: en['workshop.item.down'] })
			.click();
		await page.waitForFunction(() =>
			document.querySelectorAll('.workshop-item .item-name')[1]?.textContent?.startsWith('GG')
		);
		const moved = await order(page);
		await page.reload();
		await page.locator('.workshop-item').nth(2).waitFor();
		assert.deepEqual(await order(page), moved, 'the order survives a reload');

		// The agenda adds up and warns when it runs over.
		await page.getByLabel(en['workshop.field.duration']).fill('60');
		await page.locator('[data-agenda-over]').waitFor();
		assert.match(await page.locator('[data-agenda-total]').innerText(), /130 of 60/);
		await page.getByLabel(en['workshop.field.duration']).fill('240');
		await page.locator('[data-agenda-over]').waitFor({ state: 'detached' });
		// A bad value stays in its field with an error and is not saved.
		await page.getByLabel(en['workshop.field.duration']).fill('5');
		await page.locator('.field-error').first().waitFor();
		await page.reload();
		await page.locator('.workshop-item').nth(2).waitFor();
		assert.equal(await page.getByLabel(en['workshop.field.duration']).inputValue(), '240');
		assert.deepEqual(errors, []);
		assert.deepEqual(foreign, []);
	});

	it('keeps two tabs in step: a reorder in one and a title in the other both survive', async () => {
		const { page, context } = await site.newPage();
		const href = await buildFromPages(page);
		await page.goto(`${site.origin}${href}`);
		const other = await context.newPage();
		await other.goto(`${site.origin}${href}`);
		for (const p of [page, other]) await p.locator('.workshop-item').nth(2).waitFor();
		await page
			.locator('.workshop-item')
			.nth(2)
			.getByRole('button', { name: en['workshop.item.up'] })
			.click();
		await other.getByLabel(en['workshop.field.title']).fill('Two-tab workshop');
		await page.waitForFunction(
			() => document.querySelector('.pack-title')?.textContent === 'Two-tab workshop'
		);
		await other.waitForFunction(() =>
			document.querySelectorAll('.workshop-item .item-name')[1]?.textContent?.startsWith('GG')
		);
		await page.reload();
		await page.locator('.workshop-item').nth(2).waitFor();
		assert.equal(await page.locator('.pack-title').innerText(), 'Two-tab workshop');
		assert.ok((await order(page))[1]!.startsWith(`GG ${gg.number}.`));
	});

	it('makes the participant handout and the facilitator guide in the worker', async () => {
		const { page, foreign } = await site.newPage();
		const href = await buildFromPages(page);
		await page.goto(`${site.origin}${href}`);
		await page.locator('.workshop-item').nth(2).waitFor();
		await page.getByLabel(en['workshop.field.title']).fill('Change communication day');
		const item = page.locator('.workshop-item').first();
		await item.locator('summary').click();
		await item.getByLabel(en['workshop.item.notes']).fill('Start with the 2025 reform story');
		await page.locator('.save-status', { hasText: 'saved' }).waitFor();
		const pdfs: Record<string, string> = {};
		for (const [key, label] of [
			['handout', en['workshop.handout']],
			['guide', en['workshop.guide']],
		] as const) {
			const downloaded = page.waitForEvent('download');
			await page.getByRole('button', { name: label, exact: true }).click();
			const download = await downloaded;
			assert.match(download.suggestedFilename(), /\.pdf$/);
			pdfs[key] = (await readPdf(new Uint8Array(await readFile(await download.path())))).all;
		}
		for (const text of Object.values(pdfs)) {
			assert.ok(text.includes('Change communication day'));
			assert.ok(text.includes(gg.title), `the title of GG ${gg.number}`);
		}
		assert.ok(pdfs['guide']!.includes('Start with the 2025 reform story'), 'notes in the guide');
		assert.ok(!pdfs['handout']!.includes('Start with the 2025 reform story'), 'not in the handout');
		assert.deepEqual(foreign, []);
	});

	it('opens a share link read-only in a fresh browser and saves a copy; refuses damaged links', async () => {
		const { page } = await site.newPage();
		const href = await buildFromPages(page);
		await page.goto(`${site.origin}${href}`);
		await page.locator('.workshop-item').nth(2).waitFor();
		const link = await page.getByLabel(en['workshop.share.label']).inputValue();
		assert.match(link, /\/en\/workshops\/#pack=w1\./);

		const fresh = await site.newPage();
		const errors = watchErrors(fresh.page);
		await fresh.page.goto(link);
		await fresh.page.getByRole('heading', { name: en['workshop.worksheet.heading'] }).waitFor();
		assert.equal(await fresh.page.locator('.workshop-item .handle').count(), 0, 'read-only');
		await snap(fresh.page, 'shared');
		await axeClean(fresh.page, 'shared view');
		await fresh.page.getByRole('button', { name: en['workshop.shared.save'] }).click();
		await fresh.page.getByRole('link', { name: en['workshop.shared.open'] }).click();
		await fresh.page.locator('.workshop-item').nth(2).waitFor();
		assert.equal((await order(fresh.page)).length, 3);

		// The worksheet becomes a starter self-assessment with the answers as ratings.
		await fresh.page.goto(link);
		const first = fresh.page.locator('.worksheet-item').first();
		await first.getByLabel('2 Developing').check();
		await fresh.page
			.getByLabel(en['workshop.worksheet.organisation'], { exact: true })
			.fill('Fund of Georgia');
		await fresh.page.getByRole('button', { name: en['workshop.worksheet.start'] }).click();
		await fresh.page.getByRole('link', { name: en['workshop.worksheet.openWorkbook'] }).click();
		await fresh.page.locator('input[type=radio][value="2"]:checked').waitFor();
		assert.equal(await fresh.page.locator('input[type=radio]:checked[value]').count(), 1);

		// Damaged, truncated and forged links: a clear message, never a broken page.
		for (const bad of [
			link.slice(0, -12),
			link.replace('w1.', 'w1.%%%'),
			`${link.split('#')[0]}#pack=w1.eJxLAAA`,
		]) {
			await fresh.page.goto('about:blank');
			await fresh.page.goto(bad);
			await fresh.page
				.getByRole('heading', { name: en['workshop.shared.error.heading'] })
				.waitFor();
		}
		await snap(fresh.page, 'shared-error');
		await axeClean(fresh.page, 'shared error');
		assert.deepEqual(errors, []);
	});

	it('adds from a set page and from search results', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.origin}/en/com/`);
		await page.getByRole('button', { name: /Add to workshop — 5\./ }).click();
		await page.locator('.workshop-status a').waitFor();
		await page.goto(`${site.origin}/en/search/?q=fraud`);
		await page.locator('.search-results li').first().waitFor();
		await page.locator('.search-results .workshop-add').first().click();
		await page.locator('.search-panel .workshop-status a').waitFor();
		await page.locator('.search-panel .workshop-status a').click();
		await page.locator('.workshop-item').nth(1).waitFor();
		assert.equal((await order(page)).length, 2);
	});

	it('deletes a pack after a confirmation, with an undo', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.origin}/en/workshops/`);
		await page.getByLabel(en['workshop.field.title']).fill('To delete');
		await page.getByRole('button', { name: en['workshop.new.create'] }).click();
		await page.locator('.workshop-builder').waitFor();
		await page.goto(`${site.origin}/en/workshops/`);
		await page.getByRole('button', { name: `${en['workshop.delete']} — To delete` }).click();
		// The confirmation has focus on "Delete it"; "Keep it" would give focus back.
		await page.getByRole('button', { name: en['workshop.delete.yes'] }).click();
		await page.getByText('“To delete” was deleted.').waitFor();
		assert.equal(await page.locator('.assessment').count(), 0);
		await page.getByRole('button', { name: en['workshop.undo'] }).click();
		await page.locator('.assessment', { hasText: 'To delete' }).waitFor();
	});

	it('has no serious accessibility violation on any view, in English and Georgian', async () => {
		for (const lang of ['en', 'ka'] as const) {
			const strings = lang === 'en' ? en : ka;
			const { page } = await site.newPage();
			await page.goto(`${site.origin}/${lang}/workshops/`);
			await page.getByRole('heading', { name: strings['workshop.list.heading'] }).waitFor();
			await axeClean(page, `${lang} empty list`);
			await page
				.getByLabel(strings['workshop.field.title'])
				.fill(lang === 'ka' ? 'სემინარი' : 'Seminar');
			await page.getByRole('button', { name: strings['workshop.new.create'] }).click();
			await page.locator('.workshop-builder').waitFor();
			await page.getByRole('button', { name: strings['workshop.add.submit'] }).click();
			await page.locator('.workshop-item').first().waitFor();
			await page.locator('.workshop-item summary').first().click();
			await snap(page, `builder-${lang}`);
			await axeClean(page, `${lang} builder`);
			await page.getByRole('link', { name: strings['workshop.print'] }).click();
			await page.locator('.print-view .pack-guideline').first().waitFor();
			await snap(page, `print-${lang}`);
			await axeClean(page, `${lang} print view`);
			await page.goto(`${site.origin}/${lang}/workshops/`);
			await page.locator('.assessment').first().waitFor();
			await axeClean(page, `${lang} list`);
			await page.goto(`${site.origin}/${lang}/workshops/#pack=w1.broken`);
			await page.getByRole('heading', { name: strings['workshop.shared.error.heading'] }).waitFor();
			await axeClean(page, `${lang} shared error`);
		}
	});
});
