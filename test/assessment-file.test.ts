/**
 * The assessment file: what the schema accepts and refuses (each refusal with its JSON path),
 * the migration from version 0, round trips, and a fuzz of damaged files that must be refused
 * cleanly, never with an exception.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoAssessment } from '../src/domain/assessment/demo.ts';
import { serializeAssessment } from '../src/domain/assessment/exchange.ts';
import { MAX_FILE_CHARS, parseAssessmentJson } from '../src/domain/assessment/parse.ts';
import { jsonPath } from '../src/domain/assessment/problems.ts';
import { assessment, catalogue, phrases, record } from './fixtures/assessment.ts';

const json = (value: unknown) => JSON.stringify(value);

describe('a valid file', () => {
	it('is read back unchanged after export', () => {
		const a = assessment({
			guidelines: {
				'com.mandate': record({
					level: 3,
					notes: 'Ნ 🙂 <b>not html</b>',
					evidence: [
						{
							id: 'e1',
							title: 'Report',
							kind: 'report',
							reference: 'https://x.org',
							date: '2026-02-28',
							owner: 'Comms',
						},
					],
					changedBy: 'a1',
					changedAt: '2026-11-02T10:00:00.000Z',
				}),
			},
		});
		const result = parseAssessmentJson(serializeAssessment(a));
		expect(result).toEqual({ ok: true, assessment: a, migratedFrom: null });
	});

	it('fills defaults for target, weight, notes, evidence and actions', () => {
		const file = {
			...assessment(),
			guidelines: {
				'com.mandate': { level: 2, notApplicable: null, changedBy: null, changedAt: null },
			},
		};
		const result = parseAssessmentJson(json(file));
		expect(result.ok && result.assessment.guidelines['com.mandate']).toEqual(record({ level: 2 }));
	});

	it('serialises the same assessment to the same bytes', () => {
		const demo = demoAssessment(catalogue, phrases, { now: '2026-11-29T12:00:00.000Z', seed: 3 });
		const shuffled = {
			...demo,
			guidelines: Object.fromEntries(Object.entries(demo.guidelines).reverse()),
		};
		expect(serializeAssessment(shuffled)).toBe(serializeAssessment(demo));
	});
});

/** Files that must be refused, the path named and the problem found. */
const refusals: { name: string; text: () => string; path: string; code: string }[] = [
	{ name: 'empty file', text: () => '  ', path: '$', code: 'empty-file' },
	{ name: 'not JSON', text: () => 'hello', path: '$', code: 'not-json' },
	{
		name: 'truncated',
		text: () => serializeAssessment(assessment()).slice(0, 100),
		path: '$',
		code: 'not-json',
	},
	{ name: 'an array', text: () => '[1,2]', path: '$', code: 'not-an-object' },
	{
		name: 'another kind of file',
		text: () => json({ ...assessment(), kind: 'something-else' }),
		path: '$.kind',
		code: 'not-an-assessment',
	},
	{ name: 'no version', text: () => json({ title: 'x' }), path: '$', code: 'not-an-assessment' },
	{
		name: 'a future version',
		text: () => json({ ...assessment(), schemaVersion: 2 }),
		path: '$.schemaVersion',
		code: 'future-version',
	},
	{
		name: 'a negative version',
		text: () => json({ ...assessment(), schemaVersion: -1 }),
		path: '$.schemaVersion',
		code: 'unknown-version',
	},
	{
		name: 'a level of 5',
		text: () => json(assessment({ guidelines: { 'com.mandate': record({ level: 5 }) } })),
		path: '$.guidelines["com.mandate"].level',
		code: 'too-big',
	},
	{
		name: 'a level as text',
		text: () =>
			json(assessment({ guidelines: { 'com.mandate': record({ level: '3' as unknown as 3 }) } })),
		path: '$.guidelines["com.mandate"].level',
		code: 'wrong-type',
	},
	{
		name: 'a weight of 0',
		text: () => json(assessment({ guidelines: { 'com.mandate': record({ weight: 0 }) } })),
		path: '$.guidelines["com.mandate"].weight',
		code: 'too-small',
	},
	{
		name: 'N/A without a reason',
		text: () =>
			json(
				assessment({ guidelines: { 'com.mandate': record({ notApplicable: { reason: ' ' } }) } })
			),
		path: '$.guidelines["com.mandate"].notApplicable.reason',
		code: 'empty',
	},
	{
		name: 'a missing title',
		text: () => json({ ...assessment(), title: undefined }),
		path: '$.title',
		code: 'missing',
	},
	{
		name: 'no set in scope',
		text: () => json(assessment({ scope: [] })),
		path: '$.scope',
		code: 'too-few',
	},
	{
		name: 'an unknown evidence kind',
		text: () =>
			json(
				assessment({
					guidelines: {
						'com.mandate': record({
							evidence: [
								{
									id: 'e1',
									title: 't',
									kind: 'photo' as 'other',
									reference: '',
									date: null,
									owner: '',
								},
							],
						}),
					},
				})
			),
		path: '$.guidelines["com.mandate"].evidence[0].kind',
		code: 'not-allowed',
	},
	{
		name: 'an impossible date',
		text: () =>
			json(
				assessment({
					guidelines: {
						'com.mandate': record({
							actions: [
								{
									id: 'x1',
									what: 'w',
									owner: '',
									due: '2026-02-30',
									status: 'planned',
									priority: 'high',
								},
							],
						}),
					},
				})
			),
		path: '$.guidelines["com.mandate"].actions[0].due',
		code: 'bad-format',
	},
	{
		name: 'a prototype key',
		text: () =>
			`{${json(assessment()).slice(1, -1).replace('"guidelines":{}', '"guidelines":{"__proto__":{"level":1}}')}}`,
		path: '$.guidelines',
		code: 'bad-key',
	},
	{
		name: 'notes of 20,001 characters',
		text: () =>
			json(assessment({ guidelines: { 'com.mandate': record({ notes: 'x'.repeat(20_001) }) } })),
		path: '$.guidelines["com.mandate"].notes',
		code: 'too-long',
	},
	{
		name: 'a set twice in scope',
		text: () =>
			json(
				assessment({
					scope: [
						{ set: 'com', edition: '1', list: 'library' },
						{ set: 'com', edition: '2', list: 'library' },
					],
				})
			),
		path: '$.scope[1].set',
		code: 'duplicate',
	},
	{
		name: 'two evidence items with one id',
		text: () =>
			json(
				assessment({
					guidelines: {
						'com.mandate': record({
							evidence: [1, 2].map(() => ({
								id: 'e1',
								title: 't',
								kind: 'other' as const,
								reference: '',
								date: null,
								owner: '',
							})),
						}),
					},
				})
			),
		path: '$.guidelines["com.mandate"].evidence[1].id',
		code: 'duplicate',
	},
	{
		name: 'a rating of a set outside the scope',
		text: () => json(assessment({ guidelines: { 'gg.mandate': record({ level: 1 }) } })),
		path: '$.guidelines["gg.mandate"]',
		code: 'unknown-reference',
	},
	{
		name: 'a custom guideline of a set outside the scope',
		text: () =>
			json(
				assessment({
					customGuidelines: [
						{
							id: 'custom.gg.3',
							set: 'gg',
							number: 3,
							title: 't',
							part: 'A',
							section: null,
							matches: null,
						},
					],
				})
			),
		path: '$.customGuidelines[0].set',
		code: 'unknown-reference',
	},
	{
		name: 'deep nesting',
		text: () =>
			json({ ...assessment(), extra: JSON.parse('['.repeat(100) + ']'.repeat(100)) as unknown }),
		path: '$',
		code: 'too-deep',
	},
	{
		name: 'very deep nesting',
		text: () => '['.repeat(200_000) + ']'.repeat(200_000),
		path: '$',
		code: 'not-an-object',
	},
];

