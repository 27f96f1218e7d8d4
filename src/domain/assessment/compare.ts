/**
 * Two states of an assessment side by side: two snapshots, a snapshot and today, or two
 * assessments of the same scope. Per guideline what changed (level, not applicable, evidence
 * added or removed) and per set and part how the score moved.
 */
import type { Catalogue } from './catalogue.ts';
import { assessedSets } from './guidelines.ts';
import { titleKey } from './guidelines.ts';
import type { Assessment, Evidence } from './model.ts';
import { recordOf, summarizeSet } from './scoring.ts';

export interface GuidelineChange {
	id: string;
	set: string;
	number: number;
	title: string;
	/** null when the level did not change. */
	level: { from: number | null; to: number | null } | null;
	/** The reason before and after; null when applicability did not change. */
	notApplicable: { from: string | null; to: string | null } | null;
	evidenceAdded: Evidence[];
	evidenceRemoved: Evidence[];
}

export interface ScoreChange {
	set: string;
	/** Part id, or null for the whole set. */
	part: string | null;
	from: number | null;
	to: number | null;
	/** to − from; null when either is undefined. */
	delta: number | null;
}

export interface Comparison {
	/** Sets both sides assess (same code and edition); only these are compared. */
	sets: string[];
	/** Sets only one side has. */
	onlyBefore: string[];
	onlyAfter: string[];
	guidelines: GuidelineChange[];
	scores: ScoreChange[];
}

/** How an evidence item is recognised on both sides: its title and reference. */
export function evidenceKey(e: Pick<Evidence, 'title' | 'reference'>): string {
	return `${titleKey(e.title)}|${e.reference.trim()}`;
}

/** Compares `before` with `after`. */
export function compareAssessments(
	before: Assessment,
	after: Assessment,
	catalogue: Catalogue
): Comparison {
	const key = (s: { set: string; edition: string }) => `${s.set}@${s.edition}`;
	const beforeKeys = new Set(before.scope.map(key));
	const afterKeys = new Set(after.scope.map(key));
	const common = before.scope.filter((s) => afterKeys.has(key(s))).map((s) => s.set);
	const setsBefore = assessedSets(before, catalogue).filter((s) => common.includes(s.scope.set));
	const setsAfter = assessedSets(after, catalogue).filter((s) => common.includes(s.scope.set));
	const guidelines: GuidelineChange[] = [];
	const scores: ScoreChange[] = [];
	for (const setAfter of setsAfter) {
		const setBefore = setsBefore.find((s) => s.scope.set === setAfter.scope.set)!;
		const ids = [...new Set([...setBefore.guidelines, ...setAfter.guidelines].map((g) => g.id))];
		const meta = new Map([...setBefore.guidelines, ...setAfter.guidelines].map((g) => [g.id, g]));
		for (const id of ids) {
			const g = meta.get(id)!;
			const a = recordOf(before.guidelines, id);
			const b = recordOf(after.guidelines, id);
			const aKeys = new Set(a.evidence.map(evidenceKey));
			const bKeys = new Set(b.evidence.map(evidenceKey));
			const change: GuidelineChange = {
				id,
				set: setAfter.scope.set,
				number: g.number,
				title: g.title,
				level: a.level !== b.level ? { from: a.level, to: b.level } : null,
				notApplicable:
					(a.notApplicable === null) !== (b.notApplicable === null)
						? { from: a.notApplicable?.reason ?? null, to: b.notApplicable?.reason ?? null }
						: null,
				evidenceAdded: b.evidence.filter((e) => !aKeys.has(evidenceKey(e))),
				evidenceRemoved: a.evidence.filter((e) => !bKeys.has(evidenceKey(e))),
			};
			if (
				change.level ||
				change.notApplicable ||
				change.evidenceAdded.length ||
				change.evidenceRemoved.length
			)
				guidelines.push(change);
		}
		const sa = summarizeSet(setBefore, before.guidelines);
		const sb = summarizeSet(setAfter, after.guidelines);
		const delta = (from: number | null, to: number | null) =>
			from === null || to === null ? null : to - from;
		scores.push({
			set: setAfter.scope.set,
			part: null,
			from: sa.summary.score,
			to: sb.summary.score,
			delta: delta(sa.summary.score, sb.summary.score),
		});
		for (const p of sb.parts) {
			const from = sa.parts.find((x) => x.part === p.part)?.summary.score ?? null;
			scores.push({
				set: setAfter.scope.set,
				part: p.part,
				from,
				to: p.summary.score,
				delta: delta(from, p.summary.score),
			});
		}
	}
	return {
		sets: common,
		onlyBefore: before.scope.filter((s) => !afterKeys.has(key(s))).map((s) => s.set),
		onlyAfter: after.scope.filter((s) => !beforeKeys.has(key(s))).map((s) => s.set),
		guidelines,
		scores,
	};
}
