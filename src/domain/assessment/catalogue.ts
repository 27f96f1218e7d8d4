/**
 * What the assessment screens, the report and the command line need of the library, in one
 * language: per set its edition, parts and sections, and per guideline its number, title and
 * our statement. Built once per language at build time (a static JSON file for the browser)
 * and from the pack in Node for the command line.
 */
import type { Locale } from '../locales.ts';
import { localize, type Library } from '../pack/model.ts';

export interface CatalogueGuideline {
	id: string;
	number: number;
	part: string;
	section: string | null;
	title: string;
	statement: string;
	/** True when the text is English standing in for a missing translation. */
	fallback: boolean;
}

export interface CataloguePart {
	id: string;
	title: string | null;
	sections: { id: string; title: string | null }[];
}

export interface CatalogueSet {
	code: string;
	edition: string;
	title: string;
	shortTitle: string;
	/** True when the titles are English standing in for the reader's language. */
	fallback: boolean;
	inEdition: number | null;
	parts: CataloguePart[];
	guidelines: CatalogueGuideline[];
}

export interface Catalogue {
	locale: Locale;
	sets: CatalogueSet[];
}

/** The catalogue of a language. */
export function buildCatalogue(library: Library, locale: Locale): Catalogue {
	return {
		locale,
		sets: library.sets.map((set) => {
			const localized = localize(set.text, locale);
			const text = localized.value;
			return {
				code: set.code,
				edition: set.edition,
				title: text.title,
				shortTitle: text.shortTitle,
				fallback: localized.fallback,
				inEdition: set.inEdition,
				parts: set.parts.map((part) => ({
					id: part.id,
					title: text.headings[part.id] ?? null,
					sections: part.sections.map((s) => ({ id: s.id, title: text.headings[s.id] ?? null })),
				})),
				guidelines: set.guidelines.map((g) => {
					const t = localize(g.text, locale);
					return {
						id: g.id,
						number: g.number,
						part: g.part,
						section: g.section ?? null,
						title: t.value.title,
						statement: t.value.statement,
						fallback: t.fallback,
					};
				}),
			};
		}),
	};
}

/** A set of the catalogue by code. */
export function catalogueSet(catalogue: Catalogue, code: string): CatalogueSet | undefined {
	return catalogue.sets.find((s) => s.code === code);
}
