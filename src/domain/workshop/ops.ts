/**
 * Changes to a workshop pack, as data. A tab keeps the changes it has not written yet and the
 * repository applies each one to the pack as stored at that moment, so two tabs editing
 * different fields (or one reordering while the other writes notes) never undo each other.
 * Operations that no longer fit (a guideline another tab removed) change nothing.
 */
import { newItem, type Workshop, type WorkshopItem } from './model.ts';

/** Fields of the pack a trainer edits directly. */
export type PackField =
	| 'title'
	| 'audience'
	| 'date'
	| 'start'
	| 'duration'
	| 'language'
	| 'facilitator'
	| 'opening'
	| 'closing'
	| 'preparation';

/** Fields of one guideline of the pack. */
export type ItemField = 'minutes' | 'notes' | 'questions' | 'exercises';

export type WorkshopOp =
	| { [F in PackField]: { op: 'set'; field: F; value: Workshop[F] } }[PackField]
	| { op: 'add'; guideline: string; questionCount: number; at?: number }
	| { op: 'remove'; guideline: string }
	| { op: 'move'; guideline: string; to: number }
	| {
			[F in ItemField]: { op: 'item'; guideline: string; field: F; value: WorkshopItem[F] };
	  }[ItemField]
	| { op: 'exported'; at: string };

const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n));

function applyOne(pack: Workshop, op: WorkshopOp): Workshop {
	switch (op.op) {
		case 'set':
			return { ...pack, [op.field]: op.value };
		case 'add': {
			if (pack.items.some((i) => i.guideline === op.guideline)) return pack;
			const items = [...pack.items];
			items.splice(
				clamp(op.at ?? items.length, 0, items.length),
				0,
				newItem(op.guideline, op.questionCount)
			);
			return { ...pack, items };
		}
		case 'remove':
			return { ...pack, items: pack.items.filter((i) => i.guideline !== op.guideline) };
		case 'move': {
			const from = pack.items.findIndex((i) => i.guideline === op.guideline);
			if (from < 0) return pack;
			const items = [...pack.items];
			const [item] = items.splice(from, 1);
			items.splice(clamp(op.to, 0, items.length), 0, item!);
			return { ...pack, items };
		}
		case 'item':
			return {
				...pack,
				items: pack.items.map((i) =>
					i.guideline === op.guideline ? { ...i, [op.field]: op.value } : i
				),
			};
		case 'exported':
			return { ...pack, lastExportedAt: op.at };
	}
}

/** The pack after `ops`, stamped `updatedAt = at` (an export alone does not count as a change). */
export function applyWorkshopOps(pack: Workshop, ops: readonly WorkshopOp[], at: string): Workshop {
	const next = ops.reduce(applyOne, pack);
	return ops.every((o) => o.op === 'exported') ? next : { ...next, updatedAt: at };
}
