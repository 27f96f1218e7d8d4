/**
 * Changes to an assessment as data. A change is applied to whatever is stored at the moment it
 * is written (inside one database transaction), not to the copy a tab holds: two tabs that
 * change different fields of one guideline, or add evidence to it at the same time, both keep
 * their change. The same operations replay a tab's unsaved edits on top of another tab's.
 */
import type {
	Action,
	AssessmentHeader,
	Assessor,
	CustomGuideline,
	Evidence,
	GuidelineRecord,
	Level,
	ScopeEntry,
} from './model.ts';

type ItemFields<T> = Partial<Omit<T, 'id'>>;

export type RecordOp =
	/** A level; choosing one ends "not applicable". */
	| { op: 'level'; value: Level | null }
	/** Not applicable with its reason (clears the level), or applicable again (null). */
	| { op: 'notApplicable'; value: { reason: string } | null }
	| { op: 'target'; value: Level }
	| { op: 'weight'; value: number }
	| { op: 'notes'; value: string }
	| { op: 'addEvidence'; item: Evidence }
	| { op: 'updateEvidence'; id: string; fields: ItemFields<Evidence> }
	| { op: 'removeEvidence'; id: string }
	| { op: 'addAction'; item: Action }
	| { op: 'updateAction'; id: string; fields: ItemFields<Action> }
	| { op: 'removeAction'; id: string };

function addItem<T extends { id: string }>(items: readonly T[], item: T): T[] {
	return items.some((i) => i.id === item.id) ? [...items] : [...items, item];
}
function updateItem<T extends { id: string }>(
	items: readonly T[],
	id: string,
	fields: ItemFields<T>
): T[] {
	return items.map((i) => (i.id === id ? { ...i, ...fields, id } : i));
}
function removeItem<T extends { id: string }>(items: readonly T[], id: string): T[] {
	return items.filter((i) => i.id !== id);
}

/** Applies operations to a record, stamped with who and when. Pure. */
export function applyRecordOps(
	record: GuidelineRecord,
	ops: readonly RecordOp[],
	by: string | null,
	at: string
): GuidelineRecord {
	let r: GuidelineRecord = { ...record };
	for (const op of ops) {
		switch (op.op) {
			case 'level':
				r = { ...r, level: op.value, notApplicable: op.value === null ? r.notApplicable : null };
				break;
			case 'notApplicable':
				r = { ...r, notApplicable: op.value, level: op.value ? null : r.level };
				break;
			case 'target':
				r = { ...r, target: op.value };
				break;
			case 'weight':
				r = { ...r, weight: op.value };
				break;
			case 'notes':
				r = { ...r, notes: op.value };
				break;
			case 'addEvidence':
				r = { ...r, evidence: addItem(r.evidence, op.item) };
				break;
			case 'updateEvidence':
				r = { ...r, evidence: updateItem(r.evidence, op.id, op.fields) };
				break;
			case 'removeEvidence':
				r = { ...r, evidence: removeItem(r.evidence, op.id) };
				break;
			case 'addAction':
				r = { ...r, actions: addItem(r.actions, op.item) };
				break;
			case 'updateAction':
				r = { ...r, actions: updateItem(r.actions, op.id, op.fields) };
				break;
			case 'removeAction':
				r = { ...r, actions: removeItem(r.actions, op.id) };
				break;
		}
	}
	return { ...r, changedBy: by, changedAt: at };
}

export type HeaderOp =
	| { op: 'title'; value: string }
	| { op: 'organisation'; value: { name: string; country: string } }
	| { op: 'scope'; value: ScopeEntry[] }
	| { op: 'addAssessor'; item: Assessor }
	| { op: 'updateAssessor'; id: string; fields: ItemFields<Assessor> }
	| { op: 'removeAssessor'; id: string }
	| { op: 'addCustom'; items: CustomGuideline[] }
	| { op: 'removeCustom'; id: string }
	/** Recorded when the file is exported; not a change of the assessment itself. */
	| { op: 'exported'; at: string };

/** Applies operations to an assessment's header. Pure. */
export function applyHeaderOps(
	header: AssessmentHeader,
	ops: readonly HeaderOp[],
	at: string
): AssessmentHeader {
	let h: AssessmentHeader = { ...header };
	let changed = false;
	for (const op of ops) {
		changed ||= op.op !== 'exported';
		switch (op.op) {
			case 'title':
				h = { ...h, title: op.value };
				break;
			case 'organisation':
				h = { ...h, organisation: { ...op.value } };
				break;
			case 'scope':
				h = { ...h, scope: op.value.map((s) => ({ ...s })) };
				break;
			case 'addAssessor':
				h = { ...h, assessors: addItem(h.assessors, op.item) };
				break;
			case 'updateAssessor':
				h = { ...h, assessors: updateItem(h.assessors, op.id, op.fields) };
				break;
			case 'removeAssessor':
				h = { ...h, assessors: removeItem(h.assessors, op.id) };
				break;
			case 'addCustom': {
				let list = h.customGuidelines;
				for (const item of op.items) list = addItem(list, item);
				h = { ...h, customGuidelines: list };
				break;
			}
			case 'removeCustom':
				h = { ...h, customGuidelines: removeItem(h.customGuidelines, op.id) };
				break;
			case 'exported':
				h = { ...h, lastExportedAt: op.at };
				break;
		}
	}
	return changed ? { ...h, updatedAt: at } : h;
}
