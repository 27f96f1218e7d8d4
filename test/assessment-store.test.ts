/**
 * Assessments in the browser's storage (IndexedDB through fake-indexeddb): the repository,
 * a session per tab (two tabs never lose each other's edits; a full storage keeps the edit in
 * memory and retries), and the workspace (import previews change nothing; a refused file
 * leaves the store exactly as it was).
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoAssessment } from '../src/domain/assessment/demo.ts';
import { serializeAssessment } from '../src/domain/assessment/exchange.ts';
import type { Assessment } from '../src/domain/assessment/model.ts';
import {
	IdbAssessmentRepo,
	MemoryAssessmentRepo,
	StorageError,
	type AssessmentRepo,
} from '../src/state/assessments/repo.ts';
import { openSession, type Session } from '../src/state/assessments/session.ts';
import { openSyncChannel, type SyncMessage } from '../src/state/assessments/sync.ts';
import { createWorkspace, needsBackup } from '../src/state/assessments/workspace.ts';
import { assessment, catalogue, phrases, record } from './fixtures/assessment.ts';

const dbName = () => `gw-test-${Math.random()}`;
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 29, 10, 0, 0) + clock++ * 1000).toISOString();

async function ready(session: Session) {
	await expect.poll(() => session.store.getState().status).toBe('ready');
}

describe('IndexedDB repository', () => {
	it('stores, lists, loads and removes an assessment with its records', async () => {
		const repo = await IdbAssessmentRepo.open({ name: dbName() });
		const a = assessment({ guidelines: { 'com.mandate': record({ level: 2, notes: 'ნ' }) } });
		await repo.put(a);
		expect((await repo.list()).headers.map((h) => h.id)).toEqual(['a-1']);
		expect((await repo.load('a-1'))?.assessment).toEqual(a);
		await repo.remove('a-1');
		expect(await repo.load('a-1')).toBeNull();
		repo.close();
	});

	it('skips a damaged record instead of trusting it', async () => {
		const name = dbName();
		const repo = await IdbAssessmentRepo.open({ name });
		await repo.put(assessment({ guidelines: { 'com.mandate': record({ level: 2 }) } }));
		const { openDB } = await import('idb');
		const raw = await openDB(name);
		await raw.put('records', { assessmentId: 'a-1', guidelineId: 'com.tools', level: 'high' });
		raw.close();
		const loaded = await repo.load('a-1');
		expect(loaded?.skipped).toBe(1);
		expect(Object.keys(loaded!.assessment.guidelines)).toEqual(['com.mandate']);
		repo.close();
	});

	it('replaces every record of an assessment put again', async () => {
		const repo = await IdbAssessmentRepo.open({ name: dbName() });
		await repo.put(assessment({ guidelines: { 'com.mandate': record({ level: 2 }) } }));
		await repo.put(assessment({ guidelines: { 'com.tools': record({ level: 4 }) } }));
		expect(Object.keys((await repo.load('a-1'))!.assessment.guidelines)).toEqual(['com.tools']);
		repo.close();
	});
});

describe('two tabs on one assessment', () => {
	async function twoTabs() {
		const name = dbName();
		const repos = [await IdbAssessmentRepo.open({ name }), await IdbAssessmentRepo.open({ name })];
		await repos[0]!.put(assessment());
		const tabs = repos.map((repo, i) =>
			openSession({
				repo,
				id: 'a-1',
				channel: openSyncChannel(),
				tab: `t${i}`,
				me: () => `a${i + 1}`,
				now,
			})
		);
		await Promise.all(tabs.map(ready));
		return { tabs, repos };
	}

	it('keeps 100 interleaved edits of both tabs, on the same and different guidelines', async () => {
		const { tabs, repos } = await twoTabs();
		const ids = ['com.mandate', 'com.planning', 'com.tools'];
		for (let i = 0; i < 100; i++) {
			const tab = tabs[i % 2]!;
			const g = ids[i % 3]!;
			if (i % 4 === 0) tab.change(g, [{ op: 'level', value: (i % 5) as 0 }]);
			else
				tab.change(g, [
					{
						op: 'addEvidence',
						item: {
							id: `e${i}`,
							title: `Item ${i}`,
							kind: 'other',
							reference: '',
							date: null,
							owner: '',
						},
					},
				]);
		}
		await Promise.all(tabs.map((t) => t.flush()));
		const stored = (await repos[0]!.load('a-1'))!.assessment;
		const evidence = Object.values(stored.guidelines).flatMap((r) => r.evidence.map((e) => e.id));
		expect(evidence).toHaveLength(75);
		// Every tab converges on what is stored.
		for (const tab of tabs)
			await expect
				.poll(() =>
					Object.values(tab.store.getState().assessment!.guidelines).reduce(
						(n, r) => n + r.evidence.length,
						0
					)
				)
				.toBe(75);
		expect(tabs[1]!.store.getState().assessment!.guidelines).toEqual(stored.guidelines);
	});

	it('keeps both tabs’ changes to different fields of one guideline', async () => {
		const { tabs, repos } = await twoTabs();
		tabs[0]!.change('com.mandate', [{ op: 'level', value: 3 }]);
		tabs[1]!.change('com.mandate', [{ op: 'notes', value: 'from tab 2' }]);
		await Promise.all(tabs.map((t) => t.flush()));
		expect((await repos[0]!.load('a-1'))!.assessment.guidelines['com.mandate']).toMatchObject({
			level: 3,
			notes: 'from tab 2',
		});
		await expect
			.poll(() => tabs[0]!.store.getState().assessment!.guidelines['com.mandate']?.notes)
			.toBe('from tab 2');
		await expect
			.poll(() => tabs[1]!.store.getState().assessment!.guidelines['com.mandate']?.level)
			.toBe(3);
	});
});

/** A repository whose writes fail until `heal()`. */
class FailingRepo extends MemoryAssessmentRepo {
	failing = true;
	override changeRecord(...args: Parameters<AssessmentRepo['changeRecord']>) {
		if (this.failing) return Promise.reject(new StorageError('quota'));
		return super.changeRecord(...args);
	}
}

