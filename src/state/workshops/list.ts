/**
 * The workshop packs kept in this browser, as the builder lists them, and what can be done to
 * a pack as a whole: create, duplicate, delete (returned whole for an undo), import (read and
 * previewed first; nothing changes until the trainer confirms), export, save a shared copy.
 */
import { createStore } from 'zustand/vanilla';
import type { Problem } from '../../domain/assessment/problems.ts';
import { serializeWorkshop } from '../../domain/workshop/json-schema.ts';
import type { Workshop } from '../../domain/workshop/model.ts';
import { parseWorkshopJson } from '../../domain/workshop/parse.ts';
import type { WriteFailure } from '../local.ts';
import type { TabChannel } from '../tab-sync.ts';
import { storageError } from '../assessments/repo.ts';
import type { WorkshopRepo } from './repo.ts';
import type { WorkshopMessage } from './sync.ts';

export interface WorkshopListState {
	status: 'loading' | 'ready';
	packs: Workshop[];
	skipped: number;
	failure: WriteFailure | null;
}

export type WorkshopImport =
	{ ok: false; problems: Problem[] } | { ok: true; workshop: Workshop; existing: Workshop | null };

export interface WorkshopListOptions {
	repo: WorkshopRepo;
	channel?: TabChannel<WorkshopMessage> | undefined;
	tab?: string;
	now?: () => string;
	newId?: () => string;
	onWrite?: (failure: WriteFailure | null) => void;
}

export function createWorkshopList(options: WorkshopListOptions) {
	const { repo, channel } = options;
	const tab = options.tab ?? Math.random().toString(36).slice(2);
	const now = options.now ?? (() => new Date().toISOString());
	const newId = options.newId ?? (() => crypto.randomUUID());
	const store = createStore<WorkshopListState>()(() => ({
		status: 'loading',
		packs: [],
		skipped: 0,
		failure: null,
	}));

	async function refresh() {
		const { packs, skipped } = await repo.list();
		store.setState({ status: 'ready', packs, skipped });
	}

	async function write<T>(action: () => Promise<T>, kind: WorkshopMessage['kind'], id: string) {
		try {
			const result = await action();
			store.setState({ failure: null });
			options.onWrite?.(null);
			channel?.post({ kind, id, revision: 0, tab });
			await refresh();
			return result;
		} catch (error) {
			const failure = storageError(error).failure;
			store.setState({ failure });
			options.onWrite?.(failure);
			throw error;
		}
	}

	const unsubscribe = channel?.subscribe((m) => {
		if (m.tab !== tab) void refresh();
	});

	/** A copy of a pack under a new id, as a new pack of this browser. */
	const copyOf = (pack: Workshop, title: string): Workshop => {
		const at = now();
		return {
			...structuredClone(pack),
			id: newId(),
			title,
			createdAt: at,
			updatedAt: at,
			lastExportedAt: null,
		};
	};

	return {
		store,
		refresh,
		add: (pack: Workshop) => write(() => repo.put(pack), 'added', pack.id),
		/** Stores a copy (of a pack here, or of one opened from a share link). */
		async saveCopy(pack: Workshop, title: string): Promise<Workshop> {
			const copy = copyOf(pack, title);
			await write(() => repo.put(copy), 'added', copy.id);
			return copy;
		},
		async remove(id: string): Promise<Workshop | null> {
			const loaded = await repo.load(id);
			await write(() => repo.remove(id), 'deleted', id);
			return loaded?.pack ?? null;
		},
		restore: (pack: Workshop) => write(() => repo.put(pack), 'added', pack.id),
		preview(text: string): WorkshopImport {
			const parsed = parseWorkshopJson(text);
			if (!parsed.ok) return parsed;
			const existing = store.getState().packs.find((p) => p.id === parsed.workshop.id) ?? null;
			return { ok: true, workshop: parsed.workshop, existing };
		},
		/** Stores a previewed import: `replace` the pack with the same id, or keep both (`copy`). */
		async commitImport(
			preview: Extract<WorkshopImport, { ok: true }>,
			mode: 'replace' | 'copy',
			copyTitle: string
		): Promise<Workshop> {
			const pack =
				mode === 'copy' && preview.existing
					? copyOf(preview.workshop, copyTitle)
					: preview.workshop;
			await write(
				() => repo.put(pack),
				preview.existing && mode === 'replace' ? 'changed' : 'added',
				pack.id
			);
			return pack;
		},
		/** The file of a pack; the moment is recorded for the backup reminder. */
		async exportJson(id: string): Promise<{ json: string; pack: Workshop } | null> {
			const at = now();
			const stored = await repo.change(id, [{ op: 'exported', at }], at).catch(() => repo.load(id));
			if (!stored) return null;
			channel?.post({ kind: 'changed', id, revision: stored.revision, tab });
			await refresh();
			return { json: serializeWorkshop(stored.pack), pack: stored.pack };
		},
		dispose() {
			unsubscribe?.();
		},
	};
}

export type WorkshopList = ReturnType<typeof createWorkshopList>;
