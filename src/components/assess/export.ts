/**
 * Exports from what is on screen, not from storage: this is also the way out when storage is
 * full or refused. The export is then recorded (for the backup reminder) where storage allows.
 */
import type { Catalogue } from '../../domain/assessment/catalogue.ts';
import { exportFileName, serializeAssessment } from '../../domain/assessment/exchange.ts';
import type { Assessment } from '../../domain/assessment/model.ts';
import type { Session } from '../../state/assessments/session.ts';
import { download } from './links.ts';
import type { Text } from '../../i18n/text.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** Downloads the JSON file of an assessment; returns its file name. */
export function downloadJson(assessment: Assessment): string {
	const name = exportFileName(assessment.title, today(), 'json');
	download(
		name,
		serializeAssessment({ ...assessment, lastExportedAt: new Date().toISOString() }),
		'application/json'
	);
	return name;
}

/**
 * Downloads the CSV of an assessment (one row per guideline); returns its file name. The CSV
 * code (papaparse) loads on first use.
 */
export async function downloadCsv(
	assessment: Assessment,
	catalogue: Catalogue,
	text: Text
): Promise<string> {
	const [{ assessmentCsv, CSV_COLUMNS }, { assessedSets }] = await Promise.all([
		import('../../domain/assessment/csv.ts'),
		import('../../domain/assessment/guidelines.ts'),
	]);
	const headings = Object.fromEntries(CSV_COLUMNS.map((c) => [c, text.t(`csv.${c}`)])) as Record<
		(typeof CSV_COLUMNS)[number],
		string
	>;
	const csv = assessmentCsv(
		assessment,
		assessedSets(assessment, catalogue),
		headings,
		text.t('csv.yes')
	);
	const name = exportFileName(assessment.title, today(), 'csv');
	// A byte-order mark so that spreadsheet programs read the text as UTF-8 (Georgian, accents).
	download(name, `\ufeff${csv}`, 'text/csv;charset=utf-8');
	return name;
}

/** Exports the session's assessment as JSON and records the export. */
export function exportAssessment(session: Session, _text?: Text): string | null {
	const a = session.store.getState().assessment;
	if (!a) return null;
	const name = downloadJson(a);
	session.changeHeader([{ op: 'exported', at: new Date().toISOString() }]);
	return name;
}
