/**
 * `npm run bench`: build time, pages per second and peak memory for the shipped site and
 * for a synthetic pack of 15 sets × 50 guidelines in 5 languages, plus page weights.
 * Then search in headless Chromium: query latency, index sizes, first open to results; and the
 * self-assessment: a rating persisted, a whole file imported, the largest workbook opened; and
 * the PDF report in Node, beside Chromium's print-to-PDF of a table of the same size; workshop
 * share links and handouts; what the service worker stores and how soon a first visit is ready
 * offline.
 * Figures, not a pass/fail test; the target is a full 15-set build in ≤ 60 s on 2 cores.
 *
 * `npm run bench -- search assess report workshop offline` runs only those parts (search and assess on the
 * shipped build in .bench).
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { LOCALES } from '../src/domain/locales.ts';
import { benchAssessment } from './lib/assess-bench.ts';
import { benchOffline } from './lib/offline-bench.ts';
import { benchReport } from './lib/report-bench.ts';
import { benchSearch } from './lib/search-bench.ts';
import { benchWorkshop } from './lib/workshop-bench.ts';
import { writeSyntheticPack } from './lib/synthetic-pack.ts';
import { heaviest, kb, measureSite, median } from './lib/weights.ts';

const run = promisify(execFile);
const work = path.resolve('.bench');

interface Scenario {
	name: string;
	content: string;
}

async function measure({ name, content }: Scenario) {
	const outDir = path.join(work, `dist-${name}`);
	const cacheDir = path.join(work, `cache-${name}`);
	await rm(outDir, { recursive: true, force: true });
	await rm(cacheDir, { recursive: true, force: true });
	const { stdout } = await run(process.execPath, ['scripts/lib/build-once.ts'], {
		env: {
			...process.env,
			GW_CONTENT_DIR: content,
			GW_OUT_DIR: outDir,
			GW_CACHE_DIR: cacheDir,
			ASTRO_TELEMETRY_DISABLED: '1',
		},
		maxBuffer: 256 * 1024 * 1024,
	});
	const last = stdout.trim().split('\n').at(-1) ?? '{}';
	const { ms, maxRssKb } = JSON.parse(last) as { ms: number; maxRssKb: number };
	const site = await measureSite(outDir);
	const guidelines = site.pages.filter((p) => p.template === 'guideline');
	const reading = site.pages.filter((p) => ['home', 'set', 'guideline'].includes(p.template));
	console.log(`\n## ${name}`);
	console.log(`pages built:            ${site.pages.length}`);
	console.log(`build time (cold):      ${(ms / 1000).toFixed(1)} s`);
	console.log(`pages per second:       ${(site.pages.length / (ms / 1000)).toFixed(0)}`);
	console.log(`peak memory (RSS):      ${(maxRssKb / 1024).toFixed(0)} MiB`);
	console.log(
		`guideline page HTML:    median ${kb(median(guidelines.map((p) => p.html)))}, max ${kb(heaviest(guidelines, 'html')?.html ?? 0)} (gzip)`
	);
	console.log(
		`set page HTML:          max ${kb(
			heaviest(
				site.pages.filter((p) => p.template === 'set'),
				'html'
			)?.html ?? 0
		)} (gzip)`
	);
	console.log(`JS before interaction:  max ${kb(heaviest(reading, 'js')?.js ?? 0)} (gzip)`);
	console.log(`all CSS:                ${kb(site.css)} (gzip, ${site.cssFiles} file(s))`);
}

console.log(`# Guidelines Workbench build benchmark`);
console.log(
	`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
);
const parts = new Set(process.argv.slice(2));
const all = parts.size === 0;
if (all || parts.has('build')) await measure({ name: 'shipped', content: path.resolve('content') });
if (all || parts.has('search')) await benchSearch(path.join(work, 'dist-shipped'));
if (all || parts.has('assess')) await benchAssessment(path.join(work, 'dist-shipped'));
if (all || parts.has('report')) await benchReport();
if (all || parts.has('workshop')) await benchWorkshop();
// Offline: on the shipped build when `build` ran, else on `dist/` (`npm run build` first).
if (all || parts.has('offline'))
	await benchOffline(
		parts.has('build') || all ? path.join(work, 'dist-shipped') : path.resolve('dist')
	);
if (!all && !parts.has('synthetic')) process.exit(0);
const synthetic = path.join(work, 'pack-15x50x5');
const files = await writeSyntheticPack(synthetic, {
	sets: 15,
	guidelinesPerSet: 50,
	locales: LOCALES,
});
console.log(`\n(synthetic pack: ${files} files)`);
await measure({ name: 'synthetic-15x50x5', content: synthetic });
