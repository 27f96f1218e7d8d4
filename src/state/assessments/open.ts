/**
 * Opens this browser's assessment storage: IndexedDB when the browser allows it, otherwise an
 * in-memory stand-in (the UI then says that nothing will survive a reload and offers export).
 * Asks the browser to keep the data (`navigator.storage.persist`) once there is some.
 */
import { storageHealth } from '../health.ts';
import { STORAGE } from '../keys.ts';
import type { WriteFailure } from '../local.ts';
import { IdbAssessmentRepo, MemoryAssessmentRepo, type AssessmentRepo } from './repo.ts';
import { openSyncChannel } from './sync.ts';

export interface AssessmentStorage {
	repo: AssessmentRepo;
	channel: ReturnType<typeof openSyncChannel>;
	tab: string;
	/** Called when another tab with a newer build needs the database: this tab must stop. */
	onStale: (listener: () => void) => void;
	report: (failure: WriteFailure | null) => void;
}

let opened: Promise<AssessmentStorage> | undefined;

/** The storage of this tab (opened once). */
export function openAssessmentStorage(): Promise<AssessmentStorage> {
	opened ??= (async () => {
		const staleListeners = new Set<() => void>();
		let repo: AssessmentRepo;
		try {
			repo = await IdbAssessmentRepo.open({
				onBlocked: () => staleListeners.forEach((l) => l()),
			});
		} catch {
			repo = new MemoryAssessmentRepo();
			storageHealth.getState().report(STORAGE.database.key, 'unavailable');
		}
		return {
			repo,
			channel: openSyncChannel(),
			tab: crypto.randomUUID(),
			onStale: (listener) => staleListeners.add(listener),
			report: (failure) => storageHealth.getState().report(STORAGE.database.key, failure),
		};
	})();
	return opened;
}

/**
 * Asks the browser not to clear this site's data under storage pressure. Returns whether it
 * agreed (false where the browser has no such request).
 */
export async function requestPersistence(): Promise<boolean> {
	try {
		if (await navigator.storage?.persisted?.()) return true;
		return (await navigator.storage?.persist?.()) ?? false;
	} catch {
		return false;
	}
}
