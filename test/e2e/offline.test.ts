/**
 * Offline use in a real browser: after one visit the service worker keeps the shell and the
 * reader's language, so with the network cut (Chromium's offline emulation) the reader can
 * still open pages never visited, search, rate a guideline and make a PDF report. After a
 * rebuild a new version is offered, served only once the reader chooses, and the data in
 * IndexedDB is untouched. The site is a copy of `dist/`, so the test can "deploy" to it.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { writeServiceWorker } from '../../src/build/offline.ts';
import { assessEn } from '../../src/i18n/assess.en.ts';
import { offlineEn } from '../../src/i18n/offline.en.ts';
import { offlineFr } from '../../src/i18n/offline.fr.ts';
import { writeDemo } from '../lib/demo.ts';
import { readPdf } from '../lib/pdf.ts';
import { DIST, withSite } from './harness.ts';

const root = await mkdtemp(path.join(tmpdir(), 'gw-offline-site-'));
await cp(DIST, root, { recursive: true });
const site = withSite(root);
const files = await mkdtemp(path.join(tmpdir(), 'gw-offline-'));
after(async () => {
	await rm(root, { recursive: true, force: true });
	await rm(files, { recursive: true, force: true });
});

/** A screenshot for a person to look at, when GW_SCREENSHOTS names a folder. */
async function snap(page: Page, name: string, fullPage = false) {
	const dir = process.env['GW_SCREENSHOTS'];
	if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage });
}

/** Opens a page with service workers allowed. */
async function openOnline(pathname: string) {
	const opened = await site.newPage({ serviceWorkers: 'allow', acceptDownloads: true });
	await opened.page.goto(`${site.origin}${pathname}`);
	return opened;
}

/** Waits until the footer says the page's language is stored. */
async function readyOffline(page: Page, ready: string = offlineEn['offline.ready']): Promise<void> {
	await page
		.locator('[data-offline-status][data-state="ready"]')
		.waitFor({ state: 'visible', timeout: 120_000 });
	assert.equal((await page.locator('[data-offline-text]').innerText()).trim(), ready);
}

/** Imports a sample assessment in the workspace; returns its id and title. */
async function importSample(page: Page, seed: number): Promise<{ id: string; title: string }> {
	const file = await writeDemo(files, `sample-${seed}.json`, seed);
	await page.goto(`${site.origin}/en/assess/`);
	await page.locator('.workspace').waitFor();
	await page.locator('input[type=file]').setInputFiles(file);
	await page.locator('.import-preview button').first().click();
	await page.locator('.assessment').first().waitFor();
	return JSON.parse(await readFile(file, 'utf8')) as { id: string; title: string };
}

