/**
 * The PDF report, read back: its text in every UI language and every script (pdfjs-dist),
 * ink where each word is (poppler renders the page: a word that extracts but draws blank
 * fails), no font warnings, a clean structure (qpdf), the outline, the metadata, the same
 * bytes for the same input and date, and 10,000 random Unicode strings that never break it.
 */
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { assessStrings } from '../src/components/assess/strings.ts';
import { LOCALES } from '../src/domain/locales.ts';
import { loadFontFromDisk } from '../src/report/fonts-fs.ts';
import { generateReport, type ReportInput } from '../src/report/generate.ts';
import { A4, layoutDocument, textsOf, type Block } from '../src/report/layout/layout.ts';
import { renderPdf } from '../src/report/pdf/render.ts';
import { TextEngine } from '../src/report/text/engine.ts';
import { assessment, catalogue, record } from './fixtures/assessment.ts';
import { inkIn, pdfTools, qpdfCheck, readPdf, renderPage, tempPdf } from './lib/pdf.ts';

const haveTools = await pdfTools();

/** Words in each script, as an agency may type them. */
const SCRIPTS = {
	latin: 'Français Ñandú Straße',
	cyrillic: 'Социальное обеспечение',
	greek: 'Κοινωνική ασφάλιση',
	georgian: 'სოციალური უზრუნველყოფა',
	armenian: 'Սոցիալական ապահովություն',
	arabic: 'الضمان الاجتماعي',
	arabicMixed: 'سعر 12345 للوكالة ABC',
	hebrew: 'ביטוח לאומי',
	chinese: '社会保障',
	japanese: 'ひらがな カタカナ',
	korean: '사회 보장',
	emoji: '✅🙂',
};

function input(overrides: Partial<ReportInput> = {}): ReportInput {
	return {
		assessment: assessment({
			organisation: { name: `${SCRIPTS.georgian} · ${SCRIPTS.arabic}`, country: SCRIPTS.armenian },
			guidelines: {
				'com.mandate': record({
					level: 3,
					notes: Object.values(SCRIPTS).join('\n'),
					evidence: [
						{
							id: 'e1',
							title: SCRIPTS.hebrew,
							kind: 'report',
							reference: 'https://example.org/x',
							date: '2026-03-01',
							owner: SCRIPTS.greek,
						},
						{
							id: 'e2',
							title: SCRIPTS.chinese,
							kind: 'policy',
							reference: SCRIPTS.korean,
							date: null,
							owner: SCRIPTS.cyrillic,
						},
					],
					actions: [
						{
							id: 'x1',
							what: SCRIPTS.japanese,
							owner: SCRIPTS.latin,
							due: '2027-01-31',
							status: 'planned',
							priority: 'high',
						},
					],
				}),
				'com.planning': record({ level: 1, notes: SCRIPTS.emoji }),
				'com.tools': record({ notApplicable: { reason: SCRIPTS.arabicMixed } }),
			},
		}),
		catalogue,
		strings: assessStrings('en'),
		locale: 'en',
		date: '2026-11-29',
		...overrides,
	};
}

const deps = { loadFont: loadFontFromDisk };

