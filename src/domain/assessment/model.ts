/**
 * The assessment file, version 1: the contract between the workspace, the dashboard, the PDF
 * report, the command line and any other tool (published as JSON Schema at
 * `/schema/assessment.v1.json`). Its core fields are fixed by the design notes; the rest
 * (`customGuidelines` placement, `lastExportedAt`, limits) is ours.
 *
 * zod/mini, not zod: these schemas ship to the browser with the workbook and the guideline
 * panel, and the full zod API would add about 18 kB (gzip) to both.
 */
import * as z from 'zod/mini';

export const ASSESSMENT_KIND = 'guidelines-workbench/assessment';
export const SCHEMA_VERSION = 1;

/** The maturity scale: 0 Not in place · 1 Initial · 2 Developing · 3 Established · 4 Leading. */
export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
export const DEFAULT_TARGET: Level = 3;
export const DEFAULT_WEIGHT = 1;
export const MAX_WEIGHT = 100;

export const EVIDENCE_KINDS = [
	'policy',
	'procedure',
	'report',
	'minutes',
	'data',
	'system',
	'website',
	'interview',
	'other',
] as const;
export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export const PRIORITIES = ['high', 'medium', 'low'] as const;

/** Limits that keep a file workable; a file beyond them is refused with the path. */
export const LIMITS = {
	shortText: 300,
	reason: 2_000,
	reference: 2_000,
	notes: 20_000,
	items: 200,
	assessors: 50,
	customGuidelines: 1_000,
	guidelines: 5_000,
} as const;

const text = (max: number) => z.string().check(z.maxLength(max));
const required = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** Item ids: letters, digits, `_` and `-` (generated, but a file may come from elsewhere). */
export const itemId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** A set code as packs use it: lower-case letters and digits. */
export const setCode = z.string().check(z.regex(/^[a-z][a-z0-9]{0,19}$/));

/**
 * A guideline's stable id (`gg.risk-management`) or an agency's own (`custom.gg.12`). The
 * pattern also keeps keys such as `__proto__` out of the `guidelines` object.
 */
export const guidelineId = z.string().check(z.regex(/^[a-z][a-z0-9]*(\.[a-z0-9][a-z0-9-]*)+$/));

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDate = z.string().check(
	z.regex(/^\d{4}-\d{2}-\d{2}$/, { abort: true }),
	z.refine((value) => {
		const d = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
	}, 'not a real date')
);

/** A moment, as `Date.prototype.toISOString` writes it (UTC). */
export const isoDateTime = z.string().check(
	z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, { abort: true }),
	z.refine((value) => !Number.isNaN(Date.parse(value)), 'not a real moment')
);

export const level = z.int().check(z.minimum(0), z.maximum(4));

export const evidenceSchema = z.object({
	id: itemId,
	title: required(LIMITS.shortText),
	kind: z.enum(EVIDENCE_KINDS),
	/** A document reference, a file path or a link (links are shown as links only for http(s) and mailto). */
	reference: text(LIMITS.reference),
	date: z.nullable(isoDate),
	owner: text(LIMITS.shortText),
});

export const actionSchema = z.object({
	id: itemId,
	what: required(LIMITS.reason),
	owner: text(LIMITS.shortText),
	due: z.nullable(isoDate),
	status: z.enum(ACTION_STATUSES),
	priority: z.enum(PRIORITIES),
});

/** Everything an agency records about one guideline. */
export const guidelineRecordSchema = z.object({
	/** 0–4, or null when not rated yet (unrated is not 0). */
	level: z.nullable(level),
	/** Not applicable, with the reason an assessor will be asked for. */
	notApplicable: z.nullable(z.object({ reason: required(LIMITS.reason) })),
	target: z._default(level, DEFAULT_TARGET),
	weight: z._default(
		z.number().check(z.positive(), z.maximum(MAX_WEIGHT), z.refine(Number.isFinite)),
		DEFAULT_WEIGHT
	),
	notes: z._default(text(LIMITS.notes), ''),
	evidence: z._default(z.array(evidenceSchema).check(z.maxLength(LIMITS.items)), []),
	actions: z._default(z.array(actionSchema).check(z.maxLength(LIMITS.items)), []),
	/** The assessor (`assessors[].id`) who last changed it, and when. */
	changedBy: z.nullable(text(LIMITS.shortText)),
	changedAt: z.nullable(isoDateTime),
	/** In a merged assessment: what each assessor rated, from their own files. */
	ratings: z.optional(
		z
			.array(
				z.object({
					by: required(LIMITS.shortText),
					level: z.nullable(level),
					notApplicable: z.nullable(z.object({ reason: required(LIMITS.reason) })),
				})
			)
			.check(z.maxLength(LIMITS.assessors))
	),
});