describe('a file that is refused', () => {
	it.each(refusals)('$name: $code at $path', ({ text, path, code }) => {
		const result = parseAssessmentJson(text());
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toContainEqual(expect.objectContaining({ path, code }));
	});

	it('refuses a file over the size limit before reading it', () => {
		const result = parseAssessmentJson(' '.repeat(MAX_FILE_CHARS + 1));
		expect(result).toMatchObject({ ok: false, problems: [{ code: 'too-large' }] });
	});

	it('lists at most 50 problems and counts the rest', () => {
		const guidelines = Object.fromEntries(
			Array.from({ length: 80 }, (_, i) => [`com.g${i}`, record({ level: 9 })])
		);
		const result = parseAssessmentJson(json(assessment({ guidelines })));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toHaveLength(51);
		expect(result.problems[50]).toEqual({ path: '$', code: 'more', params: { count: 30 } });
	});
});

describe('version 0', () => {
	it('migrates the frozen example file', () => {
		const result = parseAssessmentJson(readFileSync('test/fixtures/assessment.v0.json', 'utf8'));
		expect(result.ok, JSON.stringify(!result.ok && result.problems)).toBe(true);
		if (!result.ok) return;
		expect(result.migratedFrom).toBe(0);
		const a = result.assessment;
		expect(a).toMatchObject({
			schemaVersion: 1,
			title: 'Self-assessment, communication 2026',
			organisation: { name: 'Სოციალური მომსახურების სააგენტო', country: 'Georgia' },
			scope: [{ set: 'com', edition: '2016', list: 'library' }],
			assessors: [{ id: 'a1', name: 'Nino Beridze', role: '' }],
			createdAt: '2026-03-02T00:00:00.000Z',
		});
		expect(a.guidelines['com.mandate']).toMatchObject({
			level: 3,
			target: 4,
			notes: 'Mandate published on the website.',
		});
		expect(a.guidelines['com.mandate']!.evidence.map((e) => e.title)).toEqual([
			'Annual report 2025',
			'Website: about us',
		]);
		expect(a.guidelines['com.tools']).toMatchObject({
			level: null,
			notApplicable: { reason: 'We have no regional offices.' },
		});
	});

	it('names the path of a bad value carried over from version 0', () => {
		const v0 = JSON.parse(readFileSync('test/fixtures/assessment.v0.json', 'utf8')) as {
			ratings: Record<string, { score: number }>;
		};
		v0.ratings['com.planning']!.score = 7;
		const result = parseAssessmentJson(json(v0));
		expect(result).toMatchObject({
			ok: false,
			problems: [{ path: '$.guidelines["com.planning"].level', code: 'too-big' }],
		});
	});
});

