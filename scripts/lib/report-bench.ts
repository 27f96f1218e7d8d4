/**
 * The PDF report benchmark, in Node, each case in its own process started with
 * `--max-old-space-size=300` (so finishing at all proves the old-generation heap stayed under
 * 300 MB; the heap is also sampled after every page drawn):
 * - one set of 60 guidelines (synthetic), each rated with two evidence items and an action;
 * - every shipped set, the same way;
 * - 705 guidelines (15 synthetic sets of 47), the size of the largest Chromium case.
 * Cold is the first report of a fresh process (fonts read, HarfBuzz started); warm the median
 * of five more. "Whole process" starts Node, makes one report, writes it and exits: the same
 * thing Chromium's print-to-PDF of a report-like HTML table does, timed beside it in this run.
 *
 * The child process is `report-bench-child.ts`.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { buildCatalogue, type Catalogue } from '../../src/domain/assessment/catalogue.ts';
import { buildLibrary } from '../../src/domain/pack/model.ts';
import { readPack } from '../../src/pack/read.ts';
import { fullAssessmentOf, shippedCatalogue } from './assess-bench.ts';
import type { ChildResult } from './report-bench-child.ts';
import { writeSyntheticPack } from './synthetic-pack.ts';
import { median } from './weights.ts';

const run = promisify(execFile);
const work = path.resolve('.bench', 'report');
const HEAP_LIMIT_MB = 300;
const CHILD = new URL('./report-bench-child.ts', import.meta.url);

const CASES = {
	'one-set-60': { label: 'one set, 60 guidelines', sets: 1, perSet: 60 },
	shipped: { label: 'every shipped set', sets: 0, perSet: 0 },
	'synthetic-705': { label: '705 guidelines (15 sets × 47)', sets: 15, perSet: 47 },
} as const;
type Case = keyof typeof CASES;

async function catalogueOf(name: Case): Promise<Catalogue> {
	const c = CASES[name];
	if (c.sets === 0) return shippedCatalogue();
	const dir = path.join(work, `pack-${name}`);
	await writeSyntheticPack(dir, { sets: c.sets, guidelinesPerSet: c.perSet, locales: ['en'] });
	const { pack } = await readPack(dir);
	return buildCatalogue(buildLibrary(pack), 'en');
}

/** Runs a child process on a prepared input; returns its figures and its wall time. */
async function spawnChild(
	input: string,
	mode: 'once' | 'repeat'
): Promise<ChildResult & { wall: number; pages: number }> {
	const out = input.replace(/\.json$/, '.pdf');
	const t = performance.now();
	const { stdout } = await run(
		process.execPath,
		[`--max-old-space-size=${HEAP_LIMIT_MB}`, fileURLToPath(CHILD), input, mode, out],
		{ maxBuffer: 1 << 20 }
	);
	const wall = performance.now() - t;
	const pages = (await PDFDocument.load(await readFile(out))).getPageCount();
	return { ...(JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildResult), wall, pages };
}

/** A report-like HTML table (the workbook's columns) of `rows` rows. */
function htmlTable(catalogue: Catalogue, rows: number): string {
	const escape = (s: string) =>
		s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
	const body = catalogue.sets
		.flatMap((set) => set.guidelines.map((g) => ({ set, g })))
		.slice(0, rows)
		.map(
			({ set, g }, i) =>
				`<tr><td>${escape(`${set.code.toUpperCase()} ${g.number}`)}</td><td>${escape(g.title)}</td><td>${i % 5} Level</td><td>3</td><td></td><td>2</td><td>Our note on this guideline, as an assessor writes it: what is in place, where, and what is missing.</td></tr>`
		)
		.join('\n');
	return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Report</title>
<style>body{font:10pt sans-serif;margin:0}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #999;padding:4px;text-align:start;vertical-align:top}
thead{display:table-header-group}tr{break-inside:avoid}</style>
<h1>Workbook</h1><table><thead><tr><th>No.</th><th>Guideline</th><th>Level</th><th>Target</th>
<th>Not applicable because</th><th>Evidence</th><th>Notes</th></tr></thead><tbody>
${body}</tbody></table></html>`;
}

/** Chromium's print-to-PDF of the table, whole process: start, load, lay out, print, exit. */
async function chromiumPrint(
	html: string,
	name: string
): Promise<{ wall: number; bytes: number; pages: number }> {
	const file = path.join(work, `${name}.html`);
	const out = path.join(work, `${name}.pdf`);
	await writeFile(file, html);
	await rm(out, { force: true });
	const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
	const t = performance.now();
	await new Promise<void>((resolve, reject) => {
		const p = spawn(
			chromium,
			[
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--no-pdf-header-footer',
				`--user-data-dir=${path.join(work, 'chromium-profile')}`,
				`--print-to-pdf=${out}`,
				pathToFileURL(file).href,
			],
			{ stdio: 'ignore' }
		);
		p.on('error', reject);
		p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`chromium exit ${code}`))));
	});
	const wall = performance.now() - t;
	const bytes = await readFile(out);
	return {
		wall,
		bytes: (await stat(out)).size,
		pages: (await PDFDocument.load(bytes)).getPageCount(),
	};
}

const ms = (n: number) => `${Math.round(n)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

export async function benchReport(): Promise<void> {
	console.log('\n## PDF report (Node; each case in a fresh process with a 300 MB heap limit)');
	await mkdir(work, { recursive: true });
	const targets: Record<Case, string> = {
		'one-set-60': 'target ≤ 300 ms',
		shipped: 'target ≤ 1.5 s, ≤ 1 MB, heap ≤ 300 MB',
		'synthetic-705': 'no target',
	};
	const whole: Partial<Record<Case, Awaited<ReturnType<typeof spawnChild>>>> = {};
	const catalogues = {} as Record<Case, Catalogue>;
	for (const name of Object.keys(CASES) as Case[]) {
		const catalogue = (catalogues[name] = await catalogueOf(name));
		const assessment = fullAssessmentOf(catalogue, 0, { actions: true });
		const input = path.join(work, `${name}.json`);
		await writeFile(input, JSON.stringify({ catalogue, assessment }));
		const r = await spawnChild(input, 'repeat');
		console.log(
			`${CASES[name].label.padEnd(30)} ${r.guidelines} rows: cold ${ms(r.cold)}, warm median ${ms(median(r.warm))}; ${r.pages} pages, ${mb(r.bytes)}; heap peak ${r.heapMB.toFixed(0)} MB, RSS peak ${r.rssMB.toFixed(0)} MB (${targets[name]})`
		);
		whole[name] = await spawnChild(input, 'once');
	}
	console.log('\nwhole process, this run (start, read the input, one report written, exit):');
	const synthetic = catalogues['synthetic-705'];
	for (const [name, rows] of [
		['shipped', 230],
		['synthetic-705', 705],
	] as const) {
		const ours = whole[name]!;
		const chrome = await chromiumPrint(htmlTable(synthetic, rows), `chromium-${rows}`);
		console.log(
			`  ${rows} rows: Chromium print-to-PDF ${ms(chrome.wall)}, ${chrome.pages} pages, ${mb(chrome.bytes)} | ours (${ours.guidelines} guidelines, whole report) ${ms(ours.wall)}, ${ours.pages} pages, ${mb(ours.bytes)}`
		);
	}
	console.log(
		'  (for reference, the issue measured Chromium at 1.95 s for 230 rows, 41 pages, 0.9 MB; 1.94 s for 705 rows, 102 pages, 2.57 MB)'
	);
}
