/** What tabs tell each other about assessments (on `STORAGE.sync`), checked on arrival. */
import * as z from 'zod/mini';
import { STORAGE } from '../keys.ts';
import { openTabChannel, type TabChannel } from '../tab-sync.ts';

export const syncMessage = z.discriminatedUnion('kind', [
	/** Records of an assessment changed; their new versions may come along (checked on arrival). */
	z.object({
		kind: z.literal('records'),
		assessmentId: z.string(),
		ids: z.array(z.string()).check(z.maxLength(10_000)),
		tab: z.string(),
		records: z.optional(
			z.record(z.string(), z.object({ record: z.unknown(), revision: z.int().check(z.minimum(0)) }))
		),
	}),
	/** Its title, organisation, assessors, scope or own guidelines changed. */
	z.object({ kind: z.literal('header'), assessmentId: z.string(), tab: z.string() }),
	/** It was replaced as a whole (an import). */
	z.object({ kind: z.literal('replaced'), assessmentId: z.string(), tab: z.string() }),
	/** It was deleted. */
	z.object({ kind: z.literal('deleted'), assessmentId: z.string(), tab: z.string() }),
	/** One was added (the workspace list changes). */
	z.object({ kind: z.literal('added'), assessmentId: z.string(), tab: z.string() }),
]);

export type SyncMessage = z.infer<typeof syncMessage>;

/** This tab's channel for assessment changes. */
export function openSyncChannel(): TabChannel<SyncMessage> {
	return openTabChannel(STORAGE.sync.key, syncMessage);
}
