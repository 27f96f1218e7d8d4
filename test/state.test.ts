// @vitest-environment happy-dom
/**
 * The storage layer: versioned envelopes checked on every load, the safe localStorage
 * wrapper, the tab channel, the IndexedDB upgrades, and the recent-searches store dropping
 * whatever stored value does not fit (the bug where a right-version, wrong-shape value broke
 * the search panel).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DB_VERSION, openGwDb } from '../src/state/db.ts';
import { createStorageHealth } from '../src/state/health.ts';
import { openEnvelope, sealEnvelope, type EnvelopeSpec } from '../src/state/envelope.ts';
import { LOCAL_KEYS, STORAGE } from '../src/state/keys.ts';
import { isQuotaError, readLocal, writeLocal } from '../src/state/local.ts';
import { createRecentSearchesStore, RECENT_KEY } from '../src/state/recent-searches.ts';
import { openTabChannel } from '../src/state/tab-sync.ts';

const spec: EnvelopeSpec<{ names: string[] }> = {
	version: 2,
	schema: z.object({ names: z.array(z.string()) }),
	migrations: { 1: (state) => ({ names: [(state as { name: string }).name] }) },
};

describe('openEnvelope', () => {
	it.each([
		{ name: 'a current value', raw: '{"version":2,"state":{"names":["a"]}}', result: { ok: true } },
		{
			name: 'an older version, migrated',
			raw: '{"version":1,"state":{"name":"a"}}',
			result: { ok: true, state: { names: ['a'] } },
		},
		{ name: 'not JSON', raw: '{"version":2,', result: { ok: false, reason: 'not-json' } },
		{ name: 'no envelope', raw: '["a"]', result: { ok: false, reason: 'not-envelope' } },
		{
			name: 'a version as text',
			raw: '{"version":"2","state":{}}',
			result: { ok: false, reason: 'not-envelope' },
		},
		{
			name: 'a future version',
			raw: '{"version":3,"state":{"names":[]}}',
			result: { ok: false, reason: 'future-version' },
		},
		{
			name: 'a version with no migration',
			raw: '{"version":0,"state":{}}',
			result: { ok: false, reason: 'no-migration' },
		},
		{
			name: 'the right version, wrong shape',
			raw: '{"version":2,"state":{"names":"x"}}',
			result: { ok: false, reason: 'invalid' },
		},
		{
			name: 'a migration that throws',
			raw: '{"version":1,"state":null}',
			result: { ok: false, reason: 'invalid' },
		},
		{
			name: 'a prototype key',
			raw: '{"version":2,"state":{"__proto__":{"names":["p"]}}}',
			result: { ok: false, reason: 'invalid' },
		},
	])('$name', ({ raw, result }) => {
		expect(openEnvelope(raw, spec)).toMatchObject(result);
	});

	it('round-trips what it seals', () => {
		const state = { names: ['ა', '🙂'] };
		expect(openEnvelope(sealEnvelope(state, spec), spec)).toEqual({ ok: true, state, version: 2 });
	});
});

afterEach(() => vi.unstubAllGlobals());

/** Replaces localStorage with one whose listed methods throw a DOMException named `name`. */
function failStorage(methods: ('setItem' | 'getItem')[], name: string) {
	const real = localStorage;
	const fail = () => {
		throw new DOMException('refused', name);
	};
	vi.stubGlobal('localStorage', {
		getItem: methods.includes('getItem') ? fail : (k: string) => real.getItem(k),
		setItem: methods.includes('setItem') ? fail : (k: string, v: string) => real.setItem(k, v),
		removeItem: (k: string) => real.removeItem(k),
	});
}

