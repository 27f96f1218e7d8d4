/**
 * Which assessment the guideline pages rate into, and which assessor this browser's reader is
 * in each assessment (localStorage, `STORAGE.activeAssessment`). Its presence is also what
 * tells a guideline page to load the rating panel: a reader who never assessed loads nothing.
 */
import * as z from 'zod/mini';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { envelopeStorage, onLocalChange, type EnvelopeSpec } from '../envelope.ts';
import { storageHealth } from '../health.ts';
import { STORAGE } from '../keys.ts';

export const ACTIVE_KEY = STORAGE.activeAssessment.key;

export interface ActiveAssessment {
	/** The assessment guideline pages rate into. */
	id: string | null;
	/** Per assessment, the assessor id of the person using this browser. */
	me: Record<string, string>;
	choose: (id: string | null) => void;
	setMe: (assessmentId: string, assessorId: string) => void;
}

export const activeSpec: EnvelopeSpec<Pick<ActiveAssessment, 'id' | 'me'>> = {
	version: 1,
	schema: z.object({
		id: z.nullable(z.string().check(z.maxLength(64))),
		me: z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(64))),
	}),
};

export function createActiveStore(health = storageHealth) {
	return createStore<ActiveAssessment>()(
		persist(
			(set) => ({
				id: null,
				me: {},
				choose: (id) => set({ id }),
				setMe: (assessmentId, assessorId) =>
					set((s) => ({ me: { ...s.me, [assessmentId]: assessorId } })),
			}),
			{
				name: ACTIVE_KEY,
				version: activeSpec.version,
				storage: envelopeStorage(activeSpec, (failure) =>
					health.getState().report(ACTIVE_KEY, failure)
				),
				partialize: (s) => ({ id: s.id, me: s.me }),
				skipHydration: true,
			}
		)
	);
}

export const activeAssessment = createActiveStore();

/** Loads the stored choice and follows other tabs. Call once on the client. */
export function connectActiveAssessment(store = activeAssessment): () => void {
	void store.persist.rehydrate();
	return onLocalChange(ACTIVE_KEY, () => void store.persist.rehydrate());
}
