/**
 * The scores exactly as DESIGN fixes them, each with its breakdown; readiness and its blockers;
 * chart geometry; comparison of two states; and the merge of several assessors' files. Table
 * rows for each formula case, and property tests (fast-check) for the invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessedGuideline } from '../src/domain/assessment/guidelines.ts';
import { assessedSets } from '../src/domain/assessment/guidelines.ts';
import { compareAssessments } from '../src/domain/assessment/compare.ts';
import { guidelineGrid, partChart, polygonPath } from '../src/domain/assessment/charts.ts';
import {
	applyDecisions,
	planMerge,
	preferNewest,
	undecided,
	type MergePlan,
} from '../src/domain/assessment/merge.ts';
import type { Evidence, GuidelineRecord } from '../src/domain/assessment/model.ts';
import { checkAssessment } from '../src/domain/assessment/parse.ts';
import {
	largestGaps,
	readiness,
	reportScope,
	summarize,
	summaryJson,
} from '../src/domain/assessment/scoring.ts';
import { assessment, catalogue, record } from './fixtures/assessment.ts';

/** Guidelines g1…gn of one part. */
const gs = (n: number, custom = false): AssessedGuideline[] =>
	Array.from({ length: n }, (_, i) => ({
		id: `x.g${i + 1}`,
		set: 'x',
		number: i + 1,
		part: 'A',
		section: null,
		title: `G${i + 1}`,
		statement: null,
		custom,
		libraryId: null,
		fallback: false,
	}));

const ev = (id = 'e1'): Evidence => ({
	id,
	title: id,
	kind: 'other',
	reference: '',
	date: null,
	owner: '',
});

/** Records by position: r[i] is g(i+1)'s record; undefined leaves it untouched. */
const recs = (...list: (Partial<GuidelineRecord> | undefined)[]) =>
	Object.fromEntries(list.flatMap((r, i) => (r ? [[`x.g${i + 1}`, record(r)]] : [])));

describe('score, completeness, coverage, percent-to-target', () => {
	it.each([
		{
			name: 'plain mean of levels',
			records: recs({ level: 2 }, { level: 4 }),
			score: 3,
			completeness: 1,
			coverage: 0,
			toTarget: 1 - 1 / 6,
		},
		{
			name: 'weights count',
			records: recs({ level: 1, weight: 3 }, { level: 4, weight: 1 }),
			score: 7 / 4,
			completeness: 1,
			coverage: 0,
			toTarget: 1 - 6 / 12,
		},
		{
			name: 'N/A is left out of everything',
			records: recs({ level: 4 }, { notApplicable: { reason: 'r' } }),
			score: 4,
			completeness: 1,
			coverage: 0,
			toTarget: 1,
		},
		{
			name: 'unrated counts against completeness, not the score',
			records: recs({ level: 2, evidence: [ev()] }, undefined),
			score: 2,
			completeness: 0.5,
			coverage: 0.5,
			toTarget: 1 - 1 / 3,
		},
		{
			name: 'nothing rated: no score, no percent-to-target',
			records: recs(undefined, undefined),
			score: null,
			completeness: 0,
			coverage: 0,
			toTarget: null,
		},
		{
			name: 'targets of 0: percent-to-target undefined',
			records: recs({ level: 2, target: 0 }, { level: 0, target: 0 }),
			score: 1,
			completeness: 1,
			coverage: 0,
			toTarget: null,
		},
		{
			name: 'over-achievement does not offset a gap',
			records: recs({ level: 4, target: 2 }, { level: 1, target: 3 }),
			score: 2.5,
			completeness: 1,
			coverage: 0,
			toTarget: 1 - 2 / 5,
		},
		{
			name: 'everything N/A: all undefined',
			records: recs({ notApplicable: { reason: 'a' } }, { notApplicable: { reason: 'b' } }),
			score: null,
			completeness: null,
			coverage: null,
			toTarget: null,
		},
	])('$name', ({ records, score, completeness, coverage, toTarget }) => {
		const s = summarize(gs(2), records);
		if (score === null) expect(s.score).toBeNull();
		else expect(s.score).toBeCloseTo(score);
		expect(s.percent).toBe(s.score === null ? null : s.score / 4);
		expect(s.completeness).toBe(completeness);
		expect(s.evidenceCoverage).toBe(coverage);
		if (toTarget === null) expect(s.percentToTarget).toBeNull();
		else expect(s.percentToTarget).toBeCloseTo(toTarget);
	});

	it('gives the breakdown it computed from', () => {
		const s = summarize(
			gs(3),
			recs({ level: 1, weight: 2, target: 3 }, { notApplicable: { reason: 'no' } }, undefined)
		);
		expect(s.rows.map((r) => [r.id, r.status, r.level, r.weight, r.weightedGap, r.reason])).toEqual(
			[
				['x.g1', 'rated', 1, 2, 4, null],
				['x.g2', 'not-applicable', null, 1, 0, 'no'],
				['x.g3', 'unrated', null, 1, 0, null],
			]
		);
		expect(s.sums).toEqual({ weight: 2, weightedLevel: 2, weightedGap: 4, weightedTarget: 6 });
	});

	it('scores the agency’s own guidelines like any other', () => {
		expect(summarize(gs(2, true), recs({ level: 3 }, { level: 1 })).score).toBe(2);
	});
});

