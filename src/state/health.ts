/**
 * Whether this browser's storage is taking our writes: every persisting store reports each
 * write here, so the UI can warn (and offer an export) while the data stays in memory. Kept
 * apart from the stores themselves, so that reporting a failure never triggers another write.
 */
import { createStore } from 'zustand/vanilla';
import type { WriteFailure } from './local.ts';

export interface StorageHealth {
	/** The last failed write per storage key; absent once a write succeeds again. */
	failures: Partial<Record<string, WriteFailure>>;
	/** Records the outcome of a write to `key` (null: it succeeded). */
	report: (key: string, failure: WriteFailure | null) => void;
}

export function createStorageHealth() {
	return createStore<StorageHealth>()((set, get) => ({
		failures: {},
		report: (key, failure) => {
			if ((get().failures[key] ?? null) === failure) return;
			const failures = { ...get().failures };
			if (failure) failures[key] = failure;
			else delete failures[key];
			set({ failures });
		},
	}));
}

export const storageHealth = createStorageHealth();
