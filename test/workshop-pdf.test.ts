/**
 * The workshop PDFs, read back (pdfjs-dist): the participant handout and the facilitator guide
 * of a pack of shipped guidelines (cover, agenda times, each guideline, the chosen questions
 * only, the facilitator notes in the guide only, check-in dates, the exercises' tables), a
 * Georgian pack, a guideline the library lacks, the same bytes for the same input and date,
 * a pack at the size limit, poppler's and qpdf's view of one handout; and the layout's
 * writing space (ruled lines, rows kept tall, a grid).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessStrings } from '../src/components/assess/strings.ts';
import { buildCatalogue, type Catalogue } from '../src/domain/assessment/catalogue.ts';
import type { Locale } from '../src/domain/locales.ts';
import { buildLibrary, type Library } from '../src/domain/pack/model.ts';
import { createWorkshop, newItem, type Workshop } from '../src/domain/workshop/model.ts';
import { buildWorkshopTexts, type WorkshopTexts } from '../src/domain/workshop/texts.ts';
import { handoutEn } from '../src/i18n/handout.en.ts';
import { handoutKa } from '../src/i18n/handout.ka.ts';
import { readPack } from '../src/pack/read.ts';
import { loadFontFromDisk } from '../src/report/fonts-fs.ts';
import { generateWorkshopPdf, type WorkshopPdfInput } from '../src/report/generate.ts';
import { A4, layoutDocument, textsOf, type Block } from '../src/report/layout/layout.ts';
import { TextEngine } from '../src/report/text/engine.ts';
import { inkIn, pdfTools, qpdfCheck, readPdf, renderPage, tempPdf } from './lib/pdf.ts';

const haveTools = await pdfTools();
const deps = { loadFont: loadFontFromDisk };

let library: Library;
const catalogues = new Map<Locale, Catalogue>();
const textsOf_ = new Map<Locale, WorkshopTexts>();

beforeAll(async () => {
	const { pack, issues } = await readPack(path.resolve('content'));
	expect(issues).toEqual([]);
	library = buildLibrary(pack);
});

function catalogueOf(locale: Locale): Catalogue {
	if (!catalogues.has(locale)) catalogues.set(locale, buildCatalogue(library, locale));
	return catalogues.get(locale)!;
}
function textsFor(locale: Locale): WorkshopTexts {
	if (!textsOf_.has(locale)) textsOf_.set(locale, buildWorkshopTexts(library, locale));
	return textsOf_.get(locale)!;
}

const FRAUD = 'gg.error-evasion-fraud';
const MANDATE = 'com.mandate';
const RECRUIT = 'gg.recruitment-selection-promotion';
const NOTES = 'Start with the pension-office case and let the auditors speak first.';

/** Three shipped guidelines: times, notes, questions and exercises of each kind. */
function pack(overrides: Partial<Workshop> = {}): Workshop {
	return {
		...createWorkshop(
			{
				title: 'Governance and communication day',
				audience: 'Heads of unit',
				date: '2026-01-31',
				duration: 180,
				language: 'en',
				facilitator: 'Ana Trainer',
			},
			'w-pdf',
			'2026-01-01T08:00:00.000Z'
		),
		start: '08:30',
		opening: 15,
		closing: 25,
		preparation: 'Bring the latest annual report of your institution.',
		items: [
			{
				...newItem(FRAUD, 3),
				minutes: 45,
				notes: NOTES,
				questions: [2, 0, 9],
				exercises: ['worksheet', 'evidence', 'practice'],
			},
			{ ...newItem(MANDATE, 3), minutes: 30, questions: [1], exercises: ['practice'] },
			{ ...newItem(RECRUIT, 3), minutes: 25, questions: [], exercises: ['evidence'] },
		],
		...overrides,
	};
}

function input(overrides: Partial<WorkshopPdfInput> = {}): WorkshopPdfInput {
	const locale = overrides.locale ?? 'en';
	return {
		workshop: pack(),
		catalogue: catalogueOf(locale),
		texts: textsFor(locale),
		strings: assessStrings(locale),
		locale,
		kind: 'handout',
		date: '2026-01-15',
		...overrides,
	};
}

const guidelineOf = (id: string, locale: Locale = 'en') =>
	catalogueOf(locale)
		.sets.flatMap((s) => s.guidelines.map((g) => ({ set: s.code, g })))
		.find((x) => x.g.id === id)!;
