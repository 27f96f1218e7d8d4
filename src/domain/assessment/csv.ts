/**
 * One CSV row per guideline of an assessment, for spreadsheets, with column headings in the
 * reader's language. Cells that a spreadsheet would run as a formula are escaped.
 */
import Papa from 'papaparse';
import type { AssessedSet } from './guidelines.ts';
import type { Assessment } from './model.ts';
import { recordOf } from './scoring.ts';

export const CSV_COLUMNS = [
	'set',
	'edition',
	'number',
	'id',
	'title',
	'own',
	'level',
	'notApplicable',
	'target',
	'weight',
	'notes',
	'evidenceCount',
	'evidence',
	'actionCount',
	'actions',
	'changedBy',
	'changedAt',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * One row per guideline of the scope, in guideline order, with the column headings given (in
 * the reader's language). Cells that a spreadsheet would run as a formula are escaped.
 */
export function assessmentCsv(
	a: Assessment,
	sets: readonly AssessedSet[],
	headings: Record<CsvColumn, string>,
	yes: string
): string {
	const names = new Map(a.assessors.map((x) => [x.id, x.name]));
	const rows = sets.flatMap((set) =>
		set.guidelines.map((g) => {
			const r = recordOf(a.guidelines, g.id);
			const cells: Record<CsvColumn, string | number> = {
				set: set.scope.set.toUpperCase(),
				edition: set.scope.edition,
				number: g.number,
				id: g.id,
				title: g.title,
				own: g.custom ? yes : '',
				level: r.level ?? '',
				notApplicable: r.notApplicable?.reason ?? '',
				target: r.target,
				weight: r.weight,
				notes: r.notes,
				evidenceCount: r.evidence.length,
				evidence: r.evidence
					.map((e) => (e.reference ? `${e.title} (${e.reference})` : e.title))
					.join('; '),
				actionCount: r.actions.length,
				actions: r.actions.map((x) => x.what).join('; '),
				changedBy: r.changedBy ? (names.get(r.changedBy) ?? r.changedBy) : '',
				changedAt: r.changedAt ?? '',
			};
			return CSV_COLUMNS.map((c) => cells[c]);
		})
	);
	return Papa.unparse(
		{ fields: CSV_COLUMNS.map((c) => headings[c]), data: rows },
		{ escapeFormulae: true, newline: '\r\n' }
	);
}
