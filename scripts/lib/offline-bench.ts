/**
 * The offline benchmark on a built site: what the service worker stores (files and bytes per
 * group: the shell and each language, as stored and as sent with gzip), the size of the worker
 * itself, and the time from a first visit to "Available offline" in headless Chromium (fresh
 * profile, local server, so the figure is the browser's own work: fetching, storing, Workbox).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { offlinePlan } from '../../src/build/offline.ts';
import { OFFLINE_BUDGET, groupBytes, type OfflineEntry } from '../../src/offline/plan.ts';
import { launchBrowser, startServer } from './browser.ts';
import { gzipSize, mb as megabytes, median } from './weights.ts';

const mb = (bytes: number) => megabytes(bytes, 2);

async function transfer(dist: string, entries: OfflineEntry[], base = '/'): Promise<number> {
	let total = 0;
	for (const e of entries) {
		let rel = e.url.slice(base.length);
		if (rel === '' || rel.endsWith('/')) rel += 'index.html';
		const bytes = await readFile(path.join(dist, rel));
		// Fonts, images and WebAssembly are sent as they are; text is sent with gzip.
		total += /\.(png|ttf|woff2?|wasm)$/.test(rel) ? bytes.length : gzipSize(bytes);
	}
	return total;
}

export async function benchOffline(dist: string): Promise<void> {
	console.log('\n## offline (service worker)');
	const plan = await offlinePlan(dist, '/');
	const sw = await readFile(path.join(dist, 'sw.js'));
	console.log(`service worker:         ${mb(sw.length)} (${mb(gzipSize(sw))} gzip)`);
	const line = async (name: string, entries: OfflineEntry[], budget: number) =>
		console.log(
			`${name.padEnd(23)} ${String(entries.length).padStart(4)} files, ${mb(groupBytes(entries))} stored, ${mb(await transfer(dist, entries))} sent (budget ${mb(budget)} stored)`
		);
	await line('shell:', plan.core, OFFLINE_BUDGET.core);
	for (const [locale, entries] of Object.entries(plan.languages))
		await line(`language ${locale}:`, entries, OFFLINE_BUDGET.language);

	const server = await startServer(dist);
	const browser = await launchBrowser();
	try {
		for (const locale of ['en', 'ka']) {
			const times: number[] = [];
			for (let run = 0; run < 3; run++) {
				const context = await browser.newContext({ serviceWorkers: 'allow' });
				const page = await context.newPage();
				const start = Date.now();
				await page.goto(`${server.origin}/${locale}/`);
				await page
					.locator('[data-offline-status][data-state="ready"]')
					.waitFor({ state: 'visible', timeout: 300_000 });
				times.push(Date.now() - start);
				await context.close();
			}
			console.log(
				`ready offline (${locale}):      median ${(median(times) / 1000).toFixed(1)} s of ${times.map((t) => (t / 1000).toFixed(1)).join(', ')} s (first visit, local server)`
			);
		}
	} finally {
		await browser.close();
		await server.close();
	}
}
