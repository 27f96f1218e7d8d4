/**
 * The assessment model: which guidelines a scope rates, the agency's own guidelines (typed or
 * pasted), changes as operations (two tabs never undo each other's field), progress, and the
 * sample assessment.
 */
import { describe, expect, it } from 'vitest';
import { demoAssessment } from '../src/domain/assessment/demo.ts';
import { assessmentCsv, CSV_COLUMNS } from '../src/domain/assessment/csv.ts';
import {
	assessedSets,
	parseGuidelineList,
	planAdditions,
	titleKey,
} from '../src/domain/assessment/guidelines.ts';
import { applyHeaderOps, applyRecordOps, type RecordOp } from '../src/domain/assessment/ops.ts';
import { checkAssessment } from '../src/domain/assessment/parse.ts';
import { summarize, summarizeSet } from '../src/domain/assessment/scoring.ts';
import { assessment, catalogue, phrases, record } from './fixtures/assessment.ts';

describe('assessedSets', () => {
	it('lists the library guidelines and the agency’s own in number order', () => {
		const a = assessment({
			customGuidelines: [
				{
					id: 'custom.com.3',
					set: 'com',
					number: 3,
					title: 'Our third',
					part: 'B',
					section: 'B.1',
					matches: null,
				},
				{
					id: 'custom.com.9',
					set: 'com',
					number: 9,
					title: 'Extra part',
					part: 'D',
					section: null,
					matches: null,
				},
			],
		});
		const [com] = assessedSets(a, catalogue);
		expect(com!.guidelines.map((g) => [g.number, g.id, g.custom])).toEqual([
			[1, 'com.mandate', false],
			[2, 'com.planning', false],
			[3, 'custom.com.3', true],
			[4, 'com.tools', false],
			[9, 'custom.com.9', true],
		]);
		expect(com!.parts.map((p) => p.id)).toEqual(['A', 'B', 'D']);
	});

	it('with the agency’s own list, rates only that list, linked where titles match', () => {
		const a = assessment({
			scope: [{ set: 'com', edition: '2011', list: 'own' }],
			customGuidelines: [
				{
					id: 'custom.com.1',
					set: 'com',
					number: 1,
					title: 'Planning',
					part: 'A',
					section: null,
					matches: 'com.planning',
				},
			],
		});
		const [com] = assessedSets(a, catalogue);
		expect(com!.guidelines).toEqual([
			expect.objectContaining({
				id: 'custom.com.1',
				libraryId: 'com.planning',
				statement: expect.any(String) as unknown,
			}),
		]);
	});

	it('keeps a set the library lacks, with the agency’s guidelines only', () => {
		const a = assessment({
			scope: [{ set: 'hrm', edition: '2022', list: 'library' }],
			customGuidelines: [
				{
					id: 'custom.hrm.1',
					set: 'hrm',
					number: 1,
					title: 'People strategy',
					part: 'A',
					section: null,
					matches: null,
				},
			],
		});
		const [hrm] = assessedSets(a, catalogue);
		expect(hrm!.catalogue).toBeUndefined();
		expect(hrm!.guidelines.map((g) => g.id)).toEqual(['custom.hrm.1']);
	});
});

describe('parseGuidelineList', () => {
	it.each([
		{ line: '12. Risk management', number: 12, title: 'Risk management' },
		{ line: '12\tRisk management', number: 12, title: 'Risk management' },
		{ line: 'Guideline 7: Data protection', number: 7, title: 'Data protection' },
		{ line: '  3 ) Ethics ', number: 3, title: 'Ethics' },
		{ line: '5 – Სამართლიანობა', number: 5, title: 'Სამართლიანობა' },
		{ line: '40 Review of the 2019 plan', number: 40, title: 'Review of the 2019 plan' },
	])('reads “$line”', ({ line, number, title }) => {
		expect(parseGuidelineList(line, 'A').entries).toEqual([
			{ line: 1, number, title, part: 'A', section: null },
		]);
	});

	it('follows part and section headings, and tab columns override them', () => {
		const text = [
			'A. Principles',
			'1. Mandate',
			'Part B Management',
			'B.1 Planning',
			'2\tPlan',
			'3\tTools\tC\tC.2',
			'',
			'what is this?',
		].join('\n');
		const result = parseGuidelineList(text);
		expect(result.entries.map((e) => [e.number, e.part, e.section])).toEqual([
			[1, 'A', null],
			[2, 'B', 'B.1'],
			[3, 'C', 'C.2'],
		]);
		expect(result.unreadable).toEqual([{ line: 8, text: 'what is this?' }]);
	});
});

describe('planAdditions', () => {
	const entries = parseGuidelineList(
		'1. Mandate of the institution\n2. Communicating the institution’s mandate\n3. Our own\n4. Taken',
		'B'
	).entries;

	it('with the library list: skips titles the library has, refuses numbers taken', () => {
		const plan = planAdditions(assessment(), catalogue, 'com', entries);
		expect(plan.inLibrary.map((x) => x.id)).toEqual(['com.mandate']);
		expect(plan.add.map((c) => c.id)).toEqual(['custom.com.3']);
		expect(plan.refused.map((r) => [r.entry.number, r.reason])).toEqual([
			[1, 'number-taken'],
			[4, 'number-taken'],
		]);
	});

	it('with an own list: adds every line, linking matching titles', () => {
		const own = assessment({ scope: [{ set: 'com', edition: '2011', list: 'own' }] });
		const plan = planAdditions(own, catalogue, 'com', entries);
		expect(plan.add.map((c) => [c.id, c.matches])).toEqual([
			['custom.com.1', null],
			['custom.com.2', 'com.mandate'],
			['custom.com.3', null],
			['custom.com.4', null],
		]);
	});

	it('compares titles without case, accents or punctuation', () => {
		expect(titleKey('Sécurité  sociale: l’État!')).toBe(titleKey('securite sociale l etat'));
	});
});