describe('a full storage', () => {
	it('keeps the edit on screen and in the queue, says why, and writes it once storage works', async () => {
		const repo = new FailingRepo();
		await repo.put(assessment());
		const failures: (string | null)[] = [];
		const session = openSession({
			repo,
			id: 'a-1',
			now,
			retryMs: 10,
			onWrite: (f) => failures.push(f),
		});
		await ready(session);
		session.change('com.mandate', [{ op: 'level', value: 4 }]);
		await session.flush();
		expect(session.store.getState()).toMatchObject({ failure: 'quota', pending: 1 });
		expect(session.store.getState().assessment!.guidelines['com.mandate']?.level).toBe(4);
		repo.failing = false;
		await expect.poll(() => session.store.getState().pending).toBe(0);
		expect(session.store.getState().failure).toBeNull();
		expect((await repo.load('a-1'))!.assessment.guidelines['com.mandate']?.level).toBe(4);
		expect(failures[0]).toBe('quota');
		expect(failures.at(-1)).toBeNull();
		session.dispose();
	});
});

describe('workspace', () => {
	const demo = demoAssessment(catalogue, phrases, { now: '2026-11-29T12:00:00.000Z', id: 'demo' });

	async function workspaceWith(...items: Assessment[]) {
		const repo = new MemoryAssessmentRepo();
		for (const a of items) await repo.put(a);
		let n = 0;
		const ws = createWorkspace({ repo, now, newId: () => `new-${++n}` });
		await ws.refresh();
		return { ws, repo };
	}

	it('previews an import and changes nothing until it is committed', async () => {
		const { ws, repo } = await workspaceWith();
		const preview = ws.preview(serializeAssessment(demo));
		expect(preview).toMatchObject({ ok: true, existing: null });
		expect((await repo.list()).headers).toEqual([]);
		if (!preview.ok) return;
		await ws.commitImport(preview, 'replace');
		expect(ws.store.getState().headers.map((h) => h.id)).toEqual(['demo']);
	});

	it('shows what an import of the same id would replace, and can keep both', async () => {
		const { ws } = await workspaceWith(demo);
		const preview = ws.preview(serializeAssessment({ ...demo, title: 'Newer' }));
		expect(preview).toMatchObject({ ok: true, existing: { id: 'demo', title: demo.title } });
		if (!preview.ok) return;
		await ws.commitImport(preview, 'copy', 'Newer (copy)');
		expect(
			ws.store
				.getState()
				.headers.map((h) => [h.id, h.title])
				.sort()
		).toEqual([
			['demo', demo.title],
			['new-1', 'Newer (copy)'],
		]);
	});

	it('deletes with an undo, and duplicates under a new id', async () => {
		const { ws } = await workspaceWith(demo);
		const copy = await ws.duplicate('demo', 'Copy');
		expect(copy?.guidelines).toEqual(demo.guidelines);
		const removed = await ws.remove('demo');
		expect(ws.store.getState().headers.map((h) => h.id)).toEqual(['new-1']);
		await ws.restore(removed!);
		expect(
			ws.store
				.getState()
				.headers.map((h) => h.id)
				.sort()
		).toEqual(['demo', 'new-1']);
	});

	it('records the export, and reminds of a backup after a week of unexported changes', async () => {
		const { ws } = await workspaceWith(demo);
		const out = await ws.exportJson('demo');
		expect(out?.assessment.lastExportedAt).toBeTruthy();
		const header = ws.store.getState().headers[0]!;
		expect(needsBackup(header, header.updatedAt)).toBe(false);
		const old = {
			...header,
			lastExportedAt: '2026-11-01T00:00:00.000Z',
			updatedAt: '2026-11-20T00:00:00.000Z',
		};
		expect(needsBackup(old, '2026-11-29T00:00:00.000Z')).toBe(true);
		expect(needsBackup(old, '2026-11-05T00:00:00.000Z')).toBe(false);
	});

	it('fuzz: 1,000 damaged imports are refused with paths and leave the store unchanged', async () => {
		const { ws, repo } = await workspaceWith(demo);
		const before = JSON.stringify(await repo.load('demo'));
		const valid = serializeAssessment(demo);
		const damaged = fc.oneof(
			fc.nat({ max: valid.length - 2 }).map((n) => valid.slice(0, n)),
			fc
				.tuple(
					fc.nat({ max: valid.length - 1 }),
					fc.string({ unit: 'binary', minLength: 1, maxLength: 4 })
				)
				.map(([at, s]) => valid.slice(0, at) + s + valid.slice(at + 1)),
			fc.jsonValue().map((v) => JSON.stringify(v))
		);
		let refused = 0;
		fc.assert(
			fc.property(damaged, (text) => {
				const preview = ws.preview(text);
				if (preview.ok) return;
				refused++;
				for (const p of preview.problems) expect(p.path).toMatch(/^\$/);
			}),
			{ numRuns: 1000, seed: 8 }
		);
		expect(refused).toBeGreaterThan(900);
		expect(JSON.stringify(await repo.load('demo'))).toBe(before);
		expect((await repo.list()).headers).toHaveLength(1);
	});
});

