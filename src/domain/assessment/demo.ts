/**
 * A realistic sample assessment: levels spread over the scale, some guidelines not applicable
 * with a reason, evidence and actions with owners and dates, notes, two assessors and one
 * guideline of the agency's own. Deterministic for a seed and a date, so that the command
 * line, the "Try with sample data" button and the tests agree. Its phrases come from the
 * caller (the UI dictionaries), in the language asked for.
 */
import { assessedSets, customId } from './guidelines.ts';
import type { Catalogue } from './catalogue.ts';
import {
	ACTION_STATUSES,
	ASSESSMENT_KIND,
	EVIDENCE_KINDS,
	PRIORITIES,
	SCHEMA_VERSION,
	type Assessment,
	type GuidelineRecord,
	type Level,
} from './model.ts';

/** The sample's words, in one language. */
export interface DemoPhrases {
	title: string;
	organisation: string;
	country: string;
	assessors: { name: string; role: string }[];
	notes: string[];
	evidence: string[];
	actions: string[];
	notApplicable: string[];
	owners: string[];
	customTitle: string;
}

export interface DemoOptions {
	/** Set codes; all of the catalogue's by default. */
	sets?: readonly string[];
	organisation?: string;
	seed?: number;
	/** The moment the sample is made (ISO); dates are spread over the months before it. */
	now: string;
	/** The sample's id. */
	id?: string;
}

/** mulberry32: a small, good-enough seeded generator. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const DAY = 86_400_000;

/** Makes the sample. */
export function demoAssessment(
	catalogue: Catalogue,
	phrases: DemoPhrases,
	options: DemoOptions
): Assessment {
	const random = seededRandom(options.seed ?? 1);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const now = Date.parse(options.now);
	const day = (offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);
	const moment = (offset: number) => new Date(now + offset * DAY).toISOString();
	const codes = options.sets ?? catalogue.sets.map((s) => s.code);
	const sets = catalogue.sets.filter((s) => codes.includes(s.code) && s.guidelines.length > 0);
	if (sets.length === 0)
		throw new Error('demoAssessment: none of the sets asked for has guidelines');
	const assessors = phrases.assessors.slice(0, 2).map((a, i) => ({ id: `a${i + 1}`, ...a }));
	const first = sets[0]!;
	// The agency's own guideline fills the first gap in the library's numbering.
	const used = new Set(first.guidelines.map((g) => g.number));
	let customNumber = 1;
	while (used.has(customNumber)) customNumber++;
	const neighbour =
		first.guidelines.find((g) => g.number === customNumber - 1) ??
		first.guidelines.find((g) => g.number === customNumber + 1);
	const header = {
		scope: sets.map((s) => ({ set: s.code, edition: s.edition, list: 'library' as const })),
		customGuidelines: [
			{
				id: customId(first.code, customNumber),
				set: first.code,
				number: customNumber,
				title: phrases.customTitle,
				part: neighbour?.part ?? first.parts[0]?.id ?? 'A',
				section: neighbour?.section ?? null,
				matches: null,
			},
		],
	};
	const guidelines: Record<string, GuidelineRecord> = {};
	let item = 0;
	for (const set of assessedSets(header, catalogue)) {
		for (const g of set.guidelines) {
			const roll = random();
			if (roll < 0.08) continue; // not rated yet
			const by = pick(assessors).id;
			const changedAt = moment(-Math.floor(random() * 60));
			if (roll < 0.14) {
				guidelines[g.id] = {
					level: null,
					notApplicable: { reason: pick(phrases.notApplicable) },
					target: 3,
					weight: 1,
					notes: '',
					evidence: [],
					actions: [],
					changedBy: by,
					changedAt,
				};
				continue;
			}
			const level = Math.floor(random() * 5) as Level;
			const target: Level = random() < 0.2 ? 4 : 3;
			const evidenceCount = level === 0 ? 0 : Math.floor(random() * 3.2);
			guidelines[g.id] = {
				level,
				notApplicable: null,
				target,
				weight: random() < 0.15 ? 2 : 1,
				notes: random() < 0.5 ? pick(phrases.notes) : '',
				evidence: Array.from({ length: evidenceCount }, () => ({
					id: `e${++item}`,
					title: pick(phrases.evidence),
					kind: pick(EVIDENCE_KINDS),
					reference:
						random() < 0.4 ? `https://intranet.example.org/docs/${item}` : `DOC-${1000 + item}`,
					date: day(-Math.floor(random() * 400)),
					owner: pick(phrases.owners),
				})),
				actions:
					level < target
						? [
								{
									id: `x${++item}`,
									what: pick(phrases.actions),
									owner: pick(phrases.owners),
									due: day(Math.floor(random() * 270) + 14),
									status: pick(ACTION_STATUSES.slice(0, 2)),
									priority: pick(PRIORITIES),
								},
							]
						: [],
				changedBy: by,
				changedAt,
			};
		}
	}
	return {
		schemaVersion: SCHEMA_VERSION,
		kind: ASSESSMENT_KIND,
		id: options.id ?? `demo-${options.seed ?? 1}`,
		title: phrases.title,
		organisation: { name: options.organisation ?? phrases.organisation, country: phrases.country },
		scope: header.scope,
		assessors,
		createdAt: moment(-90),
		updatedAt: moment(0),
		guidelines,
		customGuidelines: header.customGuidelines,
		lastExportedAt: null,
	};
}
