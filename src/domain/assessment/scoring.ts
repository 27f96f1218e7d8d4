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

/** Why a guideline keeps a set from being ready. */
export type BlockerReason = 'unrated' | 'below-3' | 'no-evidence';

export interface Blocker {
	id: string;
	number: number;
	title: string;
	custom: boolean;
	reasons: BlockerReason[];
}

/** The level every applicable guideline needs for readiness (this tool's heuristic). */
export const READY_LEVEL = 3;

/**
 * Recognition readiness, this tool's heuristic (not the ISSA's): ready when every applicable
 * guideline is rated 3 or more and has at least one evidence item; otherwise the blockers,
 * each with every reason that applies.
 */
export function readiness(summary: Summary): {
	ready: boolean;
	/** Nothing applicable to judge (no guideline, or all not applicable): not ready. */
	empty: boolean;
	blockers: Blocker[];
} {
	const blockers: Blocker[] = [];
	for (const r of summary.rows) {
		if (r.status === 'not-applicable') continue;
		const reasons: BlockerReason[] = [];
		if (r.status === 'unrated') reasons.push('unrated');
		else if ((r.level ?? 0) < READY_LEVEL) reasons.push('below-3');
		if (r.evidence === 0) reasons.push('no-evidence');
		if (reasons.length > 0)
			blockers.push({ id: r.id, number: r.number, title: r.title, custom: r.custom, reasons });
	}
	const empty = summary.counts.applicable === 0;
	return { ready: blockers.length === 0 && !empty, empty, blockers };
}

/** The rated guidelines furthest below their target, weighted, largest first. */
export function largestGaps(summary: Summary, limit = 10): ScoreRow[] {
	return summary.rows
		.filter((r) => r.weightedGap > 0)
		.sort((a, b) => b.weightedGap - a.weightedGap || a.number - b.number)
		.slice(0, limit);
}

/** A part's target: the weighted mean target of its rated guidelines (null when none). */
export function meanTarget(summary: Summary): number | null {
	return summary.sums.weight === 0 ? null : summary.sums.weightedTarget / summary.sums.weight;
}

/** Everything the dashboard, the report and `gw summary` show for one set of the scope. */
export interface SetReport extends SetSummary {
	title: string;
	readiness: ReturnType<typeof readiness>;
	gaps: ScoreRow[];
}

/** The figures of every set of an assessment's scope (optionally only some sets). */
export function reportScope(
	sets: readonly AssessedSet[],
	records: Readonly<Record<string, GuidelineRecord>>,
	only?: readonly string[]
): SetReport[] {
	return sets
		.filter((s) => !only || only.includes(s.scope.set))
		.map((set) => {
			const summary = summarizeSet(set, records);
			return {
				...summary,
				title: set.catalogue?.title ?? set.scope.set.toUpperCase(),
				readiness: readiness(summary.summary),
				gaps: largestGaps(summary.summary),
			};
		});
}

/** The machine-readable summary `gw summary --json` prints (numbers unrounded, null when undefined). */
export function summaryJson(reports: readonly SetReport[]) {
	return {
		sets: reports.map((r) => ({
			set: r.set,
			edition: r.edition,
			score: r.summary.score,
			percent: r.summary.percent,
			completeness: r.summary.completeness,
			evidenceCoverage: r.summary.evidenceCoverage,
			percentToTarget: r.summary.percentToTarget,
			ready: r.readiness.ready,
			blockers: r.readiness.blockers.map((b) => b.id),
			parts: r.parts.map((p) => ({
				part: p.part,
				score: p.summary.score,
				completeness: p.summary.completeness,
			})),
		})),
	};
}
