/**
 * One assessment open in this tab: its data in memory, every change applied at once on screen
 * and written in order to the repository, and other tabs' changes folded in as they arrive.
 *
 * - A change is kept in a queue until written; a failed write (full quota, blocked storage)
 *   keeps it there, says so, and is retried on the next change or after a pause. Nothing on
 *   screen is lost.
 * - After each write the tab tells the others which records changed; they read those records
 *   back and replay their own unwritten changes on top, so two tabs never undo each other.
 * - A tab whose database connection was closed for a newer build becomes `stale` and stops
 *   writing; its queue stays for an export.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
	Assessment,
	AssessmentHeader,
	GuidelineRecord,
} from '../../domain/assessment/model.ts';
import {
	applyHeaderOps,
	applyRecordOps,
	type HeaderOp,
	type RecordOp,
} from '../../domain/assessment/ops.ts';
import { recordOf } from '../../domain/assessment/scoring.ts';
import type { WriteFailure } from '../local.ts';
import type { TabChannel } from '../tab-sync.ts';
import * as z from 'zod/mini';
import { guidelineRecordSchema } from '../../domain/assessment/model.ts';
import { removedCustom, storageError, type AssessmentRepo, type Revised } from './repo.ts';
import type { SyncMessage } from './sync.ts';

export interface SessionState {
	status: 'loading' | 'ready' | 'missing' | 'stale';
	assessment: Assessment | null;
	/** Stored rows that could not be read (damaged, or from a newer build). */
	skipped: number;
	/** Changes not yet written. */
	pending: number;
	/** Why the last write failed; null once a write succeeds. */
	failure: WriteFailure | null;
}

type Queued =
	| { kind: 'record'; guidelineId: string; ops: RecordOp[]; by: string | null; at: string }
	| { kind: 'header'; ops: HeaderOp[]; at: string };

export interface SessionOptions {
	repo: AssessmentRepo;
	id: string;
	/** This tab's channel to the others, and its own id on it. */
	channel?: TabChannel<SyncMessage> | undefined;
	tab?: string;
	/** The assessor making changes in this tab. */
	me?: () => string | null;
	now?: () => string;
	/** Told of every write's outcome (the storage warning). */
	onWrite?: (failure: WriteFailure | null) => void;
	/** Pause before retrying a failed write. */
	retryMs?: number;
}

export interface Session {
	store: StoreApi<SessionState>;
	/** Changes one guideline's record. */
	change(guidelineId: string, ops: RecordOp[]): void;
	/** Changes the assessment's title, organisation, assessors, scope or own guidelines. */
	changeHeader(ops: HeaderOp[]): void;
	/** Resolves when every queued change has been written (or a write failed). */
	flush(): Promise<void>;
	/** Marks the tab stale: no more writes. */
	stop(): void;
	dispose(): void;
}