describe('operations', () => {
	const at = '2026-11-29T10:00:00.000Z';
	const evidence = (id: string) => ({
		id,
		title: id,
		kind: 'other' as const,
		reference: '',
		date: null,
		owner: '',
	});

	it('two tabs changing different fields of one guideline both keep their change', () => {
		const stored = record({ level: 1, notes: 'old' });
		const tabA: RecordOp[] = [{ op: 'level', value: 3 }];
		const tabB: RecordOp[] = [
			{ op: 'notes', value: 'new' },
			{ op: 'addEvidence', item: evidence('e-b') },
		];
		const tabC: RecordOp[] = [{ op: 'addEvidence', item: evidence('e-c') }];
		// Each tab's write applies its operations to what is stored at that moment.
		const afterA = applyRecordOps(stored, tabA, 'a1', at);
		const afterB = applyRecordOps(afterA, tabB, 'a2', at);
		const afterC = applyRecordOps(afterB, tabC, 'a1', at);
		expect(afterC).toMatchObject({
			level: 3,
			notes: 'new',
			evidence: [evidence('e-b'), evidence('e-c')],
		});
	});

	it('a level ends N/A and N/A clears the level', () => {
		const na = applyRecordOps(
			record({ level: 2 }),
			[{ op: 'notApplicable', value: { reason: 'r' } }],
			null,
			at
		);
		expect(na).toMatchObject({ level: null, notApplicable: { reason: 'r' } });
		expect(applyRecordOps(na, [{ op: 'level', value: 1 }], null, at)).toMatchObject({
			level: 1,
			notApplicable: null,
		});
	});

	it('stamps who and when, and updates or removes items by id', () => {
		const r = applyRecordOps(
			record({ evidence: [evidence('e1'), evidence('e2')] }),
			[
				{ op: 'updateEvidence', id: 'e1', fields: { title: 'Renamed' } },
				{ op: 'removeEvidence', id: 'e2' },
			],
			'a2',
			at
		);
		expect(r).toMatchObject({
			evidence: [{ id: 'e1', title: 'Renamed' }],
			changedBy: 'a2',
			changedAt: at,
		});
	});

	it('an export does not count as a change of the assessment', () => {
		const h = assessment();
		expect(applyHeaderOps(h, [{ op: 'exported', at }], at)).toMatchObject({
			updatedAt: h.updatedAt,
			lastExportedAt: at,
		});
		expect(applyHeaderOps(h, [{ op: 'title', value: 'T' }], at)).toMatchObject({
			updatedAt: at,
			title: 'T',
		});
	});
});

describe('progress', () => {
	it('counts rated against applicable, per set and part', () => {
		const a = assessment({
			guidelines: {
				'com.mandate': record({ level: 2 }),
				'com.tools': record({ notApplicable: { reason: 'none' } }),
			},
		});
		const [set] = assessedSets(a, catalogue);
		const s = summarizeSet(set!, a.guidelines);
		expect(s.summary.counts).toEqual({
			all: 3,
			applicable: 2,
			rated: 1,
			notApplicable: 1,
			withEvidence: 0,
		});
		expect(s.summary.completeness).toBe(0.5);
		expect(s.parts.map((p) => [p.part, p.summary.completeness])).toEqual([
			['A', 1],
			['B', 0],
		]);
		expect(summarize([], {}).completeness).toBeNull();
	});
});

describe('the sample assessment', () => {
	const demo = demoAssessment(catalogue, phrases, { now: '2026-11-29T12:00:00.000Z', seed: 7 });

	it('is a valid file with two assessors and one guideline of the agency’s own', () => {
		expect(checkAssessment(JSON.parse(JSON.stringify(demo)))).toMatchObject({ ok: true });
		expect(demo.assessors).toHaveLength(2);
		expect(demo.customGuidelines).toEqual([
			expect.objectContaining({ id: 'custom.com.3', number: 3, part: 'B' }),
		]);
	});

	it('is the same for the same seed and date, and differs for another seed', () => {
		const again = demoAssessment(catalogue, phrases, { now: '2026-11-29T12:00:00.000Z', seed: 7 });
		expect(again).toEqual(demo);
		expect(
			demoAssessment(catalogue, phrases, { now: '2026-11-29T12:00:00.000Z', seed: 8 })
		).not.toEqual(demo);
	});
});

describe('CSV', () => {
	it('writes one row per guideline and escapes formulas', () => {
		const a = assessment({
			guidelines: { 'com.mandate': record({ level: 3, notes: '=HYPERLINK("x")' }) },
		});
		const headings = Object.fromEntries(CSV_COLUMNS.map((c) => [c, c.toUpperCase()])) as Record<
			(typeof CSV_COLUMNS)[number],
			string
		>;
		const csv = assessmentCsv(a, assessedSets(a, catalogue), headings, 'yes');
		const lines = csv.split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[1]).toContain('"\'=HYPERLINK(""x"")"');
		expect(lines[1]!.startsWith('COM,2016,1,com.mandate,')).toBe(true);
	});
});
