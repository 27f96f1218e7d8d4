/**
 * Opens this tab's workshop storage: the site's IndexedDB database, or an in-memory stand-in
 * when the browser refuses it (the builder then says nothing will survive a reload).
 */
import { storageHealth } from '../health.ts';
import { STORAGE } from '../keys.ts';
import type { WriteFailure } from '../local.ts';
import { IdbWorkshopRepo, MemoryWorkshopRepo, type WorkshopRepo } from './repo.ts';
import { openWorkshopChannel } from './sync.ts';

export interface WorkshopStorage {
	repo: WorkshopRepo;
	channel: ReturnType<typeof openWorkshopChannel>;
	tab: string;
	report: (failure: WriteFailure | null) => void;
}

let opened: Promise<WorkshopStorage> | undefined;

export function openWorkshopStorage(): Promise<WorkshopStorage> {
	opened ??= (async () => {
		let repo: WorkshopRepo;
		try {
			repo = await IdbWorkshopRepo.open();
		} catch {
			repo = new MemoryWorkshopRepo();
			storageHealth.getState().report(STORAGE.database.key, 'unavailable');
		}
		return {
			repo,
			channel: openWorkshopChannel(),
			tab: crypto.randomUUID(),
			report: (failure) => storageHealth.getState().report(STORAGE.database.key, failure),
		};
	})();
	return opened;
}
