/**
 * A participant's completed worksheet (the mini self-assessment of each guideline of the
 * workshop) turned into a starter self-assessment for their institution: its scope is every set
 * the workshop touched, in the edition the library follows, and the worksheet's answers are its
 * first ratings. Everything else of those sets stays unrated, to be assessed later.
 */
import type { Catalogue } from '../assessment/catalogue.ts';
import { createAssessment, emptyRecord, type Assessment, type Level } from '../assessment/model.ts';
import type { Workshop } from './model.ts';

/** What a participant wrote for one guideline. */
export interface WorksheetAnswer {
	level: Level | null;
	/** A reason when the guideline does not apply to the institution. */
	notApplicable: string | null;
	notes: string;
}

export type Worksheet = Record<string, WorksheetAnswer>;

export interface StarterOptions {
	id: string;
	at: string;
	title: string;
	organisation: { name: string; country: string };
}

/** Whether an answer holds anything. */
export function answered(a: WorksheetAnswer | undefined): boolean {
	return !!a && (a.level !== null || a.notApplicable !== null || a.notes.trim() !== '');
}

/** The starter assessment; guidelines the library lacks (another pack version) are left out. */
export function starterAssessment(
	pack: Workshop,
	worksheet: Worksheet,
	catalogue: Catalogue,
	options: StarterOptions
): Assessment {
	const known = new Map(catalogue.sets.flatMap((s) => s.guidelines.map((g) => [g.id, s] as const)));
	const sets = [
		...new Set(
			pack.items.flatMap((i) => (known.has(i.guideline) ? [known.get(i.guideline)!] : []))
		),
	];
	const assessment = createAssessment(
		{
			title: options.title,
			organisation: options.organisation,
			scope: sets.map((s) => ({ set: s.code, edition: s.edition, list: 'library' as const })),
			assessors: [],
		},
		options.id,
		options.at
	);
	for (const item of pack.items) {
		const answer = worksheet[item.guideline];
		if (!known.has(item.guideline) || !answered(answer)) continue;
		const reason = answer!.notApplicable?.trim() || null;
		assessment.guidelines[item.guideline] = {
			...emptyRecord(),
			level: reason ? null : answer!.level,
			notApplicable: reason ? { reason } : null,
			notes: answer!.notes.trim(),
			changedAt: options.at,
		};
	}
	return assessment;
}
