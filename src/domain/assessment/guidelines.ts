/**
 * Which guidelines an assessment rates, set by set and in guideline order: the library's
 * (plus the agency's additions), or the agency's own list for its edition, each linked to the
 * library guideline with the same title. Also: reading a pasted list of guidelines, and
 * adding the agency's guidelines without duplicating the library's.
 */
import { normalize } from '../normalize.ts';
import type { Catalogue, CataloguePart, CatalogueSet } from './catalogue.ts';
import type { AssessmentHeader, CustomGuideline, ScopeEntry } from './model.ts';

/** One guideline as the workbook, the scores and the report see it. */
export interface AssessedGuideline {
	/** The key of its record in `assessment.guidelines`. */
	id: string;
	set: string;
	number: number;
	part: string;
	section: string | null;
	title: string;
	/** Our statement (library guidelines and custom ones linked to one). */
	statement: string | null;
	/** True for the agency's own guidelines. */
	custom: boolean;
	/** The library guideline it is, or matches; null for an agency's own without a match. */
	libraryId: string | null;
	/** True when title or statement is English standing in for the reader's language. */
	fallback: boolean;
}

/** One set of the scope with its guidelines and parts. */
export interface AssessedSet {
	scope: ScopeEntry;
	/** The set in the catalogue; undefined for a set the library does not have. */
	catalogue: CatalogueSet | undefined;
	/** Parts in order: the library's, then parts only the agency's guidelines use. */
	parts: CataloguePart[];
	guidelines: AssessedGuideline[];
}

function byNumber(a: AssessedGuideline, b: AssessedGuideline): number {
	return a.number - b.number || Number(a.custom) - Number(b.custom) || a.id.localeCompare(b.id);
}

function fromCustom(c: CustomGuideline, set: CatalogueSet | undefined): AssessedGuideline {
	const match = c.matches ? set?.guidelines.find((g) => g.id === c.matches) : undefined;
	return {
		id: c.id,
		set: c.set,
		number: c.number,
		part: c.part,
		section: c.section ?? null,
		title: c.title,
		statement: match?.statement ?? null,
		custom: true,
		libraryId: match?.id ?? null,
		fallback: false,
	};
}

/** The guidelines of each set in scope, in scope order. */
export function assessedSets(
	header: Pick<AssessmentHeader, 'scope' | 'customGuidelines'>,
	catalogue: Catalogue
): AssessedSet[] {
	return header.scope.map((scope) => {
		const set = catalogue.sets.find((s) => s.code === scope.set);
		const custom = header.customGuidelines
			.filter((c) => c.set === scope.set)
			.map((c) => fromCustom(c, set));
		const library: AssessedGuideline[] =
			scope.list === 'own' || !set
				? []
				: set.guidelines.map((g) => ({
						id: g.id,
						set: set.code,
						number: g.number,
						part: g.part,
						section: g.section,
						title: g.title,
						statement: g.statement,
						custom: false,
						libraryId: g.id,
						fallback: g.fallback,
					}));
		const guidelines = [...library, ...custom].sort(byNumber);
		const known = set?.parts ?? [];
		const extra = [...new Set(guidelines.map((g) => g.part))]
			.filter((id) => !known.some((p) => p.id === id))
			.sort()
			.map((id): CataloguePart => ({ id, title: null, sections: [] }));
		const parts = [...known, ...extra];
		return { scope, catalogue: set, parts, guidelines };
	});
}

/** Every assessed guideline of the scope, by id. */
export function assessedById(sets: readonly AssessedSet[]): Map<string, AssessedGuideline> {
	return new Map(sets.flatMap((s) => s.guidelines.map((g) => [g.id, g] as const)));
}

/** The id of an agency's guideline. */
export function customId(set: string, number: number): string {
	return `custom.${set}.${number}`;
}

/** A guideline read from a pasted line. */
export interface PastedGuideline {
	line: number;
	number: number;
	title: string;
	part: string | null;
	section: string | null;
}

export interface PasteResult {
	entries: PastedGuideline[];
	/** Lines that are neither a guideline nor a part or section heading. */
	unreadable: { line: number; text: string }[];
}

const GUIDELINE_LINE =
	/^(?:(?:guideline|directive|directriz|leitlinie|სახელმძღვანელო\s+პრინციპი)\s+)?(\d{1,4})\s*(?:[.):\-–]\s*|\t|\s+)(.+)$/iu;
const PART_WORD = /^(?:part|partie|parte|teil|ნაწილი)\s+/iu;
const PART_LINE = /^([A-Z]{1,3})(?:\s*[.:\-–)]\s*|\t|\s+)(.+)$/u;
const SECTION_LINE = /^([A-Z]{1,3}\.\d{1,3})\.?(?:\s*[:\-–]\s*|\t|\s+)(.+)$/u;

