/**
 * The library model built from a valid pack: sets with their part → section → guideline
 * tree, guidelines in set order, and each text in every language with its English fallback.
 * Pure: the site, the search index builder and the tests all read the pack through this.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locales.ts';
import { compareSetCodes, type SetCode } from '../sets.ts';
import type { RawPack } from './files.ts';
import type { GuidelineData, Provenance, SetData } from './schema.ts';

/** The text of a guideline in one language. */
export interface GuidelineText {
	title: string;
	/**
	 * In a translation: the ISSA page showing this title in this language, or null when the
	 * title is our translation of ISSA's English one. Null in English (see the provenance).
	 */
	titleSource: string | null;
	statement: string;
	structure: string;
	mechanism: string[];
	evidence: string[];
	questions: string[];
	keywords: string[];
	body: string;
	/** The pack file the text comes from. */
	file: string;
}

/** A guideline: facts from the English file, texts per language. */
export interface Guideline {
	id: string;
	slug: string;
	set: SetCode;
	edition: string;
	part: string;
	section: string | undefined;
	number: number;
	related: string[];
	provenance: Provenance;
	text: Partial<Record<Locale, GuidelineText>> & { en: GuidelineText };
}

/** The localisable text of a set. */
export interface SetText {
	title: string;
	shortTitle: string;
	description: string;
	/** Part and section titles by id (`A`, `A.1`); null where no source confirms the title. */
	headings: Record<string, string | null>;
	body: string;
	file: string;
}

/** A set with its guidelines in ISSA order (by number). */
export interface GuidelineSet {
	code: SetCode;
	edition: string;
	/** The edition ISSA shows today when the pack follows another; null when the same or unknown. */
	issaEdition: string | null;
	/** ISSA's page for the set; null for an agency's own set without one. */
	sourceUrl: string | null;
	/** Guidelines this set no longer has, with where they went. */
	retired: { id: string; slug: string; replacedBy: string | null; note: string }[];
	inEdition: number | null;
	parts: SetData['parts'];
	guidelines: Guideline[];
	text: Partial<Record<Locale, SetText>> & { en: SetText };
}

/** The whole library. */
export interface Library {
	sets: GuidelineSet[];
	/** Guidelines by stable id. */
	byId: Map<string, Guideline>;
	/** Sets by code. */
	bySet: Map<string, GuidelineSet>;
}

/** A text in the requested language, or the English one with `fallback: true`. */
export interface Localized<T> {
	value: T;
	/** The language the text is actually in. */
	locale: Locale;
	fallback: boolean;
}

/** Picks a translation or falls back to English. */
export function localize<T>(
	texts: Partial<Record<Locale, T>> & { en: T },
	locale: Locale
): Localized<T> {
	const value = texts[locale];
	if (value !== undefined) return { value, locale, fallback: false };
	return { value: texts.en, locale: DEFAULT_LOCALE, fallback: locale !== DEFAULT_LOCALE };
}

/** Builds the library from a pack that `validatePack` accepted. */
export function buildLibrary(pack: RawPack): Library {
	const byId = new Map<string, Guideline>();
	const bySet = new Map<string, Guideline[]>();
	for (const file of pack.guidelines) {
		const d: GuidelineData = file.data;
		const guideline: Guideline = {
			id: d.id,
			slug: file.slug,
			set: d.set,
			edition: d.edition,
			part: d.part,
			section: d.section,
			number: d.number,
			related: d.related,
			provenance: d.provenance,
			text: { en: { ...pickText(d), body: file.body, file: file.file } },
		};
		byId.set(d.id, guideline);
		bySet.set(d.set, [...(bySet.get(d.set) ?? []), guideline]);
	}
	for (const t of pack.guidelineTranslations) {
		const guideline = byId.get(t.data.id);
		if (
			guideline &&
			t.locale !== DEFAULT_LOCALE &&
			(LOCALES as readonly string[]).includes(t.locale)
		) {
			guideline.text[t.locale as Locale] = { ...pickText(t.data), body: t.body, file: t.file };
		}
	}
	const sets: GuidelineSet[] = pack.sets.map((file) => {
		const d = file.data;
		return {
			code: d.code,
			edition: d.edition,
			issaEdition: d.issaEdition ?? null,
			sourceUrl: d.sourceUrl ?? null,
			retired: d.retired.map((r) => ({
				id: r.id,
				slug: r.id.slice(r.id.indexOf('.') + 1),
				replacedBy: r.replacedBy ?? null,
				note: r.note,
			})),
			inEdition: d.guidelines.inEdition,
			parts: d.parts,
			guidelines: (bySet.get(d.code) ?? []).sort((a, b) => a.number - b.number),
			text: {
				en: {
					title: d.title,
					shortTitle: d.shortTitle,
					description: d.description,
					headings: headingsOf(d.parts),
					body: file.body,
					file: file.file,
				},
			},
		};
	});
	for (const t of pack.setTranslations) {
		const set = sets.find((s) => s.code === t.data.code);
		if (!set || t.locale === DEFAULT_LOCALE || !(LOCALES as readonly string[]).includes(t.locale))
			continue;
		set.text[t.locale as Locale] = {
			title: t.data.title,
			shortTitle: t.data.shortTitle,
			description: t.data.description,
			// Untranslated (or unconfirmed) part and section titles fall back to English one by one.
			headings: mergeHeadings(set.text.en.headings, headingsOf(t.data.parts)),
			body: t.body,
			file: t.file,
		};
	}
	sets.sort((a, b) => compareSetCodes(a.code, b.code));
	return { sets, byId, bySet: new Map(sets.map((set) => [set.code, set])) };
}

/** A file's text fields; a licensed pack's absent statement or structure is empty. */
function pickText(
	d: Omit<GuidelineText, 'body' | 'file' | 'statement' | 'structure' | 'titleSource'> & {
		statement?: string | undefined;
		structure?: string | undefined;
		titleSource?: string | undefined;
	}
): Omit<GuidelineText, 'body' | 'file'> {
	return {
		title: d.title,
		titleSource: d.titleSource ?? null,
		statement: d.statement ?? '',
		structure: d.structure ?? '',
		mechanism: d.mechanism,
		evidence: d.evidence,
		questions: d.questions,
		keywords: d.keywords,
	};
}

function mergeHeadings(
	english: Record<string, string | null>,
	translated: Record<string, string | null>
): Record<string, string | null> {
	const merged = { ...english };
	for (const [id, title] of Object.entries(translated)) if (title !== null) merged[id] = title;
	return merged;
}

function headingsOf(
	parts: { id: string; title: string | null; sections: { id: string; title: string | null }[] }[]
) {
	const headings: Record<string, string | null> = {};
	for (const part of parts) {
		headings[part.id] = part.title;
		for (const section of part.sections) headings[section.id] = section.title;
	}
	return headings;
}
