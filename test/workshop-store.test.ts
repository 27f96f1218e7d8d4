/**
 * Workshop packs in the browser's storage (IndexedDB through fake-indexeddb), with the
 * assessment's guarantees: two tabs never lose each other's edits, a full storage keeps the
 * edit and retries, damaged rows are skipped, an import changes nothing until confirmed.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openGwDb } from '../src/state/db.ts';
import { StorageError } from '../src/state/assessments/repo.ts';
import {
	IdbWorkshopRepo,
	MemoryWorkshopRepo,
	type WorkshopRepo,
} from '../src/state/workshops/repo.ts';
import { openWorkshopSession, type WorkshopSession } from '../src/state/workshops/session.ts';
import { openWorkshopChannel } from '../src/state/workshops/sync.ts';
import { createWorkshopList } from '../src/state/workshops/list.ts';
import { serializeWorkshop } from '../src/domain/workshop/json-schema.ts';
import { workshop } from './fixtures/workshop.ts';

const dbName = () => `gw-ws-test-${Math.random()}`;
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 29, 10, 0, 0) + clock++ * 1000).toISOString();

async function ready(session: WorkshopSession) {
	await expect.poll(() => session.store.getState().status).toBe('ready');
}

describe('IndexedDB repository', () => {
	it('stores, lists, loads, changes and removes a pack', async () => {
		const repo = await IdbWorkshopRepo.open({ name: dbName() });
		await repo.put(workshop());
		expect((await repo.list()).packs.map((p) => p.id)).toEqual(['w-1']);
		const changed = await repo.change('w-1', [{ op: 'set', field: 'title', value: 'ნ' }], now());
		expect(changed.revision).toBe(2);
		expect((await repo.load('w-1'))?.pack.title).toBe('ნ');
		await repo.remove('w-1');
		expect(await repo.load('w-1')).toBeNull();
		repo.close();
	});

	it('skips a damaged row instead of trusting it, and never stores a bad change', async () => {
		const name = dbName();
		const repo = await IdbWorkshopRepo.open({ name });
		await repo.put(workshop());
		const db = await openGwDb({ name });
		await db.put('workshops', { id: 'broken', title: 42 });
		db.close();
		expect(await repo.list()).toMatchObject({ skipped: 1, packs: [{ id: 'w-1' }] });
		expect(await repo.load('broken')).toBeNull();
		await expect(
			repo.change('w-1', [{ op: 'set', field: 'duration', value: -1 }], now())
		).rejects.toThrow();
		expect((await repo.load('w-1'))?.pack.duration).toBe(180);
		repo.close();
	});
});

describe('two tabs on one pack', () => {
	it('keep a reorder in one and notes, titles and additions in the other', async () => {
		const name = dbName();
		const repos = [await IdbWorkshopRepo.open({ name }), await IdbWorkshopRepo.open({ name })];
		await repos[0]!.put(workshop());
		const tabs = repos.map((repo, i) =>
			openWorkshopSession({ repo, id: 'w-1', channel: openWorkshopChannel(), tab: `t${i}`, now })
		);
		await Promise.all(tabs.map(ready));
		for (let i = 0; i < 40; i++) {
			if (i % 2 === 0)
				tabs[0]!.change([
					{ op: 'move', guideline: i % 4 === 0 ? 'com.planning' : 'com.mandate', to: 0 },
				]);
			else
				tabs[1]!.change([
					{ op: 'item', guideline: 'com.mandate', field: 'notes', value: `note ${i}` },
				]);
		}
		tabs[1]!.change([{ op: 'add', guideline: 'com.tools', questionCount: 2 }]);
		tabs[0]!.change([{ op: 'set', field: 'title', value: 'From tab 1' }]);
		await Promise.all(tabs.map((t) => t.flush()));
		const stored = (await repos[0]!.load('w-1'))!.pack;
		expect(stored.title).toBe('From tab 1');
		expect(stored.items.find((i) => i.guideline === 'com.mandate')!.notes).toBe('note 39');
		expect(stored.items.map((i) => i.guideline).sort()).toEqual([
			'com.mandate',
			'com.planning',
			'com.tools',
		]);
		for (const tab of tabs) await expect.poll(() => tab.store.getState().pack).toEqual(stored);
		tabs.forEach((t) => t.dispose());
	});
});

class FailingRepo extends MemoryWorkshopRepo {
	failing = true;
	override change(...args: Parameters<WorkshopRepo['change']>) {
		if (this.failing) return Promise.reject(new StorageError('quota'));
		return super.change(...args);
	}
}

describe('a full storage', () => {
	it('keeps the edit on screen and in the queue, says why, and writes it once storage works', async () => {
		const repo = new FailingRepo();
		await repo.put(workshop());
		const failures: (string | null)[] = [];
		const session = openWorkshopSession({
			repo,
			id: 'w-1',
			now,
			retryMs: 10,
			onWrite: (f) => failures.push(f),
		});
		await ready(session);
		session.change([{ op: 'set', field: 'audience', value: 'Managers' }]);
		await session.flush();
		expect(session.store.getState()).toMatchObject({ failure: 'quota', pending: 1 });
		expect(session.store.getState().pack!.audience).toBe('Managers');
		repo.failing = false;
		await expect.poll(() => session.store.getState().pending).toBe(0);
		expect((await repo.load('w-1'))!.pack.audience).toBe('Managers');
		expect(failures).toContain('quota');
		expect(failures.at(-1)).toBeNull();
		session.dispose();
	});
});

describe('the list of packs', () => {
	async function listWith(...packs: ReturnType<typeof workshop>[]) {
		const repo = new MemoryWorkshopRepo();
		for (const p of packs) await repo.put(p);
		let n = 0;
		const list = createWorkshopList({ repo, now, newId: () => `new-${++n}` });
		await list.refresh();
		return { list, repo };
	}

	it('previews an import and changes nothing until it is committed; keeps both on request', async () => {
		const { list, repo } = await listWith(workshop());
		expect(list.preview('{"kind":"x"}')).toMatchObject({
			ok: false,
			problems: [{ code: 'not-a-workshop' }],
		});
		const preview = list.preview(serializeWorkshop(workshop({ title: 'Imported' })));
		expect(preview).toMatchObject({ ok: true, existing: { id: 'w-1' } });
		expect((await repo.list()).packs.map((p) => p.title)).toEqual(['Communication workshop']);
		if (!preview.ok) return;
		await list.commitImport(preview, 'copy', 'Imported (copy)');
		expect((await repo.list()).packs.map((p) => p.title).sort()).toEqual([
			'Communication workshop',
			'Imported (copy)',
		]);
		await list.commitImport(preview, 'replace', '');
		expect((await repo.load('w-1'))!.pack.title).toBe('Imported');
	});

	it('deletes with an undo, saves copies under new ids and records exports', async () => {
		const { list, repo } = await listWith(workshop());
		const removed = await list.remove('w-1');
		expect(list.store.getState().packs).toEqual([]);
		await list.restore(removed!);
		expect(list.store.getState().packs.map((p) => p.id)).toEqual(['w-1']);
		const copy = await list.saveCopy(workshop(), 'Shared copy');
		expect(copy).toMatchObject({ id: 'new-1', title: 'Shared copy', lastExportedAt: null });
		const exported = await list.exportJson('w-1');
		expect(exported!.pack.lastExportedAt).not.toBeNull();
		expect((await repo.load('w-1'))!.pack.updatedAt).toBe(workshop().updatedAt);
	});
});

describe('a change the schema refuses', () => {
	it('is dropped, not retried, and the stored pack comes back on screen', async () => {
		const repo = new MemoryWorkshopRepo();
		await repo.put(workshop());
		const session = openWorkshopSession({ repo, id: 'w-1', now, retryMs: 10 });
		await ready(session);
		session.change([{ op: 'set', field: 'duration', value: 99_999 }]);
		session.change([{ op: 'set', field: 'audience', value: 'Directors' }]);
		await session.flush();
		expect(session.store.getState()).toMatchObject({ pending: 0, failure: null });
		expect(session.store.getState().pack).toMatchObject({ duration: 180, audience: 'Directors' });
		expect((await repo.load('w-1'))!.pack).toMatchObject({ duration: 180, audience: 'Directors' });
		session.dispose();
	});
});
