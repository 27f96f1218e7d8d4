/**
 * The workshop pack, version 1: what a trainer prepares for an ISSA Academy-style workshop on
 * some guidelines (preparation, the workshop itself, three months of follow-up). Exported as
 * one JSON document (published as JSON Schema at `/schema/workshop.v1.json`), carried in share
 * links, and read by the handout and guide PDFs and the command line.
 *
 * A pack refers to library guidelines by their stable id; the texts it prints (our statement,
 * questions, evidence) come from the library in the pack's language, never from the file.
 */
import * as z from 'zod/mini';
import { LOCALES, type Locale } from '../locales.ts';
import { guidelineId, isoDate, isoDateTime, itemId } from '../assessment/model.ts';

export const WORKSHOP_KIND = 'guidelines-workbench/workshop';
export const WORKSHOP_SCHEMA_VERSION = 1;

/**
 * Exercises a guideline can come with (our own formats, printed from our texts):
 * `worksheet` rates the guideline on the 0–4 scale, `evidence` looks for the evidence an
 * assessor would ask for, `practice` checks which of the usual ways of putting it in place
 * the institution already has.
 */
export const EXERCISES = ['worksheet', 'evidence', 'practice'] as const;
export type Exercise = (typeof EXERCISES)[number];

export const WORKSHOP_LIMITS = {
	shortText: 300,
	notes: 5_000,
	items: 100,
	/** A workshop day at most: packs are planned one day at a time. */
	duration: 720,
	itemMinutes: 480,
} as const;

/** Defaults of a new pack and of a newly added guideline. */
export const WORKSHOP_DEFAULTS = {
	start: '09:00',
	duration: 180,
	opening: 20,
	closing: 20,
	minutes: 30,
	exercises: ['worksheet'] as Exercise[],
} as const;

const text = (max: number) => z.string().check(z.maxLength(max));
const required = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const minutes = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

/** A time of day, `HH:MM` (24-hour clock). */
export const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const workshopItemSchema = z.object({
	/** A library guideline's stable id. */
	guideline: guidelineId,
	/** Time allotted in the agenda. */
	minutes: minutes(WORKSHOP_LIMITS.itemMinutes),
	/** For the facilitator's guide only. */
	notes: z._default(text(WORKSHOP_LIMITS.notes), ''),
	/** Which of our discussion questions to include (their positions, 0-based). */
	questions: z.array(z.int().check(z.minimum(0), z.maximum(9))).check(z.maxLength(10)),
	exercises: z.array(z.enum(EXERCISES)).check(z.maxLength(EXERCISES.length)),
});

export const workshopSchema = z.object({
	schemaVersion: z.literal(WORKSHOP_SCHEMA_VERSION),
	kind: z.literal(WORKSHOP_KIND),
	id: itemId,
	title: required(WORKSHOP_LIMITS.shortText),
	audience: text(WORKSHOP_LIMITS.shortText),
	/** The workshop day; the follow-up dates are computed from it. */
	date: z.nullable(isoDate),
	start: z._default(clockTime, WORKSHOP_DEFAULTS.start),
	/** Minutes the workshop lasts; the agenda warns when its timings exceed it. */
	duration: z.int().check(z.minimum(15), z.maximum(WORKSHOP_LIMITS.duration)),
	/** The language of the handouts (and of the texts printed in them). */
	language: z.enum(LOCALES),
	facilitator: text(WORKSHOP_LIMITS.shortText),
	/** Minutes for the opening (purposes shared) and for the closing (action plans). */
	opening: z._default(minutes(WORKSHOP_LIMITS.itemMinutes), WORKSHOP_DEFAULTS.opening),
	closing: z._default(minutes(WORKSHOP_LIMITS.itemMinutes), WORKSHOP_DEFAULTS.closing),
	/** A word to participants, printed above the preparation template. */
	preparation: z._default(text(WORKSHOP_LIMITS.notes), ''),
	items: z.array(workshopItemSchema).check(z.maxLength(WORKSHOP_LIMITS.items)),
	createdAt: isoDateTime,
	updatedAt: isoDateTime,
	/** When this pack was last exported from this browser. */
	lastExportedAt: z.optional(z.nullable(isoDateTime)),
});

export type Workshop = z.output<typeof workshopSchema>;
export type WorkshopInput = z.input<typeof workshopSchema>;
export type WorkshopItem = z.output<typeof workshopItemSchema>;

/** What a trainer enters to start a pack. */
export interface NewWorkshop {
	title: string;
	audience?: string;
	date?: string | null;
	duration?: number;
	language: Locale;
	facilitator?: string;
}

/** A new pack without guidelines. */
export function createWorkshop(fields: NewWorkshop, id: string, at: string): Workshop {
	return {
		schemaVersion: WORKSHOP_SCHEMA_VERSION,
		kind: WORKSHOP_KIND,
		id,
		title: fields.title,
		audience: fields.audience ?? '',
		date: fields.date ?? null,
		start: WORKSHOP_DEFAULTS.start,
		duration: fields.duration ?? WORKSHOP_DEFAULTS.duration,
		language: fields.language,
		facilitator: fields.facilitator ?? '',
		opening: WORKSHOP_DEFAULTS.opening,
		closing: WORKSHOP_DEFAULTS.closing,
		preparation: '',
		items: [],
		createdAt: at,
		updatedAt: at,
		lastExportedAt: null,
	};
}

/** A guideline as a pack first holds it: default time, every question, the worksheet. */
export function newItem(guideline: string, questionCount: number): WorkshopItem {
	return {
		guideline,
		minutes: WORKSHOP_DEFAULTS.minutes,
		notes: '',
		questions: Array.from({ length: Math.min(questionCount, 10) }, (_, i) => i),
		exercises: [...WORKSHOP_DEFAULTS.exercises],
	};
}