describe('readiness (this tool’s heuristic)', () => {
	it.each([
		{
			name: 'ready: every applicable guideline ≥ 3 with evidence',
			records: recs(
				{ level: 3, evidence: [ev()] },
				{ level: 4, evidence: [ev()] },
				{ notApplicable: { reason: 'r' } }
			),
			ready: true,
			blockers: [],
		},
		{
			name: 'unrated',
			records: recs({ level: 3, evidence: [ev()] }, undefined, { level: 4, evidence: [ev()] }),
			ready: false,
			blockers: [['x.g2', ['unrated', 'no-evidence']]],
		},
		{
			name: 'below 3',
			records: recs(
				{ level: 2, evidence: [ev()] },
				{ level: 3, evidence: [ev()] },
				{ level: 3, evidence: [ev()] }
			),
			ready: false,
			blockers: [['x.g1', ['below-3']]],
		},
		{
			name: 'no evidence',
			records: recs({ level: 4 }, { level: 3, evidence: [ev()] }, { level: 3, evidence: [ev()] }),
			ready: false,
			blockers: [['x.g1', ['no-evidence']]],
		},
	])('$name', ({ records, ready, blockers }) => {
		const r = readiness(summarize(gs(3), records));
		expect(r.ready).toBe(ready);
		expect(r.blockers.map((b) => [b.id, b.reasons])).toEqual(blockers);
	});

	it('is not ready when nothing applies', () => {
		expect(readiness(summarize(gs(1), recs({ notApplicable: { reason: 'r' } })))).toMatchObject({
			ready: false,
			empty: true,
		});
	});

	it('lists the largest weighted gaps first', () => {
		const s = summarize(
			gs(3),
			recs({ level: 2, target: 3 }, { level: 0, target: 4 }, { level: 1, target: 3, weight: 2 })
		);
		expect(largestGaps(s).map((r) => [r.id, r.weightedGap])).toEqual([
			['x.g2', 4],
			['x.g3', 4],
			['x.g1', 1],
		]);
	});
});