const heading = (id: string, locale: Locale = 'en') => {
	const { set, g } = guidelineOf(id, locale);
	return `${set.toUpperCase()} ${g.number}. ${g.title}`;
};
const collapse = (s: string) => s.replace(/\s+/g, ' ');
const medium = (iso: string) =>
	new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
		new Date(`${iso}T00:00:00Z`)
	);

describe('the participant handout', () => {
	it('has the cover, the preparation template, the agenda and each guideline with its exercises', async () => {
		const pdf = await readPdf(await generateWorkshopPdf(input(), deps));
		const all = pdf.all;
		expect(all).toContain(handoutEn['handout.title.handout']);
		expect(all).toContain('Governance and communication day');
		expect(all).toContain('Ana Trainer');
		expect(all).toContain('not ISSA material');
		expect(all).toContain('endorsed by the ISSA');
		expect(all).toContain('Bring the latest annual report of your institution.');
		// The four prompts of the statement of purpose.
		for (const prompt of [
			'Your institution and your role',
			'What obstacles do you meet?',
			'What do you expect from the workshop?',
		])
			expect(all).toContain(prompt);
		expect(all).toContain('Implementing Planned Not yet');
		// Agenda: 08:30 + 15 opening, 45, 30, 25, 25 closing.
		for (const slot of ['08:30–08:45', '08:45–09:30', '09:30–10:00', '10:00–10:25', '10:25–10:50'])
			expect(all).toContain(slot);
		// Each guideline, in pack order, in the outline too.
		const outline = pdf.outline.join(' | ');
		const positions = [FRAUD, MANDATE, RECRUIT].map((id) => {
			expect(all).toContain(heading(id));
			return outline.indexOf(heading(id));
		});
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	}, 60_000);

	it('prints only the chosen questions and never the facilitator notes', async () => {
		const pdf = await readPdf(await generateWorkshopPdf(input(), deps));
		const questions = textsFor('en')[FRAUD]!.questions;
		expect(questions.length).toBeGreaterThanOrEqual(3);
		expect(pdf.all).toContain(collapse(questions[0]!));
		expect(pdf.all).toContain(collapse(questions[2]!));
		expect(pdf.all).not.toContain(collapse(questions[1]!));
		const mandate = textsFor('en')[MANDATE]!.questions;
		expect(pdf.all).toContain(collapse(mandate[1]!));
		expect(pdf.all).not.toContain(collapse(mandate[0]!));
		// No question of the guideline whose questions were all deselected.
		for (const q of textsFor('en')[RECRUIT]!.questions) expect(pdf.all).not.toContain(collapse(q));
		expect(pdf.all).not.toContain(NOTES);
		expect(pdf.all).not.toContain(handoutEn['handout.guide.notes']);
	}, 60_000);

	it('has the exercises’ tables and the follow-up with the computed check-in dates', async () => {
		const pdf = await readPdf(await generateWorkshopPdf(input(), deps));
		const all = pdf.all;
		// Worksheet: the five levels with their descriptions and a column to tick.
		const en = assessStrings('en');
		for (const l of [0, 1, 2, 3, 4] as const) {
			expect(all).toContain(en[`scale.level.${l}`]);
			expect(all).toContain(en[`scale.hint.${l}`]);
		}
		expect(all).toContain(handoutEn['handout.col.tick']);
		// Evidence hunt and practice check: our items with the empty columns to fill.
		expect(all).toContain('Where we keep it Who owns it');
		expect(all).toContain('In place Partly Not yet');
		for (const e of textsFor('en')[RECRUIT]!.evidence) expect(all).toContain(collapse(e));
		for (const m of textsFor('en')[MANDATE]!.mechanism) expect(all).toContain(collapse(m));
		// Action plan template and check-ins, a month after 31 January being 28 February.
		expect(all).toContain('Action Guideline Owner Due How progress will show');
		for (const day of ['2026-02-28', '2026-03-31', '2026-04-30'])
			expect(all).toContain(medium(day));
		expect(all).toContain('Check-in after 1 month');
		expect(all).toContain('Check-in after 3 months');
		expect(all).toContain(handoutEn['handout.checkIn.review.2']);
		expect(all).not.toContain(handoutEn['handout.checkIn.ask.2']);
	}, 60_000);

	it('says the check-in dates are to be set when the pack has no date', async () => {
		const pdf = await readPdf(
			await generateWorkshopPdf(input({ workshop: pack({ date: null }) }), deps)
		);
		expect(pdf.all).toContain('Date to be set');
		expect(pdf.all).not.toContain(medium('2026-02-28'));
	}, 60_000);
});