/**
 * Reads a list pasted from the agency's own copy, one guideline per line: the number then the
 * title, separated by a tab, a dot or spaces (`12. Title`, `12<TAB>Title`, `Guideline 12: …`),
 * optionally followed by tab-separated part and section columns. A part heading (`B. Title`,
 * `Part B Title`) or a section heading (`B.1 Title`) sets the part and section of the lines
 * that follow it; `part` is the part before any heading.
 */
export function parseGuidelineList(text: string, part: string | null = null): PasteResult {
	const entries: PastedGuideline[] = [];
	const unreadable: PasteResult['unreadable'] = [];
	let currentPart = part;
	let currentSection: string | null = null;
	text.split(/\r?\n/).forEach((raw, i) => {
		const line = raw.replace(/\s+$/, '').replace(/^\s+/, '');
		if (!line) return;
		const columns = line.split('\t').map((c) => c.trim());
		const section = SECTION_LINE.exec(line);
		if (section) {
			currentSection = section[1]!;
			currentPart = currentSection.split('.')[0]!;
			return;
		}
		const guideline = GUIDELINE_LINE.exec(
			columns.length > 1 ? `${columns[0]}\t${columns[1]}` : line
		);
		if (guideline) {
			const explicitPart = columns[2] && /^[A-Z]{1,3}$/.test(columns[2]) ? columns[2] : null;
			const explicitSection =
				columns[3] && /^[A-Z]{1,3}\.\d{1,3}$/.test(columns[3]) ? columns[3] : null;
			entries.push({
				line: i + 1,
				number: Number(guideline[1]),
				title: guideline[2]!.trim(),
				part: explicitPart ?? explicitSection?.split('.')[0] ?? currentPart,
				section: explicitSection ?? (explicitPart ? null : currentSection),
			});
			return;
		}
		const heading = PART_LINE.exec(line.replace(PART_WORD, ''));
		if (heading) {
			currentPart = heading[1]!;
			currentSection = null;
			return;
		}
		unreadable.push({ line: i + 1, text: line.slice(0, 120) });
	});
	return { entries, unreadable };
}

/** A title reduced for comparison: case, accents, punctuation and spacing ignored. */
export function titleKey(title: string): string {
	return normalize(title)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The library guideline of a set whose title matches, or undefined. */
export function matchTitle(set: CatalogueSet | undefined, title: string): string | undefined {
	const key = titleKey(title);
	return set?.guidelines.find((g) => titleKey(g.title) === key)?.id;
}

/** What adding pasted or typed guidelines to a set would do. */
export interface AddPlan {
	/** New custom guidelines, ready to store. */
	add: CustomGuideline[];
	/** Lines already in the library list (same title), not added again. */
	inLibrary: { entry: PastedGuideline; id: string }[];
	/** Lines refused: a number already used, or no part. */
	refused: { entry: PastedGuideline; reason: 'number-taken' | 'no-part' }[];
}

/**
 * Plans adding guidelines to a set of an assessment. With the library's list, a line whose
 * title is a library guideline's is already there, and a number the list already uses is
 * refused. With the agency's own list, every line is added, linked to the library guideline
 * with the same title where there is one.
 */
export function planAdditions(
	header: Pick<AssessmentHeader, 'scope' | 'customGuidelines'>,
	catalogue: Catalogue,
	setCode: string,
	entries: readonly PastedGuideline[]
): AddPlan {
	const scope = header.scope.find((s) => s.set === setCode);
	const plan: AddPlan = { add: [], inLibrary: [], refused: [] };
	if (!scope) return plan;
	const set = catalogue.sets.find((s) => s.code === setCode);
	const current = assessedSets(
		{ scope: [scope], customGuidelines: header.customGuidelines },
		catalogue
	)[0]!;
	const taken = new Set(current.guidelines.map((g) => g.number));
	for (const entry of entries) {
		const match = matchTitle(set, entry.title);
		if (scope.list === 'library' && match) {
			plan.inLibrary.push({ entry, id: match });
			continue;
		}
		const part =
			entry.part ?? (match ? set?.guidelines.find((g) => g.id === match)?.part : undefined);
		if (!part) {
			plan.refused.push({ entry, reason: 'no-part' });
			continue;
		}
		if (taken.has(entry.number)) {
			plan.refused.push({ entry, reason: 'number-taken' });
			continue;
		}
		taken.add(entry.number);
		const section =
			entry.section ??
			(match ? (set?.guidelines.find((g) => g.id === match)?.section ?? null) : null);
		plan.add.push({
			id: customId(setCode, entry.number),
			set: setCode,
			number: entry.number,
			title: entry.title.slice(0, 300),
			part,
			section,
			matches: scope.list === 'own' ? (match ?? null) : null,
		});
	}
	return plan;
}