describe('properties', () => {
	const recordArb = fc.record({
		level: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
		na: fc.boolean(),
		target: fc.integer({ min: 0, max: 4 }),
		weight: fc.double({ min: 0.1, max: 100, noNaN: true }),
		evidence: fc.integer({ min: 0, max: 2 }),
	});
	const scenario = fc.array(recordArb, { minLength: 1, maxLength: 30 }).map((list) => ({
		guidelines: gs(list.length),
		records: recs(
			...list.map((r) => ({
				level: r.na ? null : r.level,
				notApplicable: r.na ? { reason: 'n/a' } : null,
				target: r.target,
				weight: r.weight,
				evidence: Array.from({ length: r.evidence }, (_, i) => ev(`e${i}`)),
			}))
		),
	}));

	it('keeps every figure within its bounds', () => {
		fc.assert(
			fc.property(scenario, ({ guidelines, records }) => {
				const s = summarize(guidelines, records);
				for (const [value, max] of [
					[s.score, 4],
					[s.percent, 1],
					[s.completeness, 1],
					[s.evidenceCoverage, 1],
					[s.percentToTarget, 1],
				] as const) {
					if (value === null) continue;
					expect(value).toBeGreaterThanOrEqual(-1e-9);
					expect(value).toBeLessThanOrEqual(max + 1e-9);
				}
			})
		);
	});

	it('does not depend on the order or the titles of the guidelines', () => {
		fc.assert(
			fc.property(scenario, fc.integer(), ({ guidelines, records }, seed) => {
				const shuffled = [...guidelines]
					.map((g, i) => ({
						g: { ...g, title: `${seed}-${i}`, number: 1000 - i },
						k: Math.sin(seed + i),
					}))
					.sort((a, b) => a.k - b.k)
					.map((x) => x.g);
				const a = summarize(guidelines, records);
				const b = summarize(shuffled, records);
				for (const key of [
					'score',
					'completeness',
					'evidenceCoverage',
					'percentToTarget',
				] as const) {
					if (a[key] === null) expect(b[key]).toBeNull();
					else expect(b[key]).toBeCloseTo(a[key], 9);
				}
			})
		);
	});

	it('merging a file with itself changes nothing and finds no conflict', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
				const a = assessment({
					guidelines: {
						'com.mandate': record({
							level: seed % 5,
							notes: `n${seed}`,
							evidence: [ev('e1')],
							changedAt: '2026-11-01T00:00:00.000Z',
							changedBy: 'a1',
						}),
						'com.tools': record({
							notApplicable: { reason: 'r' },
							changedAt: '2026-11-02T00:00:00.000Z',
							changedBy: 'a2',
						}),
					},
				});
				const plan = planMerge(
					[
						{ label: 'x', assessment: a },
						{ label: 'y', assessment: a },
					],
					catalogue,
					{ id: 'm', title: 'M', now: a.createdAt }
				) as MergePlan;
				expect(plan.conflicts).toEqual([]);
				const merged = applyDecisions(plan, {});
				for (const [id, r] of Object.entries(a.guidelines)) {
					const { ratings: _r, ...m } = merged.guidelines[id]!;
					expect(m).toEqual(r);
				}
			}),
			{ numRuns: 50 }
		);
	});
});

describe('reports and the summary JSON', () => {
	it('prints exactly the fields gw summary promises, unrounded', () => {
		const a = assessment({
			guidelines: { 'com.mandate': record({ level: 1 }), 'com.planning': record({ level: 2 }) },
		});
		const json = summaryJson(reportScope(assessedSets(a, catalogue), a.guidelines));
		expect(json).toEqual({
			sets: [
				{
					set: 'com',
					edition: '2016',
					score: 1.5,
					percent: 0.375,
					completeness: 2 / 3,
					evidenceCoverage: 0,
					percentToTarget: 1 - 3 / 6,
					ready: false,
					blockers: ['com.mandate', 'com.planning', 'com.tools'],
					parts: [
						{ part: 'A', score: 1, completeness: 1 },
						{ part: 'B', score: 2, completeness: 0.5 },
					],
				},
			],
		});
	});
});

