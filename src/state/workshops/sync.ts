/** What tabs tell each other about workshop packs (on `STORAGE.workshopSync`), checked on arrival. */
import * as z from 'zod/mini';
import { STORAGE } from '../keys.ts';
import { openTabChannel, type TabChannel } from '../tab-sync.ts';

export const workshopMessage = z.object({
	/** `changed`: read it again; `deleted`: it is gone; `added`: the list changed. */
	kind: z.enum(['changed', 'deleted', 'added']),
	id: z.string().check(z.maxLength(64)),
	revision: z.int().check(z.minimum(0)),
	tab: z.string().check(z.maxLength(64)),
});

export type WorkshopMessage = z.infer<typeof workshopMessage>;

export function openWorkshopChannel(): TabChannel<WorkshopMessage> {
	return openTabChannel(STORAGE.workshopSync.key, workshopMessage);
}
