/**
 * The workshop benchmark, in Node on the shipped pack (English): for packs of 3, 12 (a full
 * day) and 100 guidelines (the most a pack holds), every guideline with every exercise and a
 * facilitator note:
 * - the share link: its length, and the median time to make it and to read it back;
 * - the participant handout and the facilitator guide: the first of this process (fonts read,
 *   HarfBuzz started) and the median of three more, pages and bytes.
 */
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { assessStrings } from '../../src/components/assess/strings.ts';
import { buildCatalogue } from '../../src/domain/assessment/catalogue.ts';
import { buildLibrary } from '../../src/domain/pack/model.ts';
import { createWorkshop, EXERCISES, type Workshop } from '../../src/domain/workshop/model.ts';
import { decodeShare, encodeShare } from '../../src/domain/workshop/share.ts';
import { buildWorkshopTexts } from '../../src/domain/workshop/texts.ts';
import { readPack } from '../../src/pack/read.ts';
import { loadFontFromDisk } from '../../src/report/fonts-fs.ts';
import { generateWorkshopPdf } from '../../src/report/generate.ts';
import { median } from './weights.ts';

const timed = async <T>(f: () => T | Promise<T>): Promise<[T, number]> => {
	const start = performance.now();
	const value = await f();
	return [value, performance.now() - start];
};

export async function benchWorkshop(): Promise<void> {
	console.log('\n## Workshop packs (Node, shipped pack, English)');
	const { pack: raw } = await readPack('content');
	const library = buildLibrary(raw);
	const catalogue = buildCatalogue(library, 'en');
	const texts = buildWorkshopTexts(library, 'en');
	const strings = assessStrings('en');
	const ids = catalogue.sets.flatMap((s) => s.guidelines.map((g) => g.id));
	let first = true;
	for (const size of [3, 12, 100]) {
		const pack: Workshop = {
			...createWorkshop(
				{ title: `Workshop of ${size}`, date: '2027-03-10', duration: 720, language: 'en' },
				`bench-${size}`,
				'2026-11-29T10:00:00.000Z'
			),
			items: ids.slice(0, size).map((guideline) => ({
				guideline,
				minutes: 5,
				notes:
					'Open with a case from the participants’ own institutions; keep ten minutes for questions.',
				questions: [0, 1, 2],
				exercises: [...EXERCISES],
			})),
		};
		const encodeMs: number[] = [];
		const decodeMs: number[] = [];
		let code = '';
		for (let i = 0; i < 20; i++) {
			const [c, e] = await timed(() => encodeShare(pack));
			const [, d] = await timed(() => decodeShare(c));
			code = c;
			encodeMs.push(e);
			decodeMs.push(d);
		}
		console.log(
			`${String(size).padStart(3)} guidelines: share link ${code.length} characters, made in ${median(encodeMs).toFixed(1)} ms, read in ${median(decodeMs).toFixed(1)} ms (medians of 20)`
		);
		for (const kind of ['handout', 'guide'] as const) {
			const make = () =>
				generateWorkshopPdf(
					{ workshop: pack, catalogue, texts, strings, locale: 'en', kind, date: '2026-11-29' },
					{ loadFont: loadFontFromDisk }
				);
			const [bytes, firstMs] = await timed(make);
			const warm: number[] = [];
			for (let i = 0; i < 3; i++) warm.push((await timed(make))[1]);
			const pages = (await PDFDocument.load(bytes)).getPageCount();
			console.log(
				`    ${kind.padEnd(7)}: ${first ? 'first of the process' : 'first'} ${Math.round(firstMs)} ms, warm median ${Math.round(median(warm))} ms, ${pages} pages, ${(bytes.length / 1024).toFixed(0)} kB`
			);
			first = false;
		}
	}
}