describe('text in every script', () => {
	it('extracts every word', async () => {
		const pdf = await readPdf(await generateReport(input(), deps));
		for (const word of Object.values(SCRIPTS).flatMap((s) => s.split(/\s+/)))
			expect(pdf.all, word).toContain(word);
	}, 60_000);

	it.skipIf(!haveTools)(
		'draws ink where each word is, with no font warning and a clean structure (poppler, qpdf)',
		async () => {
			const bytes = await generateReport(input(), deps);
			const pdf = await readPdf(bytes);
			const words = Object.values(SCRIPTS)
				.flatMap((s) => s.split(/\s+/))
				.filter((w) => !/^\p{Extended_Pictographic}/u.test(w));
			for (const word of words) expect(pdf.all, word).toContain(word);
			// Emoji extract as the characters they were typed as.
			expect(pdf.all).toContain('✅');
			expect(pdf.all).toContain('🙂');

			const file = await tempPdf(bytes);
			expect((await qpdfCheck(file)).code).toBe(0);
			for (let page = 1; page <= pdf.pageCount; page++) {
				const raster = await renderPage(file, page);
				expect(raster.warnings).toBe('');
				for (const item of pdf.pages[page - 1]!) {
					if (!words.some((w) => item.str.includes(w))) continue;
					expect(
						inkIn(raster, item, A4.height),
						`ink for “${item.str}” on page ${page}`
					).toBeGreaterThan(3);
				}
			}
		},
		60_000
	);

	it('draws a visible box for a character no font has', async () => {
		const engine = new TextEngine(loadFontFromDisk);
		const text = 'A\u{10FFFD}B';
		await engine.prepare([{ text, weight: 'regular' }]);
		const [line] = engine.lines(text, { size: 10, weight: 'regular' }, 400);
		expect(line!.runs.map((r) => (r.font ? r.font.face.id : 'missing'))).toEqual([
			'sans',
			'missing',
			'sans',
		]);
		expect(line!.runs[1]!.width).toBeGreaterThan(0);
	});

	it('breaks lines where UAX #14 allows: never before punctuation, between ideographs', async () => {
		const engine = new TextEngine(loadFontFromDisk);
		const style = { size: 10, weight: 'regular' } as const;
		const latin = 'Strong practice; could serve as an example for other units. (Really!) «Oui»';
		const cjk = '社会保障机构的服务质量评估与改进计划';
		await engine.prepare([{ text: `${latin}${cjk}`, weight: 'regular' }]);
		const lineText = (l: { runs: { text: string }[] }) => l.runs.map((r) => r.text).join('');
		for (let width = 60; width <= 250; width += 7) {
			const lines = engine.lines(latin, style, width).map(lineText);
			expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(latin);
			for (const line of lines.slice(1)) expect(line, `at ${width} pt`).not.toMatch(/^[.;!)»]/u);
		}
		// Ideographs wrap one by one: every line but the last is full to within one character.
		const lines = engine.lines(cjk, style, 45);
		expect(lines.length).toBeGreaterThan(3);
		expect(lines.map(lineText).join('')).toBe(cjk);
		for (const line of lines.slice(0, -1)) expect(line.width).toBeGreaterThan(45 - 10.5);
	});

	it('orders right-to-left text with numbers and Latin for display, and shapes Arabic', async () => {
		const engine = new TextEngine(loadFontFromDisk);
		const text = 'سعر 12345 ABC';
		await engine.prepare([{ text, weight: 'regular' }]);
		const [line] = engine.lines(text, { size: 10, weight: 'regular' }, 400);
		// Visually, left to right: "ABC", then the number, then the Arabic word.
		expect(line!.runs.map((r) => r.text.trim()).filter(Boolean)).toEqual(['ABC', '12345', 'سعر']);
		expect(line!.rtl).toBe(true);
		const arabic = line!.runs.find((r) => r.text.includes('سعر'))!;
		// Joined letters: HarfBuzz picks contextual forms, not the isolated ones.
		const [isolated] = engine.lines('س ع ر', { size: 10, weight: 'regular' }, 400);
		const isolatedGids = new Set(isolated!.runs.flatMap((r) => r.glyphs.map((g) => g.gid)));
		expect(arabic.glyphs.some((g) => g.text !== '' && !isolatedGids.has(g.gid))).toBe(true);
		// Each glyph stands for its own letters, so that the text extracts as written.
		expect(
			arabic.glyphs
				.map((g) => g.text)
				.join('')
				.trim()
		).toBe([...'سعر'].reverse().join(''));
	});
});

describe('long text', () => {
	it('wraps a 10,000-character note, a 300-character word and a long URL inside the page', async () => {
		const long = input();
		long.assessment.guidelines['com.mandate']!.notes =
			`${'word '.repeat(2000)}\n${'x'.repeat(300)}\nhttps://intranet.example.org/${'segment/'.repeat(40)}file.pdf`;
		const bytes = await generateReport(long, deps);
		const pdf = await readPdf(bytes);
		const right = A4.width - A4.margin.right + 1;
		for (const page of pdf.pages)
			for (const item of page)
				expect(item.x + item.width, item.str.slice(0, 30)).toBeLessThanOrEqual(right);
		expect(pdf.all.replace(/\s/g, '')).toContain('x'.repeat(300));
	}, 60_000);
});

describe('the document', () => {
	it('has its contents, an outline entry per set, metadata and page footers', async () => {
		const bytes = await generateReport(input(), deps);
		const pdf = await readPdf(bytes);
		expect(pdf.outline).toContain(
			'Communication (edition 2016)'.replace('Communication', catalogue.sets[0]!.title)
		);
		expect(pdf.outline).toEqual(
			expect.arrayContaining(['Executive summary', 'Evidence index', 'Action plan', 'Sign-off'])
		);
		expect(pdf.info).toMatchObject({
			Title: 'Self-assessment report: Communication 2026',
			Language: 'en',
		});
		for (let i = 0; i < pdf.pageCount; i++)
			expect(pdf.pages[i]!.map((x) => x.str).join(' ')).toContain(
				`Page ${i + 1} of ${pdf.pageCount}`
			);
		expect(pdf.all).toContain('not an ISSA assessment or certification');
	}, 60_000);

	it('is the same bytes for the same input and date', async () => {
		const [a, b] = await Promise.all([
			generateReport(input(), deps),
			generateReport(input(), deps),
		]);
		expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
		const other = await generateReport(input({ date: '2026-11-30' }), deps);
		expect(Buffer.compare(Buffer.from(a), Buffer.from(other))).not.toBe(0);
	}, 60_000);

	it.each(LOCALES)(
		'writes its own words in %s',
		async (locale) => {
			const strings = assessStrings(locale);
			const pdf = await readPdf(await generateReport(input({ strings, locale }), deps));
			for (const key of [
				'report.title',
				'report.summary',
				'report.evidenceIndex',
				'report.actionPlan',
				'report.signoff',
			] as const)
				expect(pdf.all, key).toContain(strings[key]);
		},
		60_000
	);

	it('prints only the sets asked for', async () => {
		const two = input();
		two.assessment.scope.push({ set: 'hrm', edition: '2022', list: 'library' });
		const pdf = await readPdf(await generateReport({ ...two, sets: ['hrm'] }, deps));
		expect(pdf.outline.some((t) => t.startsWith('HRM'))).toBe(true);
		expect(pdf.outline.some((t) => t.includes('2016'))).toBe(false);
	}, 60_000);
});

