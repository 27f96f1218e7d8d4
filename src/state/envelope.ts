/**
 * zod/mini rather than zod: this module is in the search dialog's bundle, and the full zod
 * API would more than double it.
 *
 * A versioned envelope `{ version, state }` for a value kept in localStorage, checked on every
 * load: older versions go through their numbered migrations, then the result must pass the
 * current schema. A value that does not (a hand edit, another build's format, a truncated
 * write) is dropped and the store starts from its defaults, instead of crashing the page.
 *
 * zustand's own `migrate` runs only when the version differs, so a value of the right version
 * but the wrong shape would slip through; `envelopeStorage` validates before zustand sees it.
 */
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { onLocalChange, readLocal, removeLocal, writeLocal, type WriteFailure } from './local.ts';

/** How one stored value is read and written. */
export interface EnvelopeSpec<T> {
	/** The current version; stored values of a higher version are dropped. */
	version: number;
	/** The shape of `state` at the current version (a zod or zod/mini schema). */
	schema: $ZodType<T>;
	/** `migrations[v]` turns a state of version `v` into one of version `v + 1`. */
	migrations?: Record<number, (state: unknown) => unknown>;
}

const envelope = z.object({ version: z.int().check(z.minimum(0)), state: z.unknown() });

/** Why a stored value was not used. */
export type DropReason =
	'not-json' | 'not-envelope' | 'future-version' | 'no-migration' | 'invalid';

export type Loaded<T> = { ok: true; state: T; version: number } | { ok: false; reason: DropReason };

/** Parses, migrates and validates a stored string. Never throws. */
export function openEnvelope<T>(raw: string, spec: EnvelopeSpec<T>): Loaded<T> {
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return { ok: false, reason: 'not-json' };
	}
	const outer = z.safeParse(envelope, json);
	if (!outer.success) return { ok: false, reason: 'not-envelope' };
	let { version, state } = outer.data;
	if (version > spec.version) return { ok: false, reason: 'future-version' };
	try {
		while (version < spec.version) {
			const step = spec.migrations?.[version];
			if (!step) return { ok: false, reason: 'no-migration' };
			state = step(state);
			version++;
		}
	} catch {
		return { ok: false, reason: 'invalid' };
	}
	const inner = z.safeParse(spec.schema, state);
	return inner.success
		? { ok: true, state: inner.data, version: outer.data.version }
		: { ok: false, reason: 'invalid' };
}

/** The string stored for a state. */
export function sealEnvelope<T>(state: T, spec: EnvelopeSpec<T>): string {
	return JSON.stringify({ version: spec.version, state });
}

/** Reads a value from localStorage; null when absent or unusable. */
export function loadLocal<T>(key: string, spec: EnvelopeSpec<T>): T | null {
	const raw = readLocal(key);
	if (raw === null) return null;
	const loaded = openEnvelope(raw, spec);
	return loaded.ok ? loaded.state : null;
}

/** Writes a value to localStorage; null on success or why it failed. */
export function saveLocal<T>(key: string, state: T, spec: EnvelopeSpec<T>): WriteFailure | null {
	return writeLocal(key, sealEnvelope(state, spec));
}

/**
 * A zustand `PersistStorage` over localStorage that hands zustand only validated, current
 * states (so zustand's `migrate` never runs) and reports each write's outcome to `onWrite`
 * (null on success). `onWrite` must not write to the same store.
 */
export function envelopeStorage<T>(
	spec: EnvelopeSpec<T>,
	onWrite: (failure: WriteFailure | null) => void
): PersistStorage<T> {
	return {
		getItem: (name): StorageValue<T> | null => {
			const state = loadLocal(name, spec);
			return state === null ? null : { state, version: spec.version };
		},
		setItem: (name, value) => onWrite(saveLocal(name, value.state, spec)),
		removeItem: (name) => onWrite(removeLocal(name)),
	};
}

export { onLocalChange };
