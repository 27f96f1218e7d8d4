/**
 * The one safe way to use localStorage: reads never throw (private mode, blocked storage, a
 * sandboxed frame), writes report a failure instead of throwing (a full quota), and another
 * tab's change to a key reaches a listener.
 */

/** Why a write failed: the quota is full, or storage is unavailable altogether. */
export type WriteFailure = 'quota' | 'unavailable';

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** The stored string, or null when there is none or storage cannot be read. */
export function readLocal(key: string): string | null {
	try {
		return storage()?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Stores a string; returns null on success or why it failed. Never throws. */
export function writeLocal(key: string, value: string): WriteFailure | null {
	const store = storage();
	if (!store) return 'unavailable';
	try {
		store.setItem(key, value);
		return null;
	} catch (error) {
		return isQuotaError(error) ? 'quota' : 'unavailable';
	}
}

/** Removes a key; returns null on success or why it failed. Never throws. */
export function removeLocal(key: string): WriteFailure | null {
	const store = storage();
	if (!store) return 'unavailable';
	try {
		store.removeItem(key);
		return null;
	} catch {
		return 'unavailable';
	}
}

/** Whether an error is a browser's "storage full" error (the names differ by engine). */
export function isQuotaError(error: unknown): boolean {
	if (
		!(error instanceof Error) &&
		!(typeof DOMException !== 'undefined' && error instanceof DOMException)
	)
		return false;
	const { name } = error as { name: string };
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Calls `listener` when another tab changes `key` (the `storage` event fires only in the other
 * tabs). Returns the function that stops listening.
 */
export function onLocalChange(key: string, listener: (value: string | null) => void): () => void {
	if (typeof window === 'undefined') return () => undefined;
	const handler = (event: StorageEvent) => {
		// `key === null` means another tab cleared the whole storage.
		if (event.key === key || event.key === null) listener(event.newValue);
	};
	window.addEventListener('storage', handler);
	return () => window.removeEventListener('storage', handler);
}