describe('charts', () => {
	it('draws a radar for three parts or more, with unrated parts at the centre', () => {
		const chart = partChart(
			[
				{ id: 'A', label: 'A', score: 4, target: 3 },
				{ id: 'B', label: 'B', score: null, target: null },
				{ id: 'C', label: 'C', score: 2, target: 4 },
			],
			300,
			300
		);
		if (chart.kind !== 'radar') throw new Error('expected a radar');
		expect(chart.axes.map((a) => a.anchor)).toEqual(['middle', 'start', 'end']);
		expect(chart.score.points[0]).toEqual([150, 150 - chart.radius]);
		expect(chart.score.points[1]).toEqual([150, 150]);
		expect(chart.score.missing).toEqual([false, true, false]);
		expect(chart.rings).toHaveLength(4);
		expect(polygonPath(chart.score.points)).toMatch(/^M 150 \d+ L .* Z$/);
	});

	it('draws bars for fewer than three parts, with the target as a mark', () => {
		const chart = partChart([{ id: 'A', label: 'A', score: 2, target: 3 }], 200, 200);
		if (chart.kind !== 'bar') throw new Error('expected bars');
		const [bar] = chart.bars;
		expect(bar!.y + bar!.height).toBe(chart.baseline);
		expect(bar!.targetY).toBeLessThan(bar!.y);
		expect(chart.ticks.map((t) => t.level)).toEqual([0, 1, 2, 3, 4]);
	});

	it('lays a grid out row by row', () => {
		const grid = guidelineGrid(['a', 'b', 'c'], 2, 10, 2);
		expect(grid.cells.map((c) => [c.item, c.x, c.y])).toEqual([
			['a', 0, 0],
			['b', 12, 0],
			['c', 0, 12],
		]);
		expect([grid.width, grid.height]).toEqual([22, 22]);
	});
});

describe('comparison', () => {
	it('lists level, applicability and evidence changes, and score changes per part', () => {
		const before = assessment({
			guidelines: {
				'com.mandate': record({ level: 1, evidence: [ev('old')] }),
				'com.planning': record({ level: 2 }),
			},
		});
		const after = assessment({
			guidelines: {
				'com.mandate': record({ level: 3, evidence: [ev('new')] }),
				'com.planning': record({ level: 2 }),
				'com.tools': record({ notApplicable: { reason: 'none' } }),
			},
		});
		const c = compareAssessments(before, after, catalogue);
		expect(
			c.guidelines.map((g) => [
				g.id,
				g.level,
				g.notApplicable,
				g.evidenceAdded.map((e) => e.id),
				g.evidenceRemoved.map((e) => e.id),
			])
		).toEqual([
			['com.mandate', { from: 1, to: 3 }, null, ['new'], ['old']],
			['com.tools', null, { from: null, to: 'none' }, [], []],
		]);
		expect(c.scores.map((s) => [s.part, s.from, s.to, s.delta])).toEqual([
			[null, 1.5, 2.5, 1],
			['A', 1, 3, 2],
			['B', 2, 2, 0],
		]);
	});

	it('compares only the sets both sides assess in the same edition', () => {
		const c = compareAssessments(
			assessment(),
			assessment({ scope: [{ set: 'com', edition: '2011', list: 'library' }] }),
			catalogue
		);
		expect(c).toMatchObject({ sets: [], onlyBefore: ['com'], onlyAfter: ['com'] });
	});
});