describe('localStorage wrapper', () => {
	it('reports a full quota instead of throwing', () => {
		failStorage(['setItem'], 'QuotaExceededError');
		expect(writeLocal('k', 'v')).toBe('quota');
	});

	it('reports blocked storage and reads nothing', () => {
		failStorage(['setItem', 'getItem'], 'SecurityError');
		expect(writeLocal('k', 'v')).toBe('unavailable');
		expect(readLocal('k')).toBeNull();
	});

	it.each([
		{ error: new DOMException('x', 'QuotaExceededError'), quota: true },
		{ error: new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'), quota: true },
		{ error: new TypeError('x'), quota: false },
		{ error: 'a string', quota: false },
	])('isQuotaError($error) is $quota', ({ error, quota }) => {
		expect(isQuotaError(error)).toBe(quota);
	});
});

describe('the key registry', () => {
	it('names every key once, with the site prefix', () => {
		const keys = Object.values(STORAGE).map((k) => k.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const key of keys) expect(key).toMatch(/^gw(-[a-z]+)*$/);
		expect(LOCAL_KEYS.map((k) => k.key)).toContain(RECENT_KEY);
	});
});

describe('recent searches store', () => {
	beforeEach(() => localStorage.clear());

	it.each([
		{
			name: 'the reported bug: right version, queries as text',
			stored: '{"state":{"queries":"x"},"version":1}',
		},
		{ name: 'queries of the wrong type', stored: '{"state":{"queries":[1,2]},"version":1}' },
		{ name: 'not JSON', stored: '{"state":' },
		{ name: 'a future version', stored: '{"state":{"queries":["a"]},"version":9}' },
		{ name: 'null', stored: 'null' },
	])('drops $name and keeps working', async ({ stored }) => {
		localStorage.setItem(RECENT_KEY, stored);
		const store = createRecentSearchesStore();
		await store.persist.rehydrate();
		expect(store.getState().queries).toEqual([]);
		store.getState().add('fraud');
		expect(store.getState().queries).toEqual(['fraud']);
		expect(JSON.parse(localStorage.getItem(RECENT_KEY)!)).toEqual({
			version: 1,
			state: { queries: ['fraud'] },
		});
	});

	it('loads a valid stored list', async () => {
		localStorage.setItem(RECENT_KEY, '{"state":{"queries":["a b","crisis"]},"version":1}');
		const store = createRecentSearchesStore();
		await store.persist.rehydrate();
		expect(store.getState().queries).toEqual(['a b', 'crisis']);
	});

	it('keeps the list in memory and says so while the quota is full', async () => {
		const health = createStorageHealth();
		const store = createRecentSearchesStore(health);
		await store.persist.rehydrate();
		failStorage(['setItem'], 'QuotaExceededError');
		store.getState().add('pensions');
		expect(store.getState().queries).toEqual(['pensions']);
		expect(health.getState().failures).toEqual({ [RECENT_KEY]: 'quota' });
		vi.unstubAllGlobals();
		store.getState().add('fraud');
		expect(health.getState().failures).toEqual({});
		expect(localStorage.getItem(RECENT_KEY)).toContain('pensions');
	});
});

describe('tab channel', () => {
	const message = z.object({ changed: z.string() });

	it('delivers valid messages to other tabs only, and drops malformed ones', async () => {
		const a = openTabChannel('gw-test', message);
		const b = openTabChannel('gw-test', message);
		const seenA: unknown[] = [];
		const seenB: unknown[] = [];
		a.subscribe((m) => seenA.push(m));
		b.subscribe((m) => seenB.push(m));
		a.post({ changed: 'x' });
		(a as unknown as { post: (m: unknown) => void }).post({ changed: 42 });
		await vi.waitFor(() => expect(seenB).toEqual([{ changed: 'x' }]));
		expect(seenA).toEqual([]);
		a.close();
		b.close();
	});

	it('falls back to storage events without BroadcastChannel', () => {
		vi.stubGlobal('BroadcastChannel', undefined);
		{
			const channel = openTabChannel('gw-test', message);
			const seen: unknown[] = [];
			channel.subscribe((m) => seen.push(m));
			// What another tab's post looks like here: a storage event on the channel's key.
			window.dispatchEvent(
				new StorageEvent('storage', {
					key: 'gw-test:message',
					newValue: JSON.stringify({ nonce: 1, message: { changed: 'g1' } }),
				})
			);
			window.dispatchEvent(
				new StorageEvent('storage', { key: 'gw-test:message', newValue: '{broken' })
			);
			expect(seen).toEqual([{ changed: 'g1' }]);
			channel.close();
		}
	});
});

describe('IndexedDB', () => {
	it('creates every store at the current version', async () => {
		const db = await openGwDb({ name: `gw-test-${Math.random()}` });
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual([
			'assessments',
			'records',
			'snapshots',
			'workshops',
		]);
		expect([...db.transaction('records').store.indexNames]).toEqual(['byAssessment']);
		db.close();
	});

	it('closes for a newer build in another tab and says so', async () => {
		const name = `gw-test-${Math.random()}`;
		const onBlocked = vi.fn();
		await openGwDb({ name, onBlocked });
		const { openDB } = await import('idb');
		const newer = await openDB(name, DB_VERSION + 1);
		expect(onBlocked).toHaveBeenCalledOnce();
		newer.close();
	});
});
