/**
 * Several assessors' files of one scope, merged into a new assessment. A value that only one
 * assessor gave, or that all gave alike, merges by itself; values that differ are conflicts a
 * coordinator decides (or `prefer: 'newest'` decides by date). Evidence and actions are united
 * without duplicates; assessors are united by name; each record keeps what every assessor
 * rated (`ratings`). Files of different scopes or editions are refused, or merged on their
 * common sets when the caller accepts that.
 */
import type { Catalogue } from './catalogue.ts';
import { assessedSets, titleKey } from './guidelines.ts';
import { evidenceKey } from './compare.ts';
import {
	ASSESSMENT_KIND,
	DEFAULT_TARGET,
	DEFAULT_WEIGHT,
	SCHEMA_VERSION,
	type Action,
	type Assessment,
	type Assessor,
	type CustomGuideline,
	type Evidence,
	type GuidelineRecord,
	type ScopeEntry,
} from './model.ts';
import { emptyRecord } from './model.ts';

/** One assessor's file. */
export interface MergeSource {
	/** How the coordinator knows this file (its name). */
	label: string;
	assessment: Assessment;
}

export const MERGE_FIELDS = ['rating', 'target', 'weight', 'notes'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** A rating: a level, or not applicable with a reason. */
export interface Rating {
	level: number | null;
	notApplicable: { reason: string } | null;
}

type FieldValue = Rating | number | string;

/** One assessor's value in a conflict, with what helps decide it. */
export interface Option {
	source: number;
	/** Who gave it: the assessor who last changed the record, and the file's label. */
	who: string;
	value: FieldValue;
	notes: string;
	evidence: Evidence[];
	changedAt: string | null;
}

export interface Conflict {
	/** `guidelineId#field`: the key of a decision. */
	key: string;
	guidelineId: string;
	set: string;
	number: number;
	title: string;
	field: MergeField;
	options: Option[];
}

export type ScopeCheck =
	| { status: 'same'; scope: ScopeEntry[] }
	/** Some sets or editions differ: only `scope` (what all files share) can be merged. */
	| { status: 'partial'; scope: ScopeEntry[]; dropped: string[] }
	| { status: 'none'; reason: 'no-files' | 'no-common-set' };

export interface MergePlan {
	scope: Extract<ScopeCheck, { status: 'same' | 'partial' }>;
	conflicts: Conflict[];
	/** The merged assessment with every conflict still at its first option. */
	draft: Assessment;
}

/** What all files share: sets with the same code, edition and list in every file. */
export function checkScope(sources: readonly MergeSource[]): ScopeCheck {
	if (sources.length === 0) return { status: 'none', reason: 'no-files' };
	const key = (s: ScopeEntry) => `${s.set}@${s.edition}@${s.list}`;
	const [first, ...rest] = sources.map((s) => s.assessment.scope);
	const shared = first!.filter((s) => rest.every((scope) => scope.some((t) => key(t) === key(s))));
	if (shared.length === 0) return { status: 'none', reason: 'no-common-set' };
	const all = new Set(sources.flatMap((s) => s.assessment.scope.map((x) => x.set)));
	const dropped = [...all].filter((set) => !shared.some((s) => s.set === set));
	const sameSize = sources.every((s) => s.assessment.scope.length === shared.length);
	return sameSize && dropped.length === 0
		? { status: 'same', scope: shared }
		: { status: 'partial', scope: shared, dropped };
}

const ratingOf = (r: GuidelineRecord): Rating => ({
	level: r.level,
	notApplicable: r.notApplicable,
});
const sameValue = (a: FieldValue, b: FieldValue) => JSON.stringify(a) === JSON.stringify(b);
const isUntouched = (r: GuidelineRecord) => r.level === null && r.notApplicable === null;

/** Unites items, without duplicates by `key`; an id already taken gets a suffix. */
function unite<T extends { id: string }>(lists: T[][], key: (t: T) => string): T[] {
	const out: T[] = [];
	const keys = new Set<string>();
	const ids = new Set<string>();
	for (const list of lists)
		for (const item of list) {
			const k = key(item);
			if (keys.has(k)) continue;
			keys.add(k);
			let id = item.id;
			for (let n = 2; ids.has(id); n++) id = `${item.id}-${n}`.slice(0, 64);
			ids.add(id);
			out.push({ ...item, id });
		}
	return out;
}

const actionKey = (a: Action) => `${titleKey(a.what)}|${a.owner.trim()}|${a.due ?? ''}`;

/** Plans a merge; refuses (null scope) when the files share no set. */
export function planMerge(
	sources: readonly MergeSource[],
	catalogue: Catalogue,
	options: { id: string; title: string; now: string }
): MergePlan | { error: Extract<ScopeCheck, { status: 'none' }> } {
	const scope = checkScope(sources);
	if (scope.status === 'none') return { error: scope };
	const sets = new Set(scope.scope.map((s) => s.set));

	// Assessors united by name; each file's ids mapped to the merged ids.
	const assessors: Assessor[] = [];
	const idMaps = sources.map((s) => {
		const map = new Map<string, string>();
		for (const a of s.assessment.assessors) {
			let merged = assessors.find((x) => titleKey(x.name) === titleKey(a.name));
			if (!merged) {
				merged = { id: `a${assessors.length + 1}`, name: a.name, role: a.role };
				assessors.push(merged);
			}
			map.set(a.id, merged.id);
		}
		return map;
	});
	const namesOf = (i: number) =>
		sources[i]!.assessment.assessors.map((a) => a.name).join(', ') || sources[i]!.label;
	/** Who gave a record's values: the assessor who last changed it, and the file. */
	const whoOf = (i: number, r: GuidelineRecord) => {
		const name = sources[i]!.assessment.assessors.find((a) => a.id === r.changedBy)?.name;
		return name ? `${name} (${sources[i]!.label})` : `${namesOf(i)} (${sources[i]!.label})`;
	};

	const customGuidelines: CustomGuideline[] = [];
	for (const s of sources)
		for (const c of s.assessment.customGuidelines)
			if (sets.has(c.set) && !customGuidelines.some((x) => x.id === c.id)) customGuidelines.push(c);

	const header = { scope: scope.scope, customGuidelines };
	const guidelines = assessedSets(header, catalogue).flatMap((s) => s.guidelines);
	const records: Record<string, GuidelineRecord> = {};
	const conflicts: Conflict[] = [];

	for (const g of guidelines) {
		const present = sources
			.map((s, i) => ({ i, r: s.assessment.guidelines[g.id] }))
			.filter((x): x is { i: number; r: GuidelineRecord } => x.r !== undefined);
		if (present.length === 0) continue;
		const merged: GuidelineRecord = { ...emptyRecord() };
		const option = (i: number, r: GuidelineRecord, value: FieldValue): Option => ({
			source: i,
			who: whoOf(i, r),
			value,
			notes: r.notes,
			evidence: r.evidence,
			changedAt: r.changedAt,
		});
		/** The distinct values assessors gave (ignoring those who gave none). */
		const decide = (
			field: MergeField,
			given: { i: number; r: GuidelineRecord; value: FieldValue }[]
		) => {
			const distinct: typeof given = [];
			for (const x of given)
				if (!distinct.some((d) => sameValue(d.value, x.value))) distinct.push(x);
			if (distinct.length > 1)
				conflicts.push({
					key: `${g.id}#${field}`,
					guidelineId: g.id,
					set: g.set,
					number: g.number,
					title: g.title,
					field,
					options: distinct.map((x) => option(x.i, x.r, x.value)),
				});
			return distinct[0]?.value;
		};
		const rating = decide(
			'rating',
			present.filter((x) => !isUntouched(x.r)).map((x) => ({ ...x, value: ratingOf(x.r) }))
		) as Rating | undefined;
		if (rating) Object.assign(merged, rating);
		const target = decide(
			'target',
			present.filter((x) => x.r.target !== DEFAULT_TARGET).map((x) => ({ ...x, value: x.r.target }))
		);
		if (target !== undefined) merged.target = target as number;
		const weight = decide(
			'weight',
			present.filter((x) => x.r.weight !== DEFAULT_WEIGHT).map((x) => ({ ...x, value: x.r.weight }))
		);
		if (weight !== undefined) merged.weight = weight as number;
		const notes = decide(
			'notes',
			present.filter((x) => x.r.notes.trim() !== '').map((x) => ({ ...x, value: x.r.notes }))
		);
		if (notes !== undefined) merged.notes = notes as string;
		merged.evidence = unite(
			present.map((x) => x.r.evidence),
			evidenceKey
		);
		merged.actions = unite(
			present.map((x) => x.r.actions),
			actionKey
		);
		const newest = present
			.filter((x) => x.r.changedAt)
			.sort((a, b) => (b.r.changedAt ?? '').localeCompare(a.r.changedAt ?? ''))[0];
		merged.changedAt = newest?.r.changedAt ?? null;
		merged.changedBy = newest?.r.changedBy
			? (idMaps[newest.i]!.get(newest.r.changedBy) ?? null)
			: null;
		merged.ratings = present
			.filter((x) => !isUntouched(x.r))
			.map((x) => ({ by: whoOf(x.i, x.r).slice(0, 300), ...ratingOf(x.r) }));
		records[g.id] = merged;
	}

	return {
		scope,
		conflicts,
		draft: {
			schemaVersion: SCHEMA_VERSION,
			kind: ASSESSMENT_KIND,
			id: options.id,
			title: options.title,
			organisation: sources[0]!.assessment.organisation,
			scope: scope.scope,
			assessors,
			createdAt: options.now,
			updatedAt: options.now,
			guidelines: records,
			customGuidelines,
			lastExportedAt: null,
		},
	};
}

/** A coordinator's decision: an option's index, or a value of their own (an edit). */
export type Decision = { option: number } | { value: FieldValue };

/** The conflicts still undecided. */
export function undecided(
	plan: MergePlan,
	decisions: Readonly<Record<string, Decision>>
): Conflict[] {
	return plan.conflicts.filter((c) => !(c.key in decisions));
}

/** Decides every conflict for the most recently changed record. */
export function preferNewest(plan: MergePlan): Record<string, Decision> {
	return Object.fromEntries(
		plan.conflicts.map((c) => {
			let best = 0;
			c.options.forEach((o, i) => {
				if ((o.changedAt ?? '') > (c.options[best]!.changedAt ?? '')) best = i;
			});
			return [c.key, { option: best }];
		})
	);
}

/** The merged assessment with the decisions applied (undecided conflicts keep their first option). */
export function applyDecisions(
	plan: MergePlan,
	decisions: Readonly<Record<string, Decision>>
): Assessment {
	const out = structuredClone(plan.draft);
	for (const c of plan.conflicts) {
		const decision = decisions[c.key];
		if (!decision) continue;
		const value = 'option' in decision ? c.options[decision.option]?.value : decision.value;
		if (value === undefined) continue;
		const r = out.guidelines[c.guidelineId]!;
		if (c.field === 'rating') Object.assign(r, value as Rating);
		else if (c.field === 'target') r.target = value as number;
		else if (c.field === 'weight') r.weight = value as number;
		else r.notes = value as string;
	}
	return out;
}
