/**
 * Writing an assessment out: the JSON file (the exchange format, keys in a stable order so
 * that two exports of the same assessment are byte-identical) and the file names. The CSV is
 * in `csv.ts` (it brings papaparse, loaded only when a CSV is asked for).
 */
import type { Assessment } from './model.ts';

/** The JSON file of an assessment: guidelines sorted by id, two-space indentation. */
export function serializeAssessment(a: Assessment): string {
	const guidelines = Object.fromEntries(
		Object.keys(a.guidelines)
			.sort()
			.map((id) => [id, a.guidelines[id]!])
	);
	const ordered: Assessment = {
		schemaVersion: a.schemaVersion,
		kind: a.kind,
		id: a.id,
		title: a.title,
		organisation: a.organisation,
		scope: a.scope,
		assessors: a.assessors,
		createdAt: a.createdAt,
		updatedAt: a.updatedAt,
		guidelines,
		customGuidelines: a.customGuidelines,
		lastExportedAt: a.lastExportedAt ?? null,
	};
	return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A file name from a title and a date: `National-Fund-self-assessment-2026-11-29.json`. */
export function exportFileName(
	title: string,
	date: string,
	extension: 'json' | 'csv' | 'pdf'
): string {
	const base = title
		.normalize('NFKC')
		// Characters file systems refuse, and control characters.
		.replace(/[\\/:*?"<>|]+/g, ' ')
		.replace(/\p{Cc}+/gu, ' ')
		.trim()
		.replace(/\s+/g, '-')
		.slice(0, 80);
	return `${base || 'assessment'}-${date}.${extension}`;
}