/** A guideline the agency's edition has and the pack lacks. */
export const customGuidelineSchema = z.object({
	/** `custom.<set>.<slug>`. */
	id: guidelineId.check(z.startsWith('custom.')),
	set: setCode,
	/** The agency's number in its edition. */
	number: z.int().check(z.minimum(1), z.maximum(9_999)),
	title: required(LIMITS.shortText),
	/** Part id (`A`), as in the set's structure or the agency's own. */
	part: z.string().check(z.regex(/^[A-Z]{1,3}$/)),
	section: z.optional(z.nullable(z.string().check(z.regex(/^[A-Z]{1,3}\.\d{1,3}$/)))),
	/** The library guideline with the same title, when the agency's edition has it too. */
	matches: z.optional(z.nullable(guidelineId)),
});

export const scopeEntrySchema = z.object({
	set: setCode,
	edition: required(40),
	/**
	 * `library`: the library's guidelines of the set plus the agency's additions.
	 * `own`: the agency's own list for its edition (in `customGuidelines`), each linked to a
	 * library guideline where the titles match.
	 */
	list: z._default(z.enum(['library', 'own']), 'library'),
});

export const assessorSchema = z.object({
	id: itemId,
	name: required(LIMITS.shortText),
	role: text(LIMITS.shortText),
});

export const assessmentSchema = z.object({
	schemaVersion: z.literal(SCHEMA_VERSION),
	kind: z.literal(ASSESSMENT_KIND),
	id: itemId,
	title: required(LIMITS.shortText),
	organisation: z.object({ name: text(LIMITS.shortText), country: text(LIMITS.shortText) }),
	scope: z.array(scopeEntrySchema).check(z.minLength(1), z.maxLength(50)),
	assessors: z.array(assessorSchema).check(z.maxLength(LIMITS.assessors)),
	createdAt: isoDateTime,
	updatedAt: isoDateTime,
	guidelines: z.record(guidelineId, guidelineRecordSchema),
	customGuidelines: z._default(
		z.array(customGuidelineSchema).check(z.maxLength(LIMITS.customGuidelines)),
		[]
	),
	/** When this assessment was last exported from this browser (for the backup reminder). */
	lastExportedAt: z.optional(z.nullable(isoDateTime)),
});

export type Assessment = z.output<typeof assessmentSchema>;
export type AssessmentInput = z.input<typeof assessmentSchema>;
export type GuidelineRecord = z.output<typeof guidelineRecordSchema>;
export type Evidence = z.output<typeof evidenceSchema>;
export type Action = z.output<typeof actionSchema>;
export type CustomGuideline = z.output<typeof customGuidelineSchema>;
export type ScopeEntry = z.output<typeof scopeEntrySchema>;
export type Assessor = z.output<typeof assessorSchema>;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type Priority = (typeof PRIORITIES)[number];

/** Everything of an assessment but its per-guideline records (one database row). */
export type AssessmentHeader = Omit<Assessment, 'guidelines'>;

/** A record nobody has touched: unrated, default target and weight. */
export function emptyRecord(): GuidelineRecord {
	return {
		level: null,
		notApplicable: null,
		target: DEFAULT_TARGET,
		weight: DEFAULT_WEIGHT,
		notes: '',
		evidence: [],
		actions: [],
		changedBy: null,
		changedAt: null,
	};
}

/** Whether a record holds nothing an assessor entered (such records need not be stored). */
export function isEmptyRecord(r: GuidelineRecord): boolean {
	return (
		r.level === null &&
		r.notApplicable === null &&
		r.target === DEFAULT_TARGET &&
		r.weight === DEFAULT_WEIGHT &&
		r.notes === '' &&
		r.evidence.length === 0 &&
		r.actions.length === 0
	);
}

/** What a person enters to start an assessment. */
export interface NewAssessment {
	title: string;
	organisation: { name: string; country: string };
	scope: ScopeEntry[];
	assessors: Assessor[];
}

/** A new, empty assessment. */
export function createAssessment(fields: NewAssessment, id: string, at: string): Assessment {
	return {
		schemaVersion: SCHEMA_VERSION,
		kind: ASSESSMENT_KIND,
		id,
		...fields,
		createdAt: at,
		updatedAt: at,
		guidelines: {},
		customGuidelines: [],
		lastExportedAt: null,
	};
}
