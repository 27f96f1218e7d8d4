/**
 * The scores, exactly as the design notes fix them, each returned with the breakdown that made
 * it: which guidelines counted, with their levels, weights and targets, and which were left
 * out and why. Screens, the report and the command line print this breakdown; none of them
 * recomputes a figure. The scale and the readiness rule are this tool's, not the ISSA's.
 *
 * Over a group of guidelines G (a section, a part, a set), with A the applicable ones (not
 * N/A) and R ⊂ A the rated ones:
 * - score = Σ_R w·level ÷ Σ_R w (0–4; null when R is empty); percent = score ÷ 4;
 * - completeness = |R| ÷ |A|; evidence coverage = |{g ∈ A with evidence}| ÷ |A|;
 * - percent-to-target = 1 − Σ_R w·max(0, target − level) ÷ Σ_R w·target (null when 0 ÷ 0).
 */
import type { AssessedGuideline, AssessedSet } from './guidelines.ts';
import { emptyRecord, type GuidelineRecord, type Level } from './model.ts';

/** One guideline's part in a score. */
export interface ScoreRow {
	id: string;
	number: number;
	title: string;
	custom: boolean;
	status: 'rated' | 'unrated' | 'not-applicable';
	level: Level | null;
	target: Level;
	weight: number;
	/** Reason when not applicable. */
	reason: string | null;
	evidence: number;
	/** w·max(0, target − level) for a rated guideline; 0 otherwise. */
	weightedGap: number;
}

/** The figures of a group with their breakdown. */
export interface Summary {
	/** How many guidelines: in the group, applicable, rated, not applicable, with evidence. */
	counts: {
		all: number;
		applicable: number;
		rated: number;
		notApplicable: number;
		withEvidence: number;
	};
	score: number | null;
	percent: number | null;
	completeness: number | null;
	evidenceCoverage: number | null;
	percentToTarget: number | null;
	/** The sums the figures are made of. */
	sums: { weight: number; weightedLevel: number; weightedGap: number; weightedTarget: number };
	rows: ScoreRow[];
}

/** The stored record of a guideline, or an untouched one. */
export function recordOf(
	records: Readonly<Record<string, GuidelineRecord>>,
	id: string
): GuidelineRecord {
	return Object.prototype.hasOwnProperty.call(records, id) ? records[id]! : emptyRecord();
}

/** One guideline's row. */
export function scoreRow(g: AssessedGuideline, r: GuidelineRecord): ScoreRow {
	const status = r.notApplicable ? 'not-applicable' : r.level === null ? 'unrated' : 'rated';
	return {
		id: g.id,
		number: g.number,
		title: g.title,
		custom: g.custom,
		status,
		level: status === 'rated' ? (r.level as Level) : null,
		target: r.target as Level,
		weight: r.weight,
		reason: r.notApplicable?.reason ?? null,
		evidence: r.evidence.length,
		weightedGap: status === 'rated' ? r.weight * Math.max(0, r.target - (r.level ?? 0)) : 0,
	};
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** The figures of a group of guidelines. */
export function summarize(
	guidelines: readonly AssessedGuideline[],
	records: Readonly<Record<string, GuidelineRecord>>
): Summary {
	const rows = guidelines.map((g) => scoreRow(g, recordOf(records, g.id)));
	const applicable = rows.filter((r) => r.status !== 'not-applicable');
	const rated = applicable.filter((r) => r.status === 'rated');
	const sums = { weight: 0, weightedLevel: 0, weightedGap: 0, weightedTarget: 0 };
	for (const r of rated) {
		sums.weight += r.weight;
		sums.weightedLevel += r.weight * r.level!;
		sums.weightedGap += r.weightedGap;
		sums.weightedTarget += r.weight * r.target;
	}
	const score = ratio(sums.weightedLevel, sums.weight);
	const gap = ratio(sums.weightedGap, sums.weightedTarget);
	const withEvidence = applicable.filter((r) => r.evidence > 0).length;
	return {
		counts: {
			all: rows.length,
			applicable: applicable.length,
			rated: rated.length,
			notApplicable: rows.length - applicable.length,
			withEvidence,
		},
		score,
		percent: score === null ? null : score / 4,
		completeness: ratio(rated.length, applicable.length),
		evidenceCoverage: ratio(withEvidence, applicable.length),
		percentToTarget: gap === null ? null : 1 - gap,
		sums,
		rows,
	};
}

/** A set's figures, with each part's and each section's. */
export interface SetSummary {
	set: string;
	edition: string;
	summary: Summary;
	parts: {
		part: string;
		summary: Summary;
		sections: { section: string; summary: Summary }[];
	}[];
}

/** The figures of a set of the scope, by part and section. */
export function summarizeSet(
	set: AssessedSet,
	records: Readonly<Record<string, GuidelineRecord>>
): SetSummary {
	return {
		set: set.scope.set,
		edition: set.scope.edition,
		summary: summarize(set.guidelines, records),
		parts: set.parts.map((part) => {
			const inPart = set.guidelines.filter((g) => g.part === part.id);
			const sectionIds = [
				...part.sections.map((s) => s.id),
				...new Set(inPart.map((g) => g.section).filter((s): s is string => s !== null)),
			].filter((id, i, all) => all.indexOf(id) === i);
			return {
				part: part.id,
				summary: summarize(inPart, records),
				sections: sectionIds.map((section) => ({
					section,
					summary: summarize(
						inPart.filter((g) => g.section === section),
						records
					),
				})),
			};
		}),
	};
}
