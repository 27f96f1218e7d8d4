/**
 * Recent searches, kept in this browser only (localStorage, key `gw-recent-searches`).
 * A full or blocked storage never loses the search itself: the list stays in memory and
 * `saveFailed` lets the UI say so. Other tabs' changes arrive through the `storage` event.
 */
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { pushRecent } from '../search/recent.ts';

export const RECENT_KEY = 'gw-recent-searches';

interface RecentSearches {
	queries: string[];
	saveFailed: boolean;
	add(query: string): void;
	clear(): void;
}

/** localStorage that reports a failed write instead of throwing. */
function safeStorage(onFail: () => void): StateStorage {
	return {
		getItem: (name) => {
			try {
				return localStorage.getItem(name);
			} catch {
				return null;
			}
		},
		setItem: (name, value) => {
			try {
				localStorage.setItem(name, value);
			} catch {
				onFail();
			}
		},
		removeItem: (name) => {
			try {
				localStorage.removeItem(name);
			} catch {
				onFail();
			}
		},
	};
}

export const useRecentSearches = create<RecentSearches>()(
	persist(
		(set) => ({
			queries: [],
			saveFailed: false,
			add: (query) => set((state) => ({ queries: pushRecent(state.queries, query) })),
			clear: () => set({ queries: [] }),
		}),
		{
			name: RECENT_KEY,
			version: 1,
			storage: createJSONStorage(() =>
				safeStorage(() => useRecentSearches.setState({ saveFailed: true }))
			),
			partialize: (state) => ({ queries: state.queries }),
			// A stored value of another shape (an older version, a hand edit) is dropped, not trusted.
			migrate: (stored) => {
				const queries = (stored as { queries?: unknown } | null)?.queries;
				return {
					queries: Array.isArray(queries)
						? queries.filter((q): q is string => typeof q === 'string')
						: [],
				};
			},
			skipHydration: true,
		}
	)
);

/** Loads the stored list and follows changes made in other tabs. Call once on the client. */
export function connectRecentSearches(): () => void {
	void useRecentSearches.persist.rehydrate();
	const onStorage = (event: StorageEvent) => {
		if (event.key === RECENT_KEY) void useRecentSearches.persist.rehydrate();
	};
	window.addEventListener('storage', onStorage);
	return () => window.removeEventListener('storage', onStorage);
}
