/**
 * The workshop pack: its format, operations (as two tabs would apply them), agenda timing,
 * follow-up dates, share links (round trip, and every kind of bad link refused with a reason,
 * never an exception) and the worksheet turned into a starter self-assessment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssessmentJson } from '../src/domain/assessment/parse.ts';
import { serializeAssessment } from '../src/domain/assessment/exchange.ts';
import { addMonths, agenda, checkIns } from '../src/domain/workshop/agenda.ts';
import { serializeWorkshop, workshopJsonSchema } from '../src/domain/workshop/json-schema.ts';
import { WORKSHOP_LIMITS } from '../src/domain/workshop/model.ts';
import { applyWorkshopOps, type WorkshopOp } from '../src/domain/workshop/ops.ts';
import { parseWorkshopJson } from '../src/domain/workshop/parse.ts';
import {
	decodeShare,
	encodeShare,
	MAX_SHARE_BYTES,
	SHARE_PREFIX,
	shareCodeOf,
	toBase64Url,
} from '../src/domain/workshop/share.ts';
import { starterAssessment } from '../src/domain/workshop/worksheet.ts';
import { zlibSync, strToU8 } from 'fflate';
import { catalogue } from './fixtures/assessment.ts';
import { workshop } from './fixtures/workshop.ts';

const AT = '2026-11-02T10:00:00.000Z';

describe('the pack file', () => {
	it('is read back unchanged after export, in any script', () => {
		const pack = workshop({ title: 'სემინარი 🙂 <b>not html</b>', preparation: 'مرحبا' });
		expect(parseWorkshopJson(serializeWorkshop(pack))).toEqual({ ok: true, workshop: pack });
	});

	it.each([
		['not JSON', '{', '$', 'not-json'],
		[
			'an assessment',
			JSON.stringify({ kind: 'guidelines-workbench/assessment' }),
			'$.kind',
			'not-a-workshop',
		],
		[
			'a newer version',
			JSON.stringify({ ...workshop(), schemaVersion: 2 }),
			'$.schemaVersion',
			'future-version',
		],
		['a missing title', JSON.stringify({ ...workshop(), title: undefined }), '$.title', 'missing'],
		[
			'a negative time',
			JSON.stringify(workshop({ items: [{ ...workshop().items[0]!, minutes: -5 }] })),
			'$.items[0].minutes',
			'too-small',
		],
		[
			'an unknown language',
			JSON.stringify({ ...workshop(), language: 'xx' }),
			'$.language',
			'not-allowed',
		],
		[
			'a bad start time',
			JSON.stringify({ ...workshop(), start: '25:00' }),
			'$.start',
			'bad-format',
		],
		[
			'a day too long',
			JSON.stringify({ ...workshop(), duration: WORKSHOP_LIMITS.duration + 1 }),
			'$.duration',
			'too-big',
		],
		[
			'a guideline twice',
			JSON.stringify(workshop({ items: [workshop().items[0]!, workshop().items[0]!] })),
			'$.items[1].guideline',
			'duplicate',
		],
		[
			'a question twice',
			JSON.stringify(workshop({ items: [{ ...workshop().items[0]!, questions: [1, 1] }] })),
			'$.items[0].questions[1]',
			'duplicate',
		],
		['a __proto__ key', '{"kind":"guidelines-workbench/workshop","__proto__":{}}', '$', 'bad-key'],
	])('refuses %s, naming where', (_name, text, path, code) => {
		const r = parseWorkshopJson(text);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.problems[0]).toMatchObject({ path, code });
	});

	it('is published as JSON Schema', () => {
		const schema = workshopJsonSchema('https://example.org/');
		expect(schema['$id']).toBe('https://example.org/schema/workshop.v1.json');
		expect(JSON.stringify(schema)).toContain('"items"');
	});
});

describe('operations', () => {
	const ids = (ops: WorkshopOp[], pack = workshop()) =>
		applyWorkshopOps(pack, ops, AT).items.map((i) => i.guideline);

	it('add once, at the end or where asked, with every question and the worksheet', () => {
		const added = applyWorkshopOps(
			workshop(),
			[{ op: 'add', guideline: 'com.tools', questionCount: 3, at: 0 }],
			AT
		);
		expect(added.items[0]).toEqual({
			guideline: 'com.tools',
			minutes: 30,
			notes: '',
			questions: [0, 1, 2],
			exercises: ['worksheet'],
		});
		expect(added.updatedAt).toBe(AT);
		expect(ids([{ op: 'add', guideline: 'com.mandate', questionCount: 2 }])).toEqual([
			'com.mandate',
			'com.planning',
		]);
	});

	it('move and remove, ignoring guidelines another tab removed', () => {
		expect(ids([{ op: 'move', guideline: 'com.planning', to: 0 }])).toEqual([
			'com.planning',
			'com.mandate',
		]);
		expect(ids([{ op: 'move', guideline: 'com.planning', to: 99 }])).toEqual([
			'com.mandate',
			'com.planning',
		]);
		expect(
			ids([
				{ op: 'remove', guideline: 'com.mandate' },
				{ op: 'move', guideline: 'com.mandate', to: 0 },
			])
		).toEqual(['com.planning']);
	});

	it('two tabs: a reorder in one and notes in the other both survive', () => {
		const stored = workshop();
		const tabA: WorkshopOp[] = [{ op: 'move', guideline: 'com.planning', to: 0 }];
		const tabB: WorkshopOp[] = [
			{ op: 'item', guideline: 'com.mandate', field: 'notes', value: 'Start with a story' },
			{ op: 'set', field: 'title', value: 'Renamed' },
		];
		for (const [first, second] of [
			[tabA, tabB],
			[tabB, tabA],
		] as const) {
			const out = applyWorkshopOps(applyWorkshopOps(stored, first, AT), second, AT);
			expect(out.items.map((i) => i.guideline)).toEqual(['com.planning', 'com.mandate']);
			expect(out.items[1]!.notes).toBe('Start with a story');
			expect(out.title).toBe('Renamed');
		}
	});

	it('an export is not a change', () => {
		const out = applyWorkshopOps(
			workshop(),
			[{ op: 'exported', at: AT }],
			'2030-01-01T00:00:00.000Z'
		);
		expect(out.lastExportedAt).toBe(AT);
		expect(out.updatedAt).toBe(workshop().updatedAt);
	});
});

describe('the agenda', () => {
	it('adds up from the start time and warns when over the duration', () => {
		const a = agenda(workshop({ start: '09:30', duration: 90, opening: 15, closing: 10 }));
		expect(a.rows.map((r) => [r.kind, r.start, r.end])).toEqual([
			['opening', '09:30', '09:45'],
			['guideline', '09:45', '10:15'],
			['guideline', '10:15', '10:45'],
			['closing', '10:45', '10:55'],
		]);
		expect(a).toMatchObject({ total: 85, over: 0, free: 5, end: '11:00' });
		expect(agenda(workshop({ duration: 60 }))).toMatchObject({ total: 100, over: 40, free: 0 });
	});

	it('always totals the sum of its rows (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 480 }), { maxLength: 30 }),
				fc.integer({ min: 15, max: 720 }),
				(times, duration) => {
					const pack = workshop({
						duration,
						items: times.map((minutes, i) => ({
							...workshop().items[0]!,
							guideline: `com.g${i}`,
							minutes,
						})),
					});
					const a = agenda(pack);
					expect(a.total).toBe(a.rows.reduce((s, r) => s + r.minutes, 0));
					expect(a.over - a.free).toBe(a.total - duration);
					expect(a.rows.every((r, i) => i === 0 || r.start === a.rows[i - 1]!.end)).toBe(true);
				}
			)
		);
	});
});

describe('follow-up dates', () => {
	it.each([
		['2026-03-10', 1, '2026-04-10'],
		['2026-01-31', 1, '2026-02-28'],
		['2028-01-31', 1, '2028-02-29'],
		['2026-11-30', 3, '2027-02-28'],
		['2026-12-15', 1, '2027-01-15'],
	])('%s plus %i month(s) is %s', (date, months, expected) => {
		expect(addMonths(date, months)).toBe(expected);
	});

	it('are monthly for three months, and wait for a date', () => {
		expect(checkIns('2026-03-10').map((c) => c.date)).toEqual([
			'2026-04-10',
			'2026-05-10',
			'2026-06-10',
		]);
		expect(checkIns(null).map((c) => c.date)).toEqual([null, null, null]);
	});
});

describe('share links', () => {
	it('carry the whole pack (without local bookkeeping) and come back equal', () => {
		const pack = workshop({ title: 'ქართული 🙂', lastExportedAt: AT });
		const code = encodeShare(pack);
		expect(code.startsWith(SHARE_PREFIX)).toBe(true);
		expect(code).toMatch(/^[A-Za-z0-9._-]+$/);
		const { lastExportedAt: _l, ...rest } = pack;
		expect(decodeShare(code)).toEqual({ ok: true, workshop: rest });
		expect(shareCodeOf(`#pack=${code}`)).toBe(code);
	});

	it('stay short for a full workshop', () => {
		const items = Array.from({ length: 12 }, (_, i) => ({
			...workshop().items[0]!,
			guideline: `com.g${i}`,
			notes: 'Ask about the last campaign.',
		}));
		expect(encodeShare(workshop({ items })).length).toBeLessThan(2000);
	});

	it.each([
		['empty', '', 'empty'],
		['another format', 'x1.abc', 'unknown-format'],
		['not base64url', `${SHARE_PREFIX}ab$cd`, 'damaged'],
		['truncated', encodeShare(workshop()).slice(0, -6), 'damaged'],
		[
			'altered',
			encodeShare(workshop()).replace(/.(?=.{20}$)/, (c) => (c === 'A' ? 'B' : 'A')),
			'damaged',
		],
		[
			'forged (valid zlib, not a pack)',
			SHARE_PREFIX + toBase64Url(zlibSync(strToU8('{"kind":"x"}'))),
			'invalid',
		],
		[
			'a zip bomb',
			SHARE_PREFIX + toBase64Url(zlibSync(new Uint8Array(MAX_SHARE_BYTES + 10).fill(32))),
			'too-large',
		],
	])('%s is refused with a reason', (_name, code, reason) => {
		const r = decodeShare(code);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toBe(reason);
	});

	it('never throw on fuzzed codes or fuzzed bytes', () => {
		const good = encodeShare(workshop());
		fc.assert(
			fc.property(
				fc.string({ maxLength: 300 }),
				fc.nat(good.length),
				fc.string({ maxLength: 5 }),
				(junk, cut, insert) => {
					for (const code of [
						junk,
						SHARE_PREFIX + junk,
						good.slice(0, cut) + insert + good.slice(cut + insert.length),
					]) {
						const r = decodeShare(code);
						if (r.ok) expect(r.workshop.kind).toBe('guidelines-workbench/workshop');
					}
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('a completed worksheet', () => {
	it('becomes a valid starter self-assessment of the sets the workshop touched', () => {
		const pack = workshop({
			items: [...workshop().items, { ...workshop().items[0]!, guideline: 'zzz.unknown' }],
		});
		const a = starterAssessment(
			pack,
			{
				'com.mandate': { level: 2, notApplicable: null, notes: ' We have a plan ' },
				'com.planning': { level: 3, notApplicable: 'No such unit here', notes: '' },
				'zzz.unknown': { level: 4, notApplicable: null, notes: '' },
			},
			catalogue,
			{ id: 'starter-1', at: AT, title: 'Starter', organisation: { name: 'Fund', country: 'GE' } }
		);
		expect(a.scope).toEqual([{ set: 'com', edition: catalogue.sets[0]!.edition, list: 'library' }]);
		expect(a.guidelines['com.mandate']).toMatchObject({
			level: 2,
			notes: 'We have a plan',
			notApplicable: null,
		});
		expect(a.guidelines['com.planning']).toMatchObject({
			level: null,
			notApplicable: { reason: 'No such unit here' },
		});
		expect(a.guidelines['zzz.unknown']).toBeUndefined();
		expect(parseAssessmentJson(serializeAssessment(a)).ok).toBe(true);
	});
});
