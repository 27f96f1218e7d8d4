/**
 * The assessments kept in this browser, as the workspace lists them, and what can be done to
 * them as a whole: create, duplicate, delete (with the deleted copy kept for an undo), import
 * (read and previewed first; nothing changes until the reader confirms) and export.
 */
import { createStore } from 'zustand/vanilla';
import { serializeAssessment } from '../../domain/assessment/exchange.ts';
import type { Assessment, AssessmentHeader } from '../../domain/assessment/model.ts';
import type { HeaderOp } from '../../domain/assessment/ops.ts';
import { parseAssessmentJson } from '../../domain/assessment/parse.ts';
import type { Problem } from '../../domain/assessment/problems.ts';
import type { WriteFailure } from '../local.ts';
import type { TabChannel } from '../tab-sync.ts';
import { storageError, type AssessmentRepo } from './repo.ts';
import type { SyncMessage } from './sync.ts';

export interface WorkspaceState {
	status: 'loading' | 'ready';
	headers: AssessmentHeader[];
	/** Rated guidelines per assessment (for the list). */
	rated: Record<string, number>;
	skipped: number;
	failure: WriteFailure | null;
}

/** An import read and checked, waiting for the reader's decision. */
export type ImportPreview =
	| { ok: false; problems: Problem[] }
	| {
			ok: true;
			assessment: Assessment;
			migratedFrom: number | null;
			/** The assessment with the same id already in this browser, if any. */
			existing: AssessmentHeader | null;
	  };

export interface WorkspaceOptions {
	repo: AssessmentRepo;
	channel?: TabChannel<SyncMessage> | undefined;
	tab?: string;
	now?: () => string;
	newId?: () => string;
	onWrite?: (failure: WriteFailure | null) => void;
}

export function createWorkspace(options: WorkspaceOptions) {
	const { repo, channel } = options;
	const tab = options.tab ?? Math.random().toString(36).slice(2);
	const now = options.now ?? (() => new Date().toISOString());
	const newId = options.newId ?? (() => crypto.randomUUID());
	const store = createStore<WorkspaceState>()(() => ({
		status: 'loading',
		headers: [],
		rated: {},
		skipped: 0,
		failure: null,
	}));

	async function refresh() {
		const { headers, skipped } = await repo.list();
		const rated: Record<string, number> = {};
		await Promise.all(
			headers.map(async (h) => {
				const loaded = await repo.load(h.id);
				rated[h.id] = loaded
					? Object.values(loaded.assessment.guidelines).filter((r) => r.level !== null).length
					: 0;
			})
		);
		store.setState({ status: 'ready', headers, rated, skipped });
	}

	/** Runs a write; a failure is kept in the state (and thrown for the caller's message). */
	async function write<T>(action: () => Promise<T>, message?: SyncMessage['kind'], id?: string) {
		try {
			const result = await action();
			store.setState({ failure: null });
			options.onWrite?.(null);
			if (message && id) channel?.post({ kind: message, assessmentId: id, tab } as SyncMessage);
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
		if (m.tab !== tab && m.kind !== 'records') void refresh();
	});

	return {
		store,
		refresh,
		/** Stores a new assessment (created, sample, or a copy). */
		add: (a: Assessment) => write(() => repo.put(a), 'added', a.id),
		/** A copy with a new id and title, nothing else changed. */
		async duplicate(id: string, title: string): Promise<Assessment | null> {
			const loaded = await repo.load(id);
			if (!loaded) return null;
			const at = now();
			const copy: Assessment = {
				...structuredClone(loaded.assessment),
				id: newId(),
				title,
				createdAt: at,
				updatedAt: at,
				lastExportedAt: null,
			};
			await write(() => repo.put(copy), 'added', copy.id);
			return copy;
		},
		/** A whole assessment as stored (for a CSV, which is not a backup and is not recorded). */
		load: async (id: string) => (await repo.load(id))?.assessment ?? null,
		/** Changes an assessment's title, organisation or assessors from the list. */
		changeHeader: (id: string, ops: HeaderOp[]) =>
			write(() => repo.changeHeader(id, ops, now()), 'header', id),
		/** Deletes an assessment; returns it whole, for an undo. */
		async remove(id: string): Promise<Assessment | null> {
			const loaded = await repo.load(id);
			await write(() => repo.remove(id), 'deleted', id);
			return loaded?.assessment ?? null;
		},
		/** Puts back a deleted assessment. */
		restore: (a: Assessment) => write(() => repo.put(a), 'added', a.id),
		/** Reads a file's text for the import preview. Changes nothing. */
		preview(text: string): ImportPreview {
			const parsed = parseAssessmentJson(text);
			if (!parsed.ok) return parsed;
			const existing = store.getState().headers.find((h) => h.id === parsed.assessment.id) ?? null;
			return { ...parsed, existing };
		},
		/**
		 * Stores a previewed import: `replace` overwrites the assessment with the same id,
		 * `copy` keeps both (the import gets a new id and the title given).
		 */
		async commitImport(
			preview: Extract<ImportPreview, { ok: true }>,
			mode: 'replace' | 'copy',
			copyTitle?: string
		): Promise<Assessment> {
			const a =
				mode === 'copy' && preview.existing
					? { ...preview.assessment, id: newId(), title: copyTitle ?? preview.assessment.title }
					: preview.assessment;
			await write(
				() => repo.put(a),
				preview.existing && mode === 'replace' ? 'replaced' : 'added',
				a.id
			);
			return a;
		},
		/** The file of an assessment, and the moment of export recorded for the backup reminder. */
		async exportJson(id: string): Promise<{ json: string; assessment: Assessment } | null> {
			const loaded = await repo.load(id);
			if (!loaded) return null;
			const at = now();
			const header = await repo.changeHeader(id, [{ op: 'exported', at }], at).catch(() => null);
			const assessment = { ...loaded.assessment, lastExportedAt: header?.lastExportedAt ?? at };
			channel?.post({ kind: 'header', assessmentId: id, tab });
			await refresh();
			return { json: serializeAssessment(assessment), assessment };
		},
		dispose() {
			unsubscribe?.();
		},
	};
}

export type Workspace = ReturnType<typeof createWorkspace>;

/** Days after which a changed, unexported assessment gets a backup reminder. */
export const BACKUP_REMINDER_DAYS = 7;

/** Whether to remind the reader to export a backup. */
export function needsBackup(header: AssessmentHeader, at: string): boolean {
	const since = header.lastExportedAt ?? header.createdAt;
	const changed = header.lastExportedAt ? header.updatedAt > header.lastExportedAt : true;
	return changed && Date.parse(at) - Date.parse(since) > BACKUP_REMINDER_DAYS * 86_400_000;
}
