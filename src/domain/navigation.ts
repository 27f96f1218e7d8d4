/**
 * Navigation over the library: the part → section → guideline tree of a set, previous and
 * next in set order, breadcrumbs, and the counts a set page and a card show.
 */
import { LOCALES, type Locale } from './locales.ts';
import { compareSetCodes, SET_CODES, type SetCode } from './sets.ts';
import { localize, type Guideline, type GuidelineSet, type Library } from './pack/model.ts';
import { setPath } from './paths.ts';

/** A guideline as a navigation leaf. */
export interface GuidelineLink {
	id: string;
	number: number;
	title: string;
	/** True when the title is the English fallback. */
	fallback: boolean;
	/** Whether a stored source confirms the number and title. */
	confirmed: boolean;
}

/** A section with its guidelines; `title` is null when no source confirms it. */
export interface SectionNode {
	id: string;
	title: string | null;
	guidelines: GuidelineLink[];
}

/** A part: guidelines directly under it (no section) first, then its sections. */
export interface PartNode {
	id: string;
	title: string | null;
	guidelines: GuidelineLink[];
	sections: SectionNode[];
	/** Number of guidelines in the part, sections included. */
	count: number;
}

/** A guideline as a link in the given language. */
export function guidelineLink(g: Guideline, locale: Locale): GuidelineLink {
	const text = localize(g.text, locale);
	return {
		id: g.id,
		number: g.number,
		title: text.value.title,
		fallback: text.fallback,
		confirmed: g.provenance.status === 'confirmed',
	};
}

/** The set's tree in ISSA order, titles in the given language (English where untranslated). */
export function setTree(set: GuidelineSet, locale: Locale): PartNode[] {
	const headings = localize(set.text, locale).value.headings;
	return set.parts.map((part) => {
		const inPart = set.guidelines.filter((g) => g.part === part.id);
		return {
			id: part.id,
			title: headings[part.id] ?? null,
			guidelines: inPart
				.filter((g) => g.section === undefined)
				.map((g) => guidelineLink(g, locale)),
			sections: part.sections.map((section) => ({
				id: section.id,
				title: headings[section.id] ?? null,
				guidelines: inPart
					.filter((g) => g.section === section.id)
					.map((g) => guidelineLink(g, locale)),
			})),
			count: inPart.length,
		};
	});
}