describe('the facilitator guide', () => {
	it('adds the timings, the notes, every question marked and what to listen for', async () => {
		const pdf = await readPdf(await generateWorkshopPdf(input({ kind: 'guide' }), deps));
		const all = pdf.all;
		expect(all).toContain(handoutEn['handout.title.guide']);
		expect(all).toContain(NOTES);
		expect(all).toContain('Time allotted: 45 minutes, from 08:45 to 09:30.');
		expect(all).toContain('Time allotted: 25 minutes, from 10:00 to 10:25.');
		for (const q of textsFor('en')[FRAUD]!.questions) expect(all).toContain(collapse(q));
		// The one deselected question of the first guideline is marked so.
		const [q0, q1] = textsFor('en')[FRAUD]!.questions;
		expect(all).toMatch(new RegExp(`${escape(collapse(q0!))} Yes`));
		expect(all).toMatch(new RegExp(`${escape(collapse(q1!))} No`));
		for (const e of textsFor('en')[FRAUD]!.evidence) expect(all).toContain(collapse(e));
		expect(all).toContain(handoutEn['handout.guide.listen']);
		expect(all).toContain(handoutEn['handout.guide.run.worksheet']);
		expect(all).toContain(handoutEn['handout.checkIn.ask.2']);
		expect(all).toContain(medium('2026-04-30'));
	}, 60_000);
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('languages, unknown guidelines, determinism, size', () => {
	it('writes a Georgian pack in Georgian, with the Georgian titles', async () => {
		const pdf = await readPdf(
			await generateWorkshopPdf(
				input({
					locale: 'ka',
					workshop: pack({
						language: 'ka',
						items: pack().items.filter((i) => i.guideline !== MANDATE),
					}),
				}),
				deps
			)
		);
		expect(pdf.all).toContain(handoutKa['handout.title.handout']);
		expect(pdf.all).toContain(handoutKa['handout.checkIns']);
		const title = guidelineOf(FRAUD, 'ka').g.title;
		expect(title).toMatch(/[\u10D0-\u10FF]/);
		expect(pdf.all).toContain(heading(FRAUD, 'ka'));
		expect(pdf.all).toContain(collapse(textsFor('ka')[FRAUD]!.questions[0]!));
		expect(pdf.all).not.toContain(handoutEn['handout.title.handout']);
	}, 60_000);

	it('leaves out a guideline the library lacks, and says so', async () => {
		const withUnknown = pack();
		withUnknown.items.splice(1, 0, { ...newItem('zz.not-in-library', 2), notes: 'lost' });
		const pdf = await readPdf(
			await generateWorkshopPdf(input({ workshop: withUnknown, kind: 'guide' }), deps)
		);
		expect(pdf.all).toContain(
			'1 guideline of the pack is not in this library (the pack may come from another version of the site) and is left out.'
		);
		expect(pdf.all).not.toContain('zz.not-in-library');
		// Its minutes are not in the agenda: the next session starts when the first ends.
		expect(pdf.all).toContain('09:30–10:00');
		expect(pdf.all).toContain(heading(MANDATE));
	}, 60_000);

	it('is the same bytes for the same input and date', async () => {
		const [a, b] = await Promise.all([
			generateWorkshopPdf(input(), deps),
			generateWorkshopPdf(input(), deps),
		]);
		expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
		const other = await generateWorkshopPdf(input({ date: '2026-01-16' }), deps);
		expect(Buffer.compare(Buffer.from(a), Buffer.from(other))).not.toBe(0);
		const guide = await generateWorkshopPdf(input({ kind: 'guide' }), deps);
		expect(Buffer.compare(Buffer.from(a), Buffer.from(guide))).not.toBe(0);
	}, 60_000);

	it('paginates a pack of 100 long-titled guidelines with long notes', async () => {
		const long = 'with a deliberately long title that has to wrap over several lines '.repeat(3);
		const base = catalogueOf('en');
		const catalogue: Catalogue = {
			...base,
			sets: base.sets.map((s) => ({
				...s,
				guidelines: s.guidelines.map((g) => ({ ...g, title: `${g.title} ${long}` })),
			})),
		};
		const ids = catalogue.sets.flatMap((s) => s.guidelines.map((g) => g.id)).slice(0, 100);
		expect(ids).toHaveLength(100);
		const big = pack({
			duration: 720,
			items: ids.map((id, i) => ({
				...newItem(id, 10),
				minutes: 5,
				notes: `${'note '.repeat(900)}${i}`,
				exercises: ['worksheet', 'evidence', 'practice'],
			})),
		});
		for (const kind of ['handout', 'guide'] as const) {
			const bytes = await generateWorkshopPdf(input({ workshop: big, catalogue, kind }), deps);
			const pdf = await readPdf(bytes);
			expect(pdf.pageCount).toBeGreaterThan(100);
			expect(pdf.outline.filter((t) => t.includes(long.trim().slice(0, 40)))).toHaveLength(100);
			const right = A4.width - A4.margin.right + 1;
			for (const page of pdf.pages)
				for (const item of page) expect(item.x + item.width).toBeLessThanOrEqual(right);
			for (let i = 0; i < pdf.pageCount; i++)
				expect(pdf.pages[i]!.map((x) => x.str).join(' ')).toContain(
					`Page ${i + 1} of ${pdf.pageCount}`
				);
			if (kind === 'handout') expect(pdf.all).not.toContain('note note');
			else expect(pdf.all).toContain('note note');
		}
	}, 120_000);

	it.skipIf(!haveTools)(
		'draws ink where its words are, with no font warning and a clean structure (poppler, qpdf)',
		async () => {
			const bytes = await generateWorkshopPdf(
				input({ locale: 'ka', workshop: pack({ language: 'ka' }) }),
				deps
			);
			const pdf = await readPdf(bytes);
			const file = await tempPdf(bytes, 'handout.pdf');
			expect((await qpdfCheck(file)).code).toBe(0);
			let checked = 0;
			for (let page = 1; page <= pdf.pageCount; page++) {
				const raster = await renderPage(file, page);
				expect(raster.warnings).toBe('');
				for (const item of pdf.pages[page - 1]!) {
					if (item.str.trim().length < 4) continue;
					expect(
						inkIn(raster, item, A4.height),
						`ink for “${item.str}” on page ${page}`
					).toBeGreaterThan(3);
					checked++;
				}
			}
			expect(checked).toBeGreaterThan(50);
		},
		60_000
	);
});

describe('writing space in the layout', () => {
	const footer = { pageOf: 'Page {page} of {pages}', note: 'note' };

	it('rules lines to write on, across pages, and keeps rows tall with a grid', async () => {
		const engine = new TextEngine(loadFontFromDisk);
		const blocks: Block[] = [
			{ kind: 'text', text: 'Write here', style: 'body' },
			{ kind: 'lines', count: 50, spacing: 20 },
			{
				kind: 'table',
				grid: true,
				columns: [
					{ title: 'Item', width: 2 },
					{ title: 'Where', width: 1 },
				],
				rows: [{ cells: ['short', ''], minHeight: 40 }, { cells: ['short', ''] }],
			},
		];
		await engine.prepare(textsOf(blocks, footer));
		const layout = layoutDocument(blocks, engine, footer);
		const rules = layout.pages.flatMap((page, p) =>
			page.boxes.flatMap((b) => (b.kind === 'rule' ? [{ ...b, page: p }] : []))
		);
		const full = A4.width - A4.margin.left - A4.margin.right;
		const bottom = A4.height - A4.margin.bottom;
		// 50 ruled lines 20 pt apart do not fit one page: they continue on the next, inside the margins.
		const lines = rules.filter(
			(r) => r.y1 === r.y2 && Math.abs(r.x2 - r.x1 - full) < 0.01 && r.width === 0.5
		);
		expect(lines).toHaveLength(50);
		expect(new Set(lines.map((r) => r.page)).size).toBe(2);
		for (const r of lines) expect(r.y1).toBeLessThanOrEqual(bottom);
		const onFirst = lines.filter((r) => r.page === 0).map((r) => r.y1);
		expect(onFirst[1]! - onFirst[0]!).toBeCloseTo(20);
		// The grid: vertical rules at both sides and between the columns; the tall row is ≥ 40 pt.
		const verticals = rules.filter((r) => r.x1 === r.x2);
		expect(new Set(verticals.map((r) => Math.round(r.x1))).size).toBe(3);
		const heights = verticals.filter((r) => r.x1 === A4.margin.left).map((r) => r.y2 - r.y1);
		expect(heights).toHaveLength(3); // header and two rows
		expect(heights[1]).toBeGreaterThanOrEqual(40);
		expect(heights[2]).toBeLessThan(20);
	});
});