describe('offline use', () => {
	it('after one visit, pages, search, rating and the PDF report work without a network', async () => {
		const { page, context } = await openOnline('/en/');
		await readyOffline(page);
		const { id, title } = await importSample(page, 3);

		await context.setOffline(true);
		// A page never visited.
		await page.goto(`${site.origin}/en/ict/`);
		await page.locator('h1').waitFor();
		assert.match(await page.locator('h1').innerText(), /ICT|Information/);
		await page.locator('[data-offline-status][data-state="offline"]').waitFor();
		assert.equal(
			(await page.locator('[data-offline-text]').innerText()).trim(),
			offlineEn['offline.offline']
		);

		// Search: the index comes from the store.
		await page.goto(`${site.origin}/en/search/?q=crisis`);
		await page.locator('a[data-result][href*="/com/crisis-communication/"]').first().waitFor();

		// Rate a guideline; the edit is stored and still there after a reload.
		await page.goto(`${site.origin}/en/assess/workbook/?id=${id}&set=com`);
		const first = page.locator('.wb-guideline').first();
		await first.waitFor();
		const current = await first.locator('input[type=radio]:checked').getAttribute('value');
		const level = current === '2' ? '3' : '2';
		await first.locator(`input[type=radio][value="${level}"]`).check();
		await page.getByText(assessEn['assess.saved'], { exact: true }).waitFor();
		await page.reload();
		await page.locator('.wb-guideline').first().waitFor();
		assert.equal(
			await page
				.locator('.wb-guideline')
				.first()
				.locator('input[type=radio]:checked')
				.getAttribute('value'),
			level
		);

		// The PDF report: worker, HarfBuzz and fonts all come from the store.
		await page.goto(`${site.origin}/en/assess/dashboard/?id=${id}`);
		await page.locator('.set-scores').first().waitFor();
		const downloaded = page.waitForEvent('download');
		await page.getByRole('button', { name: assessEn['report.download'], exact: true }).click();
		const pdf = await readPdf(new Uint8Array(await readFile(await (await downloaded).path())));
		assert.ok(pdf.all.includes(title), 'the report holds the assessment title');

		// A page of a language never opened: the offline help says it is not stored.
		await page.goto(`${site.origin}/ka/com/`);
		await page.locator('[data-not-stored]').waitFor({ state: 'visible' });
		await context.setOffline(false);
	});

	it('offers a new version after a rebuild, switches only when asked, and keeps the data', async () => {
		const { page } = await openOnline('/en/');
		await readyOffline(page);
		const { title } = await importSample(page, 4);

		// "Deploy" a new version: a changed home page and the service worker rebuilt.
		const home = path.join(root, 'en/index.html');
		const before = await readFile(home, 'utf8');
		await writeFile(home, before.replace('</main>', '<p id="new-version">v2</p></main>'));
		await writeServiceWorker(root, '/');
		try {
			await page.goto(`${site.origin}/en/`);
			const banner = page.locator('.update-banner');
			await banner.waitFor({ timeout: 120_000 });
			assert.match(await banner.innerText(), new RegExp(offlineEn['offline.update.text']));
			await snap(page, 'update-banner');
			// Until the reader chooses, the old version serves every page: no mixing.
			await page.goto(`${site.origin}/en/`);
			assert.equal(await page.locator('#new-version').count(), 0);
			await page.locator('.update-banner').waitFor();
			// The reader chooses: the page reloads into the new version.
			const reloaded = page.waitForEvent('load');
			await page
				.getByRole('button', { name: offlineEn['offline.update.reload'], exact: true })
				.click();
			await reloaded;
			await page.locator('#new-version').waitFor();
			// IndexedDB is untouched by the update.
			await page.goto(`${site.origin}/en/assess/`);
			await page.locator('.assessment').filter({ hasText: title }).first().waitFor();
		} finally {
			await writeFile(home, before);
			await writeServiceWorker(root, '/');
		}
	});

	it('is installable: a manifest per language, opening in that language, with its icons', async () => {
		const { page, context } = await openOnline('/fr/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		assert.equal(href, '/fr/manifest.webmanifest');
		const manifest = (await (await page.request.get(`${site.origin}${href}`)).json()) as {
			lang: string;
			start_url: string;
			display: string;
			icons: { src: string; sizes: string; type: string }[];
		};
		assert.equal(manifest.lang, 'fr');
		assert.equal(manifest.start_url, '/fr/');
		assert.equal(manifest.display, 'standalone');
		for (const icon of manifest.icons) {
			const response = await page.request.get(`${site.origin}${icon.src}`);
			assert.equal(response.status(), 200, icon.src);
			assert.equal(response.headers()['content-type'], icon.type, icon.src);
		}
		assert.ok(manifest.icons.some((i) => i.sizes === '512x512' && i.type === 'image/png'));
		// Chromium's own verdict, once the service worker controls the page.
		await readyOffline(page, offlineFr['offline.ready']);
		await page.reload();
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: { errorId: string }[];
		};
		// Test contexts are incognito, which Chromium never installs from; nothing else may stand in the way.
		assert.deepEqual(
			installabilityErrors.filter((e) => e.errorId !== 'in-incognito'),
			[]
		);
	});

	it('the help page lists the language kept and removes the offline copy on request', async () => {
		const { page } = await openOnline('/en/help/offline/');
		await readyOffline(page);
		await page.reload();
		await page
			.locator('[data-now-list] li')
			.filter({ hasText: /English/ })
			.waitFor();
		await snap(page, 'offline-help', true);
		await page.getByRole('button', { name: offlineEn['offline.help.removeCopy'] }).click();
		await page.getByText(offlineEn['offline.help.removed']).waitFor();
		assert.deepEqual(
			await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('gw-'))),
			[]
		);
		assert.equal(
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
			0
		);
	});
});
