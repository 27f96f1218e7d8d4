/**
 * The texts a workshop prints for each guideline, in one language: who is usually responsible,
 * how it is usually put in place, the evidence an assessor would look for and our discussion
 * questions (all our own words, from the library). Built at build time as a static file per
 * language (`/workshop-data/<lang>.json`) and from the pack in Node for the command line.
 */
import type { Locale } from '../locales.ts';
import { localize, type Library } from '../pack/model.ts';

export interface GuidelineWorkshopText {
	structure: string;
	mechanism: string[];
	evidence: string[];
	questions: string[];
}

export type WorkshopTexts = Record<string, GuidelineWorkshopText>;

export function buildWorkshopTexts(library: Library, locale: Locale): WorkshopTexts {
	const out: WorkshopTexts = {};
	for (const set of library.sets)
		for (const g of set.guidelines) {
			const t = localize(g.text, locale).value;
			out[g.id] = {
				structure: t.structure,
				mechanism: t.mechanism,
				evidence: t.evidence,
				questions: t.questions,
			};
		}
	return out;
}