describe('messages from other tabs', () => {
	/** A channel whose messages the test delivers by hand, in any order. */
	function manualChannel() {
		const listeners = new Set<(m: SyncMessage) => void>();
		return {
			channel: {
				post: () => undefined,
				subscribe: (l: (m: SyncMessage) => void) => {
					listeners.add(l);
					return () => listeners.delete(l);
				},
				close: () => undefined,
			},
			deliver: (m: SyncMessage) => listeners.forEach((l) => l(m)),
		};
	}

	it('takes a record that came with the message, and ignores an older one arriving late', async () => {
		const repo = new MemoryAssessmentRepo();
		await repo.put(assessment());
		const { channel, deliver } = manualChannel();
		const session = openSession({ repo, id: 'a-1', channel, tab: 'me', now });
		await ready(session);
		const known = (await repo.records('a-1', ['com.mandate']))['com.mandate']!.revision;
		const message = (revision: number, level: number): SyncMessage => ({
			kind: 'records',
			assessmentId: 'a-1',
			ids: ['com.mandate'],
			tab: 'other',
			records: { 'com.mandate': { record: record({ level }), revision } },
		});
		deliver(message(known + 2, 3));
		await expect
			.poll(() => session.store.getState().assessment!.guidelines['com.mandate']?.level)
			.toBe(3);
		deliver(message(known + 1, 1));
		await new Promise((r) => setTimeout(r, 20));
		expect(session.store.getState().assessment!.guidelines['com.mandate']?.level).toBe(3);
		// A record that does not fit the schema is not trusted: it is read from storage instead.
		deliver({
			kind: 'records',
			assessmentId: 'a-1',
			ids: ['com.mandate'],
			tab: 'other',
			records: { 'com.mandate': { record: { level: 'x' }, revision: known + 9 } },
		});
		await new Promise((r) => setTimeout(r, 20));
		expect(session.store.getState().assessment!.guidelines['com.mandate']?.level).toBe(3);
		session.dispose();
	});
});
