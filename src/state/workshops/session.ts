/**
 * One workshop pack open in this tab, with the same guarantees as an assessment: every change
 * shows at once and is queued, written in order, kept and retried when a write fails (a full
 * quota), and another tab's changes are folded in with this tab's unwritten ones replayed on
 * top, so neither tab undoes the other.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Workshop } from '../../domain/workshop/model.ts';
import { applyWorkshopOps, type WorkshopOp } from '../../domain/workshop/ops.ts';
import type { WriteFailure } from '../local.ts';
import type { TabChannel } from '../tab-sync.ts';
import { storageError } from '../assessments/repo.ts';
import { InvalidWorkshopChange, type RevisedWorkshop, type WorkshopRepo } from './repo.ts';
import type { WorkshopMessage } from './sync.ts';

export interface WorkshopSessionState {
	status: 'loading' | 'ready' | 'missing';
	pack: Workshop | null;
	pending: number;
	failure: WriteFailure | null;
}

export interface WorkshopSessionOptions {
	repo: WorkshopRepo;
	id: string;
	channel?: TabChannel<WorkshopMessage> | undefined;
	tab?: string;
	now?: () => string;
	onWrite?: (failure: WriteFailure | null) => void;
	retryMs?: number;
}

export interface WorkshopSession {
	store: StoreApi<WorkshopSessionState>;
	change(ops: WorkshopOp[]): void;
	flush(): Promise<void>;
	dispose(): void;
}

export function openWorkshopSession(options: WorkshopSessionOptions): WorkshopSession {
	const { repo, id, channel } = options;
	const tab = options.tab ?? Math.random().toString(36).slice(2);
	const now = options.now ?? (() => new Date().toISOString());
	const store = createStore<WorkshopSessionState>()(() => ({
		status: 'loading',
		pack: null,
		pending: 0,
		failure: null,
	}));
	const queue: { ops: WorkshopOp[]; at: string }[] = [];
	let revision = -1;
	let running: Promise<void> | null = null;
	let retry: ReturnType<typeof setTimeout> | undefined;
	let disposed = false;

	/** Takes a stored version if newer than the one held, with this tab's unwritten changes on top. */
	const receive = (stored: RevisedWorkshop) => {
		if (stored.revision <= revision) return;
		revision = stored.revision;
		const pack = queue.reduce((p, q) => applyWorkshopOps(p, q.ops, q.at), stored.pack);
		store.setState({ pack });
	};

	async function run() {
		while (queue.length > 0 && !disposed) {
			const next = queue[0]!;
			try {
				const stored = await repo.change(id, next.ops, next.at);
				queue.shift();
				receive(stored);
				channel?.post({ kind: 'changed', id, revision: stored.revision, tab });
				store.setState({ pending: queue.length, failure: null });
				options.onWrite?.(null);
			} catch (error) {
				if (error instanceof InvalidWorkshopChange) {
					// Not storable (the screens check what they send): dropped, and the stored pack
					// shown again with the rest of the queue on top.
					queue.shift();
					revision = -1;
					const stored = await repo.load(id).catch(() => null);
					if (stored) receive(stored);
					store.setState({ pending: queue.length });
					continue;
				}
				const failure = storageError(error).failure;
				store.setState({ pending: queue.length, failure });
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

	const unsubscribe = channel?.subscribe((m) => {
		if (m.tab === tab || m.id !== id) return;
		if (m.kind === 'deleted') store.setState({ status: 'missing' });
		else if (m.revision > revision)
			void repo.load(id).then((stored) => {
				if (stored && !disposed) receive(stored);
			});
	});

	void repo
		.load(id)
		.catch(() => null)
		.then((stored) => {
			if (disposed) return;
			if (!stored) store.setState({ status: 'missing' });
			else {
				revision = stored.revision;
				store.setState({ status: 'ready', pack: stored.pack });
			}
		});

	return {
		store,
		change(ops) {
			const pack = store.getState().pack;
			if (!pack || ops.length === 0) return;
			const q = { ops, at: now() };
			queue.push(q);
			store.setState({ pack: applyWorkshopOps(pack, ops, q.at), pending: queue.length });
			void kick();
		},
		flush: () => kick(),
		dispose() {
			disposed = true;
			clearTimeout(retry);
			unsubscribe?.();
		},
	};
}
