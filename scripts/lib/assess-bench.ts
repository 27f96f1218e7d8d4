/**
 * The self-assessment benchmark, in headless Chromium on a built site, with every shipped
 * guideline rated and two evidence items each:
 * - apply one rating and persist it to IndexedDB (p50/p95);
 * - validate and import the whole file (parse, migrate-check, schema, store);
 * - open the workbook of the largest set until its first rating control is there;
 * - JavaScript the workspace page loads (gzip).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { buildCatalogue } from '../../src/domain/assessment/catalogue.ts';
import { demoAssessment } from '../../src/domain/assessment/demo.ts';
import { serializeAssessment } from '../../src/domain/assessment/exchange.ts';
import type { Assessment } from '../../src/domain/assessment/model.ts';
import { buildLibrary } from '../../src/domain/pack/model.ts';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { demoPhrases } from '../../src/i18n/demo.ts';
import { readPack } from '../../src/pack/read.ts';
import { launchBrowser, startServer } from './browser.ts';
import { gzipSize, kb, median } from './weights.ts';

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** Every shipped guideline rated, with two evidence items each. */
export async function fullAssessment(): Promise<Assessment> {
	const { pack } = await readPack(path.resolve('content'));
	const catalogue = buildCatalogue(buildLibrary(pack), 'en');
	const demo = demoAssessment(catalogue, demoPhrases(DICTIONARIES.en), {
		now: '2026-11-29T12:00:00.000Z',
		id: 'bench',
	});
	let n = 0;
	for (const set of catalogue.sets)
		for (const g of set.guidelines) {
			n++;
			demo.guidelines[g.id] = {
				level: n % 5,
				notApplicable: null,
				target: 3,
				weight: 1,
				notes: `Note on guideline ${g.number} of ${set.code}.`,
				evidence: [1, 2].map((k) => ({
					id: `e${n}-${k}`,
					title: `Evidence ${k} for ${g.id}`,
					kind: 'report' as const,
					reference: `https://intranet.example.org/${g.id}/${k}`,
					date: '2026-06-30',
					owner: 'Quality unit',
				})),
				actions: [],
				changedBy: 'a1',
				changedAt: '2026-11-29T12:00:00.000Z',
			};
		}
	return demo;
}

export async function benchAssessment(dist: string): Promise<void> {
	console.log(
		'\n## self-assessment (headless Chromium, every shipped guideline rated, two evidence items each)'
	);
	const assessment = await fullAssessment();
	const text = serializeAssessment(assessment);
	const records = Object.keys(assessment.guidelines).length;
	console.log(
		`assessment file:          ${records} records, ${kb(Buffer.byteLength(text))} (${kb(gzipSize(text))} gzip)`
	);
	const bundle = await build({
		entryPoints: ['scripts/lib/assess-bench-entry.ts'],
		bundle: true,
		format: 'iife',
		globalName: 'GWAssess',
		write: false,
		minify: true,
		target: 'es2022',
	});
	const server = await startServer(dist);
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		await page.goto(`${server.origin}/en/`);
		await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
		type Bench = typeof import('./assess-bench-entry.ts');
		const ratings = await page.evaluate(
			(t) => (window as unknown as { GWAssess: Bench }).GWAssess.ratingTimes(t, 300),
			text
		);
		ratings.sort((a, b) => a - b);
		console.log(
			`rate one guideline + persist: p50 ${percentile(ratings, 50).toFixed(1)} ms, p95 ${percentile(ratings, 95).toFixed(1)} ms, max ${ratings.at(-1)?.toFixed(1)} ms (300 ratings; target p95 ≤ 20 ms)`
		);
		const imports = await page.evaluate(
			(t) => (window as unknown as { GWAssess: Bench }).GWAssess.importTimes(t, 10),
			text
		);
		console.log(
			`validate + import file:   median ${median(imports).toFixed(0)} ms, worst ${Math.max(...imports).toFixed(0)} ms (10 runs; target ≤ 100 ms)`
		);
		await page.close();

		// The workbook of the largest set, as a reader opens it.
		const context = await browser.newContext();
		const p = await context.newPage();
		const jsBytes: string[] = [];
		p.on('response', (r) => {
			const url = new URL(r.url());
			if (url.pathname.endsWith('.js')) jsBytes.push(url.pathname);
		});
		await p.goto(`${server.origin}/en/assess/`);
		await p.locator('.workspace').waitFor();
		await p.waitForLoadState('networkidle');
		let workspaceJs = 0;
		for (const file of new Set(jsBytes))
			workspaceJs += gzipSize(await readFile(path.join(dist, file)));
		console.log(
			`workspace page JS:        ${kb(workspaceJs)} gzip (${new Set(jsBytes).size} files, everything it loads)`
		);
		await p
			.getByLabel('Assessment file (JSON)')
			.setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		await p.getByText('This file holds').waitFor();
		await p.locator('.import-preview button').first().click();
		await p.locator('.assessment').first().waitFor();
		const largest = assessment.scope
			.map((s) => ({
				set: s.set,
				n: Object.keys(assessment.guidelines).filter((id) => id.startsWith(`${s.set}.`)).length,
			}))
			.sort((a, b) => b.n - a.n)[0]!;
		const opens: number[] = [];
		for (let run = 0; run < 5; run++) {
			const q = await context.newPage();
			await q.goto(`${server.origin}/en/assess/workbook/?id=bench&set=${largest.set}`, {
				waitUntil: 'commit',
			});
			opens.push(
				await q.evaluate(
					() =>
						new Promise<number>((resolve) => {
							const check = () => {
								const radio = document.querySelector<HTMLInputElement>(
									'.wb-guideline input[type=radio]'
								);
								if (radio && !radio.disabled) resolve(performance.now());
								else requestAnimationFrame(check);
							};
							check();
						})
				)
			);
			await q.close();
		}
		console.log(
			`open workbook (${largest.set}, ${largest.n} guidelines): median ${median(opens).toFixed(0)} ms, worst ${Math.max(...opens).toFixed(0)} ms to the first rating control, from navigation (5 runs; target ≤ 300 ms)`
		);
		await context.close();
	} finally {
		await browser.close();
		await server.close();
	}
}