export function openSession(options: SessionOptions): Session {
	const { repo, id, channel } = options;
	const tab = options.tab ?? Math.random().toString(36).slice(2);
	const me = options.me ?? (() => null);
	const now = options.now ?? (() => new Date().toISOString());
	const store = createStore<SessionState>()(() => ({
		status: 'loading',
		assessment: null,
		skipped: 0,
		pending: 0,
		failure: null,
	}));
	const queue: Queued[] = [];
	/** Per guideline, the revision of the record this tab holds (see `Revised`). */
	const revisions = new Map<string, number>();
	let running: Promise<void> | null = null;
	let retry: ReturnType<typeof setTimeout> | undefined;
	let disposed = false;

	const set = (patch: Partial<SessionState>) => store.setState(patch);

	/** Replays this tab's unwritten changes of one record over a stored version. */
	const withPending = (guidelineId: string, stored: GuidelineRecord): GuidelineRecord =>
		queue.reduce(
			(r, q) =>
				q.kind === 'record' && q.guidelineId === guidelineId
					? applyRecordOps(r, q.ops, q.by, q.at)
					: r,
			stored
		);

	/** Takes a stored version of a record if it is newer than the one held; replays our edits on it. */
	const receive = (guidelineId: string, stored: Revised) => {
		if (stored.revision <= (revisions.get(guidelineId) ?? -1)) return;
		revisions.set(guidelineId, stored.revision);
		setRecord(guidelineId, withPending(guidelineId, stored.record));
	};

	const setRecord = (guidelineId: string, record: GuidelineRecord) => {
		const a = store.getState().assessment;
		if (!a) return;
		set({ assessment: { ...a, guidelines: { ...a.guidelines, [guidelineId]: record } } });
	};

	async function run(): Promise<void> {
		while (queue.length > 0 && !disposed && store.getState().status === 'ready') {
			const next = queue[0]!;
			try {
				if (next.kind === 'record') {
					const stored = await repo.changeRecord(id, next.guidelineId, next.ops, next.by, next.at);
					queue.shift();
					receive(next.guidelineId, stored);
					// The record travels with the message: other tabs need not read it back.
					channel?.post({
						kind: 'records',
						assessmentId: id,
						ids: [next.guidelineId],
						tab,
						records: { [next.guidelineId]: stored },
					});
				} else {
					const header = await repo.changeHeader(id, next.ops, next.at);
					queue.shift();
					const a = store.getState().assessment;
					if (a) {
						const pendingHeader = queue.reduce<AssessmentHeader>(
							(h, q) => (q.kind === 'header' ? applyHeaderOps(h, q.ops, q.at) : h),
							header
						);
						set({ assessment: { ...pendingHeader, guidelines: a.guidelines } });
					}
					channel?.post({ kind: 'header', assessmentId: id, tab });
				}
				set({ pending: queue.length, failure: null });
				options.onWrite?.(null);
			} catch (error) {
				const failure = storageError(error).failure;
				set({ pending: queue.length, failure });
				options.onWrite?.(failure);
				clearTimeout(retry);
				retry = setTimeout(() => void kick(), options.retryMs ?? 5000);
				return;
			}
		}
	}

	function kick(): Promise<void> {
		running ??= run().finally(() => {
			running = null;
		});
		return running;
	}

	async function load() {
		const loaded = await repo.load(id).catch(() => null);
		if (disposed) return;
		if (!loaded) {
			set({ status: 'missing' });
			return;
		}
		for (const [g, r] of Object.entries(loaded.revisions)) revisions.set(g, r);
		set({ status: 'ready', assessment: loaded.assessment, skipped: loaded.skipped });
	}

	async function onMessage(message: SyncMessage) {
		if (message.tab === tab || message.assessmentId !== id) return;
		if (message.kind === 'records') {
			// Records that came with the message (checked: another tab may run another build).
			const missing: string[] = [];
			for (const gid of message.ids) {
				const sent = message.records?.[gid];
				const record = sent && z.safeParse(guidelineRecordSchema, sent.record);
				if (sent && record?.success) receive(gid, { record: record.data, revision: sent.revision });
				else missing.push(gid);
			}
			if (missing.length === 0) return;
			const fresh = await repo.records(id, missing).catch(() => null);
			if (!fresh || disposed) return;
			for (const [gid, stored] of Object.entries(fresh)) receive(gid, stored);
		} else if (message.kind === 'header' || message.kind === 'replaced') {
			const loaded = await repo.load(id).catch(() => null);
			if (!loaded || disposed) return;
			if (message.kind === 'replaced') {
				revisions.clear();
				for (const [g, r] of Object.entries(loaded.revisions)) revisions.set(g, r);
			}
			const { guidelines: storedGuidelines, ...stored } = loaded.assessment;
			const header = queue.reduce<AssessmentHeader>(
				(h, q) => (q.kind === 'header' ? applyHeaderOps(h, q.ops, q.at) : h),
				stored
			);
			const current = store.getState().assessment?.guidelines ?? {};
			const guidelines =
				message.kind === 'replaced'
					? Object.fromEntries(
							Object.entries(storedGuidelines).map(([g, r]) => [g, withPending(g, r)])
						)
					: current;
			set({ assessment: { ...header, guidelines } });
		} else if (message.kind === 'deleted') {
			set({ status: 'missing' });
		}
	}

	const unsubscribe = channel?.subscribe((m) => void onMessage(m));
	void load();

	return {
		store,
		change(guidelineId, ops) {
			const a = store.getState().assessment;
			if (!a || ops.length === 0) return;
			const q: Queued = { kind: 'record', guidelineId, ops, by: me(), at: now() };
			queue.push(q);
			setRecord(
				guidelineId,
				applyRecordOps(recordOf(a.guidelines, guidelineId), q.ops, q.by, q.at)
			);
			set({ pending: queue.length });
			void kick();
		},
		changeHeader(ops) {
			const a = store.getState().assessment;
			if (!a || ops.length === 0) return;
			const q: Queued = { kind: 'header', ops, at: now() };
			queue.push(q);
			const { guidelines, ...header } = a;
			const kept = { ...guidelines };
			for (const g of removedCustom(ops)) delete kept[g];
			set({
				assessment: { ...applyHeaderOps(header, ops, q.at), guidelines: kept },
				pending: queue.length,
			});
			void kick();
		},
		flush: () => kick(),
		stop() {
			set({ status: 'stale' });
		},
		dispose() {
			disposed = true;
			clearTimeout(retry);
			unsubscribe?.();
		},
	};
}
