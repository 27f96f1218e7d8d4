/**
 * The PDF report in a real browser: made in a worker from the dashboard while the page keeps
 * drawing frames, read back with pdfjs; one set's report; Georgian; cancel by keyboard; axe; no request leaves the site (fonts and HarfBuzz are the site's own).
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { writeDemo } from '../lib/demo.ts';
import { readPdf } from '../lib/pdf.ts';
import { seriousViolations, withSite } from './harness.ts';
import { assessKa as ka } from '../../src/i18n/assess.ka.ts';
import { assessEn as en } from '../../src/i18n/assess.en.ts';

const site = withSite();
const dir = await mkdtemp(path.join(tmpdir(), 'gw-report-'));

/** A sample assessment of two sets, written by the command line. */
async function demo(name: string, seed: number): Promise<{ file: string }> {
	return { file: await writeDemo(dir, name, seed) };
}

/** Imports the file in the workspace and opens its dashboard. */
async function openDashboard(page: Page, file: string, lang = 'en'): Promise<void> {
	await page.goto(`${site.origin}/${lang}/assess/`);
	await page.locator('.workspace').waitFor();
	await page.locator('input[type=file]').setInputFiles(file);
	await page.locator('.import-preview button').first().click();
	await page.locator('.assessment').first().waitFor();
	const { id } = JSON.parse(await readFile(file, 'utf8')) as { id: string };
	await page.goto(`${site.origin}/${lang}/assess/dashboard/?id=${id}`);
	await page.locator('.set-scores').first().waitFor();
}

/** Starts counting the longest gap between animation frames. */
async function watchFrames(page: Page): Promise<() => Promise<number>> {
	await page.evaluate(() => {
		const w = window as unknown as { __gap: number; __stop: boolean };
		w.__gap = 0;
		w.__stop = false;
		let last = performance.now();
		const tick = (now: number) => {
			w.__gap = Math.max(w.__gap, now - last);
			last = now;
			if (!w.__stop) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	return () =>
		page.evaluate(() => {
			const w = window as unknown as { __gap: number; __stop: boolean };
			w.__stop = true;
			return w.__gap;
		});
}

async function downloadBytes(download: import('playwright-core').Download): Promise<Uint8Array> {
	const file = await download.path();
	return new Uint8Array(await readFile(file));
}

describe('PDF report in the browser', () => {
	it('is made from the dashboard in a worker while the page keeps drawing frames', async () => {
		const { file } = await demo('a.json', 5);
		const { title } = JSON.parse(await readFile(file, 'utf8')) as { title: string };
		const { page, foreign, requests } = await site.newPage();
		await openDashboard(page, file);
		const gap = await watchFrames(page);
		const downloaded = page.waitForEvent('download');
		await page.getByRole('button', { name: en['report.download'], exact: true }).click();
		// While the report is made, the page answers: its progress is shown and announced.
		await page.locator('.dashboard > p progress').waitFor();
		const download = await downloaded;
		const longest = await gap();
		assert.match(download.suggestedFilename(), /-\d{4}-\d{2}-\d{2}\.pdf$/);
		const pdf = await readPdf(await downloadBytes(download));
		assert.ok(pdf.all.includes(title), 'the title is in the report');
		assert.ok(pdf.all.includes(en['report.title']));
		assert.ok(pdf.pageCount > 5, `${pdf.pageCount} pages`);
		// Both sets are in the outline.
		assert.ok(
			pdf.outline.some((t) => t.includes('Good Governance')),
			pdf.outline.join(' | ')
		);
		assert.ok(
			pdf.outline.some((t) => t.includes('Communication')),
			pdf.outline.join(' | ')
		);
		await page.getByText(en['report.done'].split('{')[0]!.trim()).first().waitFor();
		// A worker keeps the main thread free: no frame waits for the PDF.
		assert.ok(longest < 300, `longest gap between frames ${Math.round(longest)} ms`);
		assert.deepEqual(foreign, []);
		assert.ok(
			requests.some((r) => r.endsWith('.wasm')),
			'HarfBuzz is loaded from the site'
		);
	});

	it("makes one set's report from that set's section", async () => {
		const { file } = await demo('b.json', 6);
		const { page } = await site.newPage();
		await openDashboard(page, file);
		const section = page.locator('.set-scores[data-set="gg"]');
		const downloaded = page.waitForEvent('download');
		await section.getByRole('button', { name: en['report.downloadSet'] }).click();
		const download = await downloaded;
		assert.match(download.suggestedFilename(), /-gg-\d{4}-\d{2}-\d{2}\.pdf$/);
		const pdf = await readPdf(await downloadBytes(download));
		assert.ok(pdf.outline.some((t) => t.includes('Good Governance')));
		assert.ok(!pdf.outline.some((t) => t.includes('Communication')), pdf.outline.join(' | '));
	});

	it('writes a Georgian report from the Georgian dashboard', async () => {
		const { file } = await demo('c.json', 7);
		const { page } = await site.newPage({ locale: 'ka-GE' });
		await openDashboard(page, file, 'ka');
		const downloaded = page.waitForEvent('download');
		await page.getByRole('button', { name: ka['report.download'], exact: true }).click();
		const pdf = await readPdf(await downloadBytes(await downloaded));
		assert.ok(pdf.all.includes(ka['report.title']), 'the Georgian title is in the report');
		assert.ok(pdf.all.includes(ka['report.contents']));
	});

	it('can be cancelled by keyboard, focus following the buttons', async () => {
		const { file } = await demo('d.json', 8);
		const { page } = await site.newPage();
		await openDashboard(page, file);
		let downloads = 0;
		page.on('download', () => downloads++);
		const button = page.getByRole('button', { name: en['report.download'], exact: true });
		await button.focus();
		await page.keyboard.press('Enter');
		// The progress bar is named (axe runs once the report is cancelled: it takes longer
		// than a report of two sets).
		await page.getByRole('progressbar', { name: en['report.download'] }).waitFor();
		// Focus moved to Cancel, which took the button's place.
		const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
		assert.equal(await focused(), en['report.cancel']);
		await page.keyboard.press('Enter');
		await page.getByText(en['report.cancelled']).waitFor();
		// And back to the download button, which can be pressed again.
		assert.equal(await focused(), en['report.download']);
		assert.deepEqual(await seriousViolations(page), []);
		await page.waitForTimeout(1500);
		assert.equal(downloads, 0, 'a cancelled report is never downloaded');
	});
});
