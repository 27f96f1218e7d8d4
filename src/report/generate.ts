/**
 * Making the PDFs, the same in a Web Worker and in the command line: the assessment report
 * and the workshop's handout and facilitator guide. Each is a document of blocks; then come
 * the fonts its text needs (and no others), layout and drawing, shared by all of them.
 * Progress is reported as it goes; the same input and date give the same bytes.
 */
import type { Catalogue } from '../domain/assessment/catalogue.ts';
import type { Assessment } from '../domain/assessment/model.ts';
import type { Locale } from '../domain/locales.ts';
import type { Workshop } from '../domain/workshop/model.ts';
import type { WorkshopTexts } from '../domain/workshop/texts.ts';
import type { AssessStrings } from '../components/assess/strings.ts';
import { assessmentReport, type ReportDocument } from './documents/assessment.ts';
import { workshopDocument } from './documents/workshop.ts';
import type { FontLoader } from './fonts.ts';
import { A4, layoutDocument, textsOf } from './layout/layout.ts';
import { renderPdf } from './pdf/render.ts';
import { TextEngine } from './text/engine.ts';

export interface ReportInput {
	assessment: Assessment;
	catalogue: Catalogue;
	strings: AssessStrings;
	locale: Locale;
	/** Only these sets (all of the scope by default). */
	sets?: readonly string[];
	/** `YYYY-MM-DD`: printed as the report's date and stored as its creation date. */
	date: string;
}

export interface WorkshopPdfInput {
	workshop: Workshop;
	catalogue: Catalogue;
	/** Our texts per guideline, in the language of `strings`. */
	texts: WorkshopTexts;
	strings: AssessStrings;
	locale: Locale;
	/** The participant handout or the facilitator guide. */
	kind: 'handout' | 'guide';
	/** `YYYY-MM-DD`: the day it is made, stored as its creation date. */
	date: string;
}

export type Phase = 'fonts' | 'layout' | 'draw';

export interface ReportDeps {
	loadFont: FontLoader;
	onProgress?: (phase: Phase, done: number, total: number) => void;
}

/** Fonts, layout and drawing of a document: the part every PDF shares. */
async function makePdf(
	document: ReportDocument,
	locale: Locale,
	date: string,
	deps: ReportDeps
): Promise<Uint8Array> {
	deps.onProgress?.('fonts', 0, 1);
	const engine = new TextEngine(deps.loadFont);
	await engine.prepare(textsOf(document.blocks, document.footer));
	deps.onProgress?.('layout', 0, 1);
	const layout = layoutDocument(document.blocks, engine, document.footer, A4);
	return renderPdf(
		layout,
		engine,
		{
			title: document.title,
			author: document.author,
			subject: document.subject,
			keywords: document.keywords,
			language: locale,
			date: new Date(`${date}T00:00:00.000Z`),
		},
		A4,
		(done, total) => deps.onProgress?.('draw', done, total)
	);
}

export async function generateReport(input: ReportInput, deps: ReportDeps): Promise<Uint8Array> {
	const document = assessmentReport(input.assessment, input.catalogue, input.strings, {
		locale: input.locale,
		date: input.date,
		...(input.sets ? { sets: input.sets } : {}),
	});
	return makePdf(document, input.locale, input.date, deps);
}

/** The participant handout or the facilitator guide of a workshop pack. */
export async function generateWorkshopPdf(
	input: WorkshopPdfInput,
	deps: ReportDeps
): Promise<Uint8Array> {
	const document = workshopDocument(input.workshop, input.catalogue, input.texts, input.strings, {
		locale: input.locale,
		kind: input.kind,
		date: input.date,
	});
	return makePdf(document, input.locale, input.date, deps);
}
