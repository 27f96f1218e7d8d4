/**
 * The child process of the PDF report benchmark (`report-bench.ts`): reads the prepared input
 * (catalogue and assessment, as JSON), makes the report once ("once") or six times
 * ("repeat"), writes the first to OUT and prints its figures as JSON. It imports only what the
 * command line's `gw report` does, so that its start-up is the real one.
 *
 * Usage: node scripts/lib/report-bench-child.ts INPUT.json once|repeat OUT.pdf
 */
import { readFile, writeFile } from 'node:fs/promises';
import { assessStrings } from '../../src/components/assess/strings.ts';
import type { Catalogue } from '../../src/domain/assessment/catalogue.ts';
import type { Assessment } from '../../src/domain/assessment/model.ts';
import { loadFontFromDisk } from '../../src/report/fonts-fs.ts';
import { generateReport } from '../../src/report/generate.ts';

export interface ChildResult {
	guidelines: number;
	cold: number;
	warm: number[];
	bytes: number;
	heapMB: number;
	rssMB: number;
}

/**
 * The child: reads the prepared input (catalogue and assessment, as JSON), makes the report
 * once ("once") or six times ("repeat"), prints its figures.
 */
async function child(input: string, mode: 'once' | 'repeat', out: string): Promise<void> {
	const { catalogue, assessment } = JSON.parse(await readFile(input, 'utf8')) as {
		catalogue: Catalogue;
		assessment: Assessment;
	};
	let heap = 0;
	const sample = () => (heap = Math.max(heap, process.memoryUsage().heapUsed));
	const make = () =>
		generateReport(
			{ assessment, catalogue, strings: assessStrings('en'), locale: 'en', date: '2026-11-29' },
			{ loadFont: loadFontFromDisk, onProgress: sample }
		);
	let t = performance.now();
	let bytes = await make();
	const cold = performance.now() - t;
	sample();
	await writeFile(out, bytes);
	const warm: number[] = [];
	if (mode === 'repeat')
		for (let i = 0; i < 5; i++) {
			t = performance.now();
			bytes = await make();
			warm.push(performance.now() - t);
			sample();
		}
	const result: ChildResult = {
		guidelines: Object.keys(assessment.guidelines).length,
		cold,
		warm,
		bytes: bytes.length,
		heapMB: heap / 2 ** 20,
		rssMB: process.resourceUsage().maxRSS / 1024,
	};
	console.log(JSON.stringify(result));
}

const [input, mode, out] = process.argv.slice(2);
if (!input || (mode !== 'once' && mode !== 'repeat') || !out)
	throw new Error('usage: report-bench-child.ts INPUT.json once|repeat OUT.pdf');
await child(input, mode, out);
