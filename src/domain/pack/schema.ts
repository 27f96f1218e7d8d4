/**
 * Schemas of a content pack: one per kind of file. They are the single source of truth for
 * the pack format: Astro's content collections validate with them at build time, and the
 * Node pack reader (tests, benchmarks, `scripts/check-pack.ts`) validates with the same ones.
 * The format is documented for authors in `content/README.md`.
 */
import { z } from 'zod';
import { SET_CODE_PATTERN } from '../sets.ts';

/** A non-empty, trimmed line of our own text. */
const text = z.string().trim().min(1, { error: 'must not be empty' });

/**
 * A stable guideline id, `<set>.<slug>`: the slug is ASCII kebab-case starting with a letter,
 * so an id is never a bare number (numbers change between editions; ids must not).
 */
export const GUIDELINE_ID_PATTERN = /^([a-z]+)\.([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/;

/** A part id is a capital letter; a section id is the part letter, a dot and a number. */
const partId = z.string().regex(/^[A-Z]$/, { error: 'must be a capital letter such as "A"' });
const sectionId = z
	.string()
	.regex(/^[A-Z]\.\d+$/, { error: 'must be a part letter, a dot and a number, such as "A.1"' });

/** The edition a set follows, as ISSA labels it (usually a year). */
const edition = z
	.string()
	.regex(/^\d{4}(?:[ -][A-Za-z0-9 ]+)?$/, { error: 'must start with a year, such as "2019"' });

/** An ISSA set's code (`gg`), or a code of the pack's own (an agency's standard). */
const setCode = z.string().regex(SET_CODE_PATTERN, {
	error: 'must be 2 to 12 lower-case letters, such as "gg"',
});

/**
 * A part or section title as ISSA gives it, or null when no source confirms it: the site
 * then says the title is not yet confirmed instead of showing an invented one.
 */
const headingTitle = text.nullable();

/** A section inside a part. */
export const sectionSchema = z.strictObject({ id: sectionId, title: headingTitle });

/** A part of a set, with its sections in ISSA's order. */
export const partSchema = z.strictObject({
	id: partId,
	title: headingTitle,
	sections: z.array(sectionSchema).default([]),
});

const guidelineId = z.string().regex(GUIDELINE_ID_PATTERN, {
	error:
		'must be "<set>.<slug>" with a slug of lower-case words, such as "com.mandate" (not a number)',
});

/**
 * A guideline id this pack no longer has (the edition it follows dropped or merged it): its old
 * address stays, saying where it went. Ids are stable, so a published one is retired, never reused.
 */
export const retiredSchema = z.strictObject({
	id: guidelineId,
	/** The guideline that now covers its subject, if any. */
	replacedBy: guidelineId.optional(),
	/** Why it went, in our words (English). */
	note: text,
});

/** Front matter of `en/<set>/_set.mdx`. */
export const setSchema = z.strictObject({
	code: setCode,
	/** ISSA's title of the set (a fact). */
	title: text,
	/** Short title for cards, breadcrumbs and the sidebar. */
	shortTitle: text,
	edition,
	/**
	 * The edition ISSA's reader shows today, when the pack follows another (because that one can
	 * be confirmed more completely); the overview says how the numbering differs.
	 */
	issaEdition: edition.optional(),
	/** ISSA's page for the set (the reference pack always has one; an agency's own set may not). */
	sourceUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
	/** One line in our words, shown on the home page card. */
	description: text,
	guidelines: z.strictObject({
		/** How many guidelines the edition has; null when not known. */
		inEdition: z.number().int().positive().nullable(),
		/** How many guideline files this pack ships for the set. */
		included: z.number().int().nonnegative(),
	}),
	parts: z.array(partSchema).min(1, { error: 'must list at least one part' }),
	/** Ids of guidelines this set no longer has; their pages say where they went. */
	retired: z.array(retiredSchema).default([]),
});

/** Where a guideline's number and title were confirmed. */
export const provenanceSchema = z.discriminatedUnion(
	'status',
	[
		z.strictObject({
			status: z.literal('confirmed'),
			/** A stored source that shows number and title together. */
			source: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
			/**
			 * When the source is not ISSA's own site but a faithful copy of an ISSA publication (an
			 * open-access mirror): which publication it copies, such as "ISSA Guidelines: Good
			 * Governance (2013), table of contents".
			 */
			copyOf: text.optional(),
			note: text.optional(),
		}),
		z.strictObject({
			status: z.literal('unconfirmed'),
			/** Why we include it although no stored source confirms it. */
			note: text,
		}),
	],
	{ error: 'must have status "confirmed" (with a source URL) or "unconfirmed" (with a note)' }
);

/**
 * The text fields a guideline has in every language. Only the title is required: a member
 * agency's pack of ISSA's licensed text has a statement and commentary but no evidence list or
 * questions, and a page shows the sections that exist. The reference pack's completeness (3–6
 * points, 3–5 evidence items, 2–3 questions) is enforced by its own content tests.
 */
const guidelineText = {
	title: text,
	/** One sentence: what the guideline asks of the institution. */
	statement: text.optional(),
	/** Who is usually responsible. */
	structure: text.optional(),
	/** How it is usually put in place. */
	mechanism: z.array(text).max(20, { error: 'at most 20 points' }).default([]),
	/** What an assessor would look for. */
	evidence: z.array(text).max(20, { error: 'at most 20 items' }).default([]),
	/** Questions for a workshop discussion. */
	questions: z.array(text).max(10, { error: 'at most 10 questions' }).default([]),
};

/** Front matter of `en/<set>/<slug>.mdx`. */
export const guidelineSchema = z.strictObject({
	id: guidelineId,
	set: setCode,
	edition,
	part: partId,
	section: sectionId.optional(),
	number: z.number().int().positive(),
	...guidelineText,
	related: z.array(guidelineId).default([]),
	provenance: provenanceSchema,
	/** Extra search terms (synonyms, older names) in the file's language. */
	keywords: z.array(text).default([]),
});

/** Front matter of `<locale>/<set>/<slug>.mdx` in a language other than English. */
export const guidelineTranslationSchema = z.strictObject({
	id: guidelineId,
	...guidelineText,
	/**
	 * A stored ISSA page that shows this title in this language (ISSA's own title, a fact).
	 * Without it the title is our translation of ISSA's English title, and the page says so.
	 */
	titleSource: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
	keywords: z.array(text).default([]),
});

/** Front matter of `<locale>/<set>/_set.mdx` in a language other than English. */
export const setTranslationSchema = z.strictObject({
	code: setCode,
	title: text,
	shortTitle: text,
	description: text,
	parts: z
		.array(
			z.strictObject({
				id: partId,
				/** null where English has no confirmed title either (the English null stays). */
				title: headingTitle,
				sections: z.array(sectionSchema).default([]),
			})
		)
		.default([]),
});

export type SetData = z.output<typeof setSchema>;
export type GuidelineData = z.output<typeof guidelineSchema>;
export type GuidelineTranslationData = z.output<typeof guidelineTranslationSchema>;
export type SetTranslationData = z.output<typeof setTranslationSchema>;
export type Provenance = z.output<typeof provenanceSchema>;
export type RetiredData = z.output<typeof retiredSchema>;