describe('jsonPath', () => {
	it.each([
		{ segments: [], path: '$' },
		{ segments: ['scope', 0, 'set'], path: '$.scope[0].set' },
		{ segments: ['guidelines', 'gg.mandate', 'level'], path: '$.guidelines["gg.mandate"].level' },
		{ segments: ['guidelines', 'a"b'], path: '$.guidelines["a\\"b"]' },
	])('$path', ({ segments, path }) => expect(jsonPath(segments)).toBe(path));
});

describe('fuzz: damaged files', () => {
	const valid = serializeAssessment(
		demoAssessment(catalogue, phrases, { now: '2026-11-29T12:00:00.000Z' })
	);
	const validValue = JSON.parse(valid) as Record<string, unknown>;

	/** A JSON value with nasty leaves and keys. */
	const nasty = fc.letrec((tie) => ({
		value: fc.oneof(
			{ depthSize: 'small' },
			fc.constantFrom(
				null,
				true,
				0,
				-1,
				1e308,
				Number.MAX_SAFE_INTEGER,
				'',
				'__proto__',
				'constructor',
				'\u0000',
				'\ud800',
				'🙂',
				'x'.repeat(5000)
			),
			fc.string({ unit: 'grapheme' }),
			fc.double(),
			fc.array(tie('value'), { maxLength: 4 }),
			fc.dictionary(
				fc.constantFrom(
					'__proto__',
					'constructor',
					'level',
					'id',
					'guidelines',
					'x',
					'com.mandate'
				),
				tie('value'),
				{ maxKeys: 4 }
			)
		),
	})).value;

	/** A path into the valid file, to replace what is there. */
	const paths = (() => {
		const out: (string | number)[][] = [];
		const walk = (v: unknown, at: (string | number)[]) => {
			out.push(at);
			if (v && typeof v === 'object' && at.length < 6)
				for (const [k, child] of Object.entries(v).slice(0, 6))
					walk(child, [...at, Array.isArray(v) ? Number(k) : k]);
		};
		walk(validValue, []);
		return out;
	})();

	function replaced(path: (string | number)[], value: unknown): unknown {
		if (path.length === 0) return value;
		const copy = structuredClone(validValue) as Record<string | number, unknown>;
		let at: Record<string | number, unknown> = copy;
		for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
		at[path[path.length - 1]!] = value;
		return copy;
	}

	const damaged = fc.oneof(
		fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
		fc
			.tuple(fc.constantFrom(...paths), nasty)
			.map(([path, value]) => JSON.stringify(replaced(path, value)) ?? 'undefined'),
		fc
			.tuple(fc.nat({ max: valid.length - 1 }), fc.string({ unit: 'binary', maxLength: 8 }))
			.map(([at, s]) => valid.slice(0, at) + s + valid.slice(at + 1)),
		nasty.map((v) => JSON.stringify(v) ?? 'null'),
		fc.nat({ max: 5000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth))
	);

	it('refuses 1,000 damaged files without an exception, each problem with a path', () => {
		let refused = 0;
		fc.assert(
			fc.property(damaged, (text) => {
				const result = parseAssessmentJson(text);
				if (result.ok) return;
				refused++;
				expect(result.problems.length).toBeGreaterThan(0);
				for (const p of result.problems) {
					expect(p.path).toMatch(/^\$/);
					expect(p.code).toBeTypeOf('string');
				}
			}),
			{ numRuns: 1000, seed: 20261129 }
		);
		expect(refused).toBeGreaterThan(500);
		expect(Object.prototype.hasOwnProperty.call({}, 'level')).toBe(false);
	});
});