/** The guidelines before and after one, in set order. */
export function prevNext(set: GuidelineSet, id: string): { prev?: Guideline; next?: Guideline } {
	const i = set.guidelines.findIndex((g) => g.id === id);
	if (i < 0) return {};
	const prev = set.guidelines[i - 1];
	const next = set.guidelines[i + 1];
	return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/**
 * One step of a breadcrumb trail: the set (by its short title), then part and section by id
 * and title (null when unconfirmed); `anchor` is the fragment on the set page.
 */
export interface Crumb {
	kind: 'set' | 'part' | 'section';
	id: string;
	title: string | null;
	anchor?: string;
}

/** Set › part › section of a guideline, in the given language. */
export function breadcrumbs(set: GuidelineSet, g: Guideline, locale: Locale): Crumb[] {
	const text = localize(set.text, locale).value;
	const crumbs: Crumb[] = [{ kind: 'set', id: set.code, title: text.shortTitle }];
	crumbs.push({
		kind: 'part',
		id: g.part,
		title: text.headings[g.part] ?? null,
		anchor: partAnchor(g.part),
	});
	if (g.section) {
		crumbs.push({
			kind: 'section',
			id: g.section,
			title: text.headings[g.section] ?? null,
			anchor: partAnchor(g.section),
		});
	}
	return crumbs;
}

/**
 * A part or section heading as every page, the search index and the reports print it:
 * `A. Title` for a part, `A.1 Title` for a section. `untitled` stands in for a title no source
 * confirms (the UI's "title not yet confirmed"; empty where the id alone should show).
 */
export function headingLabel(
	heading: { id: string; title: string | null },
	kind: 'part' | 'section',
	untitled: string
): string {
	const id = kind === 'part' ? `${heading.id}.` : heading.id;
	const title = heading.title ?? untitled;
	return title ? `${id} ${title}` : id;
}

/** The explicit, ASCII fragment id of a part or section heading on the set page. */
export function partAnchor(id: string): string {
	return `part-${id.toLowerCase().replace('.', '-')}`;
}

/** What a set page and a card report about coverage. */
export interface SetStats {
	included: number;
	confirmed: number;
	unconfirmed: number;
	/** Guidelines of the edition the pack lacks; null when the edition's total is unknown. */
	missing: number | null;
	inEdition: number | null;
}

/** Included, confirmed, unconfirmed and missing counts of a set. */
export function setStats(set: GuidelineSet): SetStats {
	const included = set.guidelines.length;
	const confirmed = set.guidelines.filter((g) => g.provenance.status === 'confirmed').length;
	return {
		included,
		confirmed,
		unconfirmed: included - confirmed,
		missing: set.inEdition === null ? null : Math.max(0, set.inEdition - included),
		inEdition: set.inEdition,
	};
}

/** Numbers of the edition that the pack does not include (empty when the total is unknown). */
export function missingNumbers(set: GuidelineSet): number[] {
	if (set.inEdition === null) return [];
	const have = new Set(set.guidelines.map((g) => g.number));
	const out: number[] = [];
	for (let n = 1; n <= set.inEdition; n++) if (!have.has(n)) out.push(n);
	return out;
}

/** How far a set is translated into one language. */
export interface SetTranslation {
	/** Whether the set's titles and overview are translated. */
	overview: boolean;
	/** Guidelines translated, of `total`. */
	guidelines: number;
	total: number;
	/** The overview and every guideline. */
	complete: boolean;
}

/** How far a set is translated, in every language (English is always complete). */
export function setTranslations(set: GuidelineSet): Record<Locale, SetTranslation> {
	const total = set.guidelines.length;
	return Object.fromEntries(
		LOCALES.map((locale) => {
			const overview = set.text[locale] !== undefined;
			const guidelines = set.guidelines.filter((g) => g.text[locale] !== undefined).length;
			return [locale, { overview, guidelines, total, complete: overview && guidelines === total }];
		})
	) as Record<Locale, SetTranslation>;
}

/** Languages in which the whole set (overview and every guideline) is available. */
export function setLanguages(set: GuidelineSet): Locale[] {
	const translations = setTranslations(set);
	return LOCALES.filter((locale) => translations[locale].complete);
}

/** Related guidelines that exist in the library, in the order the author gave. */
export function relatedGuidelines(library: Library, g: Guideline): Guideline[] {
	return g.related.map((id) => library.byId.get(id)).filter((r): r is Guideline => r !== undefined);
}

/** A related guideline as a link, with the short title of its set. */
export interface RelatedLink extends GuidelineLink {
	setTitle: string;
	sameSet: boolean;
}

/** Everything around a guideline's own text, computed once for its page and for reports. */
export interface GuidelineView {
	/** Set › part › section, each with the site path it links to. */
	crumbs: (Crumb & { path: string })[];
	prev: GuidelineLink | undefined;
	next: GuidelineLink | undefined;
	related: RelatedLink[];
}

/** The breadcrumbs, previous / next and related links of a guideline in a language. */
export function guidelineView(library: Library, g: Guideline, locale: Locale): GuidelineView {
	const set = library.bySet.get(g.set);
	if (!set) throw new Error(`guidelineView: ${g.id} belongs to set "${g.set}", not in the library`);
	const page = setPath(locale, set.code);
	const { prev, next } = prevNext(set, g.id);
	return {
		crumbs: breadcrumbs(set, g, locale).map((c) => ({
			...c,
			path: c.anchor ? `${page}#${c.anchor}` : page,
		})),
		prev: prev && guidelineLink(prev, locale),
		next: next && guidelineLink(next, locale),
		related: relatedGuidelines(library, g).map((r) => {
			const relatedSet = library.bySet.get(r.set) ?? set;
			return {
				...guidelineLink(r, locale),
				setTitle: localize(relatedSet.text, locale).value.shortTitle,
				sameSet: r.set === set.code,
			};
		}),
	};
}

/** One row of the coverage table: a catalogue set and, when the pack has it, its counts. */
export interface CoverageRow {
	code: SetCode;
	set: GuidelineSet | undefined;
	stats: SetStats | undefined;
	languages: Locale[];
	/** Per language, how far the set is translated (undefined when the pack lacks the set). */
	translations: Record<Locale, SetTranslation> | undefined;
}

/**
 * Every set the site lists, in order: the ISSA catalogue's sets (those the pack lacks too),
 * then the pack's own sets.
 */
export function siteSetCodes(library: Library): SetCode[] {
	const codes = new Set<string>([...SET_CODES, ...library.sets.map((s) => s.code)]);
	return [...codes].sort(compareSetCodes);
}

/** Coverage of every ISSA set in catalogue order, including sets the pack lacks, then the pack's own. */
export function coverage(library: Library): CoverageRow[] {
	return siteSetCodes(library).map((code) => {
		const set = library.bySet.get(code);
		return {
			code,
			set,
			stats: set && setStats(set),
			languages: set ? setLanguages(set) : [],
			translations: set && setTranslations(set),
		};
	});
}

/** Sums of the coverage counts over the sets the pack includes. */
export function coverageTotals(rows: CoverageRow[]): Omit<SetStats, 'inEdition' | 'missing'> {
	const totals = { included: 0, confirmed: 0, unconfirmed: 0 };
	for (const row of rows) {
		if (!row.stats) continue;
		totals.included += row.stats.included;
		totals.confirmed += row.stats.confirmed;
		totals.unconfirmed += row.stats.unconfirmed;
	}
	return totals;
}
