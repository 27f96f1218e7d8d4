/**
 * Making the PDF report of an assessment, the same in a Web Worker and in the command line:
 * the document's blocks, the fonts its text needs (and no others), layout, drawing. Progress
 * is reported as it goes; the same input and date give the same bytes.
 */
import type { Catalogue } from '../domain/assessment/catalogue.ts';
import type { Assessment } from '../domain/assessment/model.ts';
import type { Locale } from '../domain/locales.ts';
import type { AssessStrings } from '../components/assess/strings.ts';
import { assessmentReport } from './documents/assessment.ts';
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

export type Phase = 'fonts' | 'layout' | 'draw';

export interface ReportDeps {
	loadFont: FontLoader;
	onProgress?: (phase: Phase, done: number, total: number) => void;
}

export async function generateReport(input: ReportInput, deps: ReportDeps): Promise<Uint8Array> {
	const document = assessmentReport(input.assessment, input.catalogue, input.strings, {
		locale: input.locale,
		date: input.date,
		...(input.sets ? { sets: input.sets } : {}),
	});
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
			language: input.locale,
			date: new Date(`${input.date}T00:00:00.000Z`),
		},
		A4,
		(done, total) => deps.onProgress?.('draw', done, total)
	);
}