describe('tables across pages', () => {
	it('repeats the header row on every page and never cuts a line', async () => {
		const engine = new TextEngine(loadFontFromDisk);
		const rows = Array.from({ length: 120 }, (_, i) => ({
			cells: [
				String(i + 1),
				`Row ${i + 1} ${'text '.repeat((i % 7) * 6)}`,
				i % 13 === 0 ? 'long '.repeat(400) : 'x',
			],
		}));
		const blocks: Block[] = [
			{
				kind: 'table',
				columns: [
					{ title: 'No.', width: 1 },
					{ title: 'Guideline', width: 4 },
					{ title: 'Notes', width: 3 },
				],
				rows,
			},
		];
		const footer = { pageOf: 'Page {page} of {pages}', note: 'note' };
		await engine.prepare(textsOf(blocks, footer));
		const layout = layoutDocument(blocks, engine, footer);
		expect(layout.pages.length).toBeGreaterThan(3);
		const bottom = A4.height - A4.margin.bottom;
		for (const page of layout.pages) {
			const texts = page.boxes.filter((b) => b.kind === 'text');
			const header = texts.filter(
				(b) => b.kind === 'text' && b.line.runs.map((r) => r.text).join('') === 'Guideline'
			);
			expect(header).toHaveLength(1);
			// Every line of the table sits whole inside the page's content area.
			for (const b of texts)
				if (b.kind === 'text' && b.y < bottom) expect(b.y + 3).toBeLessThanOrEqual(bottom);
		}
		const bytes = await renderPdf(
			layout,
			engine,
			{ title: 't', author: 'a', subject: 's', keywords: [], language: 'en', date: new Date(0) },
			A4
		);
		const pdf = await readPdf(bytes);
		for (const page of pdf.pages) expect(page.filter((x) => x.str === 'Guideline')).toHaveLength(1);
	}, 60_000);
});

describe('fuzz', () => {
	/** Strings of every kind: all planes, controls, lone surrogates, bidi marks, emoji sequences. */
	const nasty = fc.oneof(
		fc.string({ unit: 'binary', maxLength: 40 }),
		fc.string({ unit: 'grapheme', maxLength: 30 }),
		fc
			.array(
				fc.constantFrom(
					'\u202E',
					'\u202B',
					'\u2067',
					'\u200F',
					'\u200E',
					'\u2069',
					'\uD800',
					'\uDFFF',
					'\u0000',
					'\n',
					'\t',
					'👩‍👩‍👧‍👦',
					'🏳️‍🌈',
					'1️⃣',
					'🇬🇪',
					'ق',
					'ש',
					'ა',
					'漢',
					'\u0301',
					'\uFEFF',
					'\uFFFF',
					'\u{10FFFF}'
				),
				{ maxLength: 20 }
			)
			.map((a) => a.join(''))
	);

	it('takes 10,000 random Unicode strings without an exception, a valid PDF every time', async () => {
		const engine = new TextEngine(loadFontFromDisk);
		const strings = fc.sample(nasty, { numRuns: 10_000, seed: 2026 });
		const footer = { pageOf: 'Page {page} of {pages}', note: 'note' };
		for (let i = 0; i < strings.length; i += 250) {
			const batch = strings.slice(i, i + 250);
			const blocks: Block[] = [
				{ kind: 'text', text: batch[0]!, style: 'h1', anchor: 'a', outline: 1 },
				{
					kind: 'table',
					columns: [
						{ title: batch[1]!, width: 1 },
						{ title: 'b', width: 2 },
					],
					rows: batch.map((s, j) => ({ cells: [s, batch[(j + 7) % batch.length]!] })),
				},
			];
			await engine.prepare(textsOf(blocks, footer));
			const bytes = await renderPdf(
				layoutDocument(blocks, engine, footer),
				engine,
				{
					title: batch[2]!,
					author: batch[3]!,
					subject: 's',
					keywords: [batch[4]!],
					language: 'en',
					date: new Date(0),
				},
				A4
			);
			const doc = await PDFDocument.load(bytes);
			expect(doc.getPageCount()).toBeGreaterThan(0);
		}
	}, 300_000);

	it('makes full reports from fuzzed organisation names, notes and evidence titles', async () => {
		const samples = fc.sample(fc.tuple(nasty, nasty, nasty), { numRuns: 12, seed: 7 });
		for (const [org, notes, title] of samples) {
			const x = input();
			x.assessment.organisation.name = org;
			x.assessment.guidelines['com.mandate']!.notes = notes;
			x.assessment.guidelines['com.mandate']!.evidence[0]!.title = title || 'x';
			const bytes = await generateReport(x, deps);
			expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(3);
		}
	}, 120_000);
});