describe('merge', () => {
	const a1 = assessment({
		id: 'f1',
		assessors: [{ id: 'a1', name: 'Nino', role: 'QA' }],
		guidelines: {
			'com.mandate': record({
				level: 3,
				notes: 'Nino says',
				evidence: [ev('e1')],
				changedBy: 'a1',
				changedAt: '2026-11-01T00:00:00.000Z',
			}),
			'com.planning': record({ level: 2, changedBy: 'a1', changedAt: '2026-11-01T00:00:00.000Z' }),
		},
	});
	const a2 = assessment({
		id: 'f2',
		assessors: [{ id: 'a1', name: 'Giorgi', role: 'Ops' }],
		guidelines: {
			'com.mandate': record({
				level: 2,
				evidence: [{ ...ev('e1'), title: 'e1' }, ev('e2')],
				changedBy: 'a1',
				changedAt: '2026-11-05T00:00:00.000Z',
			}),
			'com.planning': record({
				level: 2,
				target: 4,
				changedBy: 'a1',
				changedAt: '2026-11-02T00:00:00.000Z',
			}),
			'com.tools': record({
				notApplicable: { reason: 'none here' },
				changedBy: 'a1',
				changedAt: '2026-11-02T00:00:00.000Z',
			}),
		},
	});
	const plan = planMerge(
		[
			{ label: 'nino.json', assessment: a1 },
			{ label: 'giorgi.json', assessment: a2 },
		],
		catalogue,
		{ id: 'merged', title: 'Merged', now: '2026-11-29T00:00:00.000Z' }
	) as MergePlan;

	it('merges equal values and one-sided values by themselves, and lists the conflicts', () => {
		expect(plan.conflicts.map((c) => [c.key, c.options.map((o) => [o.who, o.value])])).toEqual([
			[
				'com.mandate#rating',
				[
					['Nino (nino.json)', { level: 3, notApplicable: null }],
					['Giorgi (giorgi.json)', { level: 2, notApplicable: null }],
				],
			],
		]);
		const r = plan.draft.guidelines;
		expect(r['com.planning']).toMatchObject({ level: 2, target: 4 });
		expect(r['com.tools']).toMatchObject({ notApplicable: { reason: 'none here' } });
		expect(r['com.mandate']!.notes).toBe('Nino says');
	});

	it('unites evidence without duplicates and assessors by name, and records who rated what', () => {
		expect(plan.draft.guidelines['com.mandate']!.evidence.map((e) => e.id)).toEqual(['e1', 'e2']);
		expect(plan.draft.assessors.map((a) => [a.id, a.name])).toEqual([
			['a1', 'Nino'],
			['a2', 'Giorgi'],
		]);
		expect(plan.draft.guidelines['com.mandate']!.ratings).toEqual([
			{ by: 'Nino (nino.json)', level: 3, notApplicable: null },
			{ by: 'Giorgi (giorgi.json)', level: 2, notApplicable: null },
		]);
		expect(plan.draft.guidelines['com.mandate']).toMatchObject({
			changedBy: 'a2',
			changedAt: '2026-11-05T00:00:00.000Z',
		});
	});

	it('applies decisions (a pick, an edit, or the newest) into a valid file', () => {
		expect(undecided(plan, {})).toHaveLength(1);
		expect(
			applyDecisions(plan, { 'com.mandate#rating': { option: 0 } }).guidelines['com.mandate']?.level
		).toBe(3);
		expect(
			applyDecisions(plan, { 'com.mandate#rating': { value: { level: 4, notApplicable: null } } })
				.guidelines['com.mandate']?.level
		).toBe(4);
		const newest = applyDecisions(plan, preferNewest(plan));
		expect(newest.guidelines['com.mandate']?.level).toBe(2);
		expect(checkAssessment(JSON.parse(JSON.stringify(newest)))).toMatchObject({ ok: true });
	});

	it('refuses files that share no set, and merges common sets of partly different scopes', () => {
		const other = assessment({ scope: [{ set: 'com', edition: '2011', list: 'library' }] });
		expect(
			planMerge(
				[
					{ label: 'a', assessment: a1 },
					{ label: 'b', assessment: other },
				],
				catalogue,
				{ id: 'm', title: 'M', now: a1.createdAt }
			)
		).toEqual({
			error: { status: 'none', reason: 'no-common-set' },
		});
		const wider = assessment({
			scope: [...a1.scope, { set: 'gg', edition: '2019', list: 'library' }],
		});
		const partial = planMerge(
			[
				{ label: 'a', assessment: a1 },
				{ label: 'b', assessment: wider },
			],
			catalogue,
			{ id: 'm', title: 'M', now: a1.createdAt }
		) as MergePlan;
		expect(partial.scope).toMatchObject({ status: 'partial', dropped: ['gg'] });
	});
});
