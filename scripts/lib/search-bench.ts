/**
 * The search benchmark, in headless Chromium on a built site:
 * - query latency p50/p95: the real query code (bundled with esbuild from src/search) run in
 *   the page over the site's own index files, on the fixed query list, after a warm-up: once
 *   at the query layer's default limit (20 results, one timing per run, as first measured), and
 *   at the UI's limit (`RESULTS_SHOWN`, snippets for those only), each sample the mean of 10
 *   runs of the query, since Chromium's clock only ticks every 0.1 ms;
 * - index transfer size per language (gzip), for the index and for the snippet text;
 * - time from opening search (Ctrl+K) to the first results for a typed query, cold cache.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { launchBrowser, startServer } from './browser.ts';
import { RESULTS_SHOWN } from '../../src/search/query.ts';
import { BENCH_QUERIES } from './search-queries.ts';
import { gzipSize, kb, median } from './weights.ts';

/** Percentile of sorted numbers (nearest rank). */
function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Runs the search benchmark on a built site. `entry` is the query module to bundle (another
 * checkout's `src/search/query.ts`, to compare two versions on the same build).
 */
export async function benchSearch(dist: string, entry = 'src/search/query.ts'): Promise<void> {
	console.log('\n## search (headless Chromium, shipped corpus)');
	for (const locale of ['en', 'fr', 'es', 'de', 'ka']) {
		const index = await readFile(path.join(dist, 'search-index', `${locale}.json`));
		const text = await readFile(path.join(dist, 'search-index', `${locale}-text.json`));
		console.log(
			`index transfer ${locale}:      ${kb(gzipSize(index))} gzip (snippet text, loaded after: ${kb(gzipSize(text))})`
		);
	}

	const bundle = await build({
		entryPoints: [entry],
		bundle: true,
		format: 'iife',
		globalName: 'GWSearch',
		write: false,
		minify: true,
		target: 'es2022',
	});
	const code = bundle.outputFiles[0]?.text ?? '';

	const server = await startServer(dist);
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		await page.goto(`${server.origin}/en/`);
		await page.addScriptTag({ content: code });
		for (const locale of ['en', 'ka'] as const) {
			const { times, shown } = await page.evaluate(
				async ({ locale, queries, limit }) => {
					const g = (window as unknown as { GWSearch: typeof import('../../src/search/query.ts') })
						.GWSearch;
					const get = <T>(url: string) => fetch(url).then((r) => r.json() as Promise<T>);
					const searcher = g.createSearcher(
						await get<Parameters<typeof g.createSearcher>[0]>(`/search-index/${locale}.json`)
					);
					searcher.addText(
						await get<Parameters<typeof searcher.addText>[0]>(`/search-index/${locale}-text.json`)
					);
					for (const q of queries) searcher.search(q); // warm-up
					const out: number[] = [];
					for (let round = 0; round < 5; round++) {
						for (const q of queries) {
							const t0 = performance.now();
							searcher.search(q);
							out.push(performance.now() - t0);
						}
					}
					// At the UI's limit: each sample is the mean of 10 runs of one query.
					for (const q of queries) searcher.search(q, { limit }); // warm-up
					const atLimit: number[] = [];
					for (let round = 0; round < 5; round++) {
						for (const q of queries) {
							const t0 = performance.now();
							for (let run = 0; run < 10; run++) searcher.search(q, { limit });
							atLimit.push((performance.now() - t0) / 10);
						}
					}
					return { times: out, shown: atLimit };
				},
				{ locale, queries: BENCH_QUERIES[locale], limit: RESULTS_SHOWN }
			);
			times.sort((a, b) => a - b);
			shown.sort((a, b) => a - b);
			const count = BENCH_QUERIES[locale].length;
			console.log(
				`query latency ${locale}:       p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${times.at(-1)?.toFixed(2)} ms (top 20, ${count} queries × 5)`
			);
			console.log(
				`warm query ${locale}, top ${RESULTS_SHOWN}:   p50 ${percentile(shown, 50).toFixed(2)} ms, p95 ${percentile(shown, 95).toFixed(2)} ms, max ${shown.at(-1)?.toFixed(2)} ms (the UI's limit; mean of 10 runs, ${count} queries × 5)`
			);
		}
		await page.close();

		const opens: number[] = [];
		for (let run = 0; run < 5; run++) {
			const context = await browser.newContext(); // a cold cache each time
			const p = await context.newPage();
			await p.goto(`${server.origin}/en/com/mandate/`, { waitUntil: 'load' });
			const t0 = await p.evaluate(() => performance.now());
			await p.keyboard.press('Control+k');
			const box = p.getByRole('dialog').getByRole('searchbox');
			await box.waitFor();
			await box.fill('fraud');
			await p.locator('dialog a[data-result]').first().waitFor();
			const t1 = await p.evaluate(() => performance.now());
			opens.push(t1 - t0);
			await context.close();
		}
		console.log(
			`first open to results:    median ${median(opens).toFixed(0)} ms, worst ${Math.max(...opens).toFixed(0)} ms (cold cache, localhost, 5 runs)`
		);
	} finally {
		await browser.close();
		await server.close();
	}
}
