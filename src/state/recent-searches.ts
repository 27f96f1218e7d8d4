/**
 * Recent searches, kept in this browser only (localStorage, see `STORAGE.recentSearches`).
 * The stored value is validated on every load: anything that does not fit is dropped. A full
 * or blocked storage never loses the search itself: the list stays in memory and `saveFailed`
 * lets the UI say so. Other tabs' changes arrive through the `storage` event.
 */
import * as z from 'zod/mini';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { pushRecent, RECENT_LIMIT } from '../search/recent.ts';
import { envelopeStorage, onLocalChange, type EnvelopeSpec } from './envelope.ts';
import { storageHealth } from './health.ts';
import { STORAGE } from './keys.ts';

export const RECENT_KEY = STORAGE.recentSearches.key;

export interface RecentSearches {
	queries: string[];
	add: (query: string) => void;
	clear: () => void;
}

/** What is stored: the queries, most recent first. */
export const recentSearchesSpec: EnvelopeSpec<{ queries: string[] }> = {
	version: 1,
	schema: z.object({
		queries: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(RECENT_LIMIT)),
	}),
};

/** Creates the store; the site uses the one instance below, tests make their own. */
export function createRecentSearchesStore(health = storageHealth) {
	return createStore<RecentSearches>()(
		persist(
			(set) => ({
				queries: [],
				add: (query) => set((state) => ({ queries: pushRecent(state.queries, query) })),
				clear: () => set({ queries: [] }),
			}),
			{
				name: RECENT_KEY,
				version: recentSearchesSpec.version,
				storage: envelopeStorage(recentSearchesSpec, (failure) =>
					health.getState().report(RECENT_KEY, failure)
				),
				partialize: (state) => ({ queries: state.queries }),
				skipHydration: true,
			}
		)
	);
}

export const recentSearches = createRecentSearchesStore();

/** Loads the stored list and follows changes made in other tabs. Call once on the client. */
export function connectRecentSearches(store = recentSearches): () => void {
	void store.persist.rehydrate();
	return onLocalChange(RECENT_KEY, () => void store.persist.rehydrate());
}
