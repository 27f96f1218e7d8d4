/**
 * Every place the site keeps something in this browser, in one registry: a new store adds its
 * key here, and the tests that plant bad stored values walk this list. Names are frozen once
 * shipped; a renamed key moves to `LEGACY_KEYS` so that its old value can be read or removed.
 */

/** A value kept in localStorage. `envelope` values are `{version, state}` checked on load. */
export interface LocalKey {
	area: 'localStorage';
	key: string;
	format: 'raw' | 'envelope';
}

/** An IndexedDB database. */
export interface DatabaseKey {
	area: 'indexedDB';
	key: string;
}

/** A BroadcastChannel between tabs (nothing is stored). */
export interface ChannelKey {
	area: 'broadcast';
	key: string;
}

export const STORAGE = {
	/** Holds the light or dark theme chosen in the header. */
	theme: {
		area: 'localStorage',
		key: 'gw-theme',
		format: 'raw',
	},
	/** Holds the last searches, offered again in the search box. */
	recentSearches: {
		area: 'localStorage',
		key: 'gw-recent-searches',
		format: 'envelope',
	},
	/** Holds which assessment the guideline pages rate into. */
	activeAssessment: {
		area: 'localStorage',
		key: 'gw-active-assessment',
		format: 'envelope',
	},
	/** Holds which workshop pack "Add to workshop" adds to. */
	activeWorkshop: {
		area: 'localStorage',
		key: 'gw-active-workshop',
		format: 'envelope',
	},
	/** Holds assessments, their ratings, evidence, actions and snapshots, and workshop packs. */
	database: {
		area: 'indexedDB',
		key: 'gw',
	},
	/** Holds nothing: tabs tell each other which records changed. */
	sync: {
		area: 'broadcast',
		key: 'gw-sync',
	},
	/** Holds nothing: tabs tell each other which workshop packs changed. */
	workshopSync: {
		area: 'broadcast',
		key: 'gw-workshop-sync',
	},
} as const satisfies Record<string, LocalKey | DatabaseKey | ChannelKey>;

/** Keys the site used in earlier versions: read once for migration, then removed. */
export const LEGACY_KEYS: readonly (LocalKey & { replacedBy?: string })[] = [];

/** Every localStorage key in use, with its format. */
export const LOCAL_KEYS: readonly LocalKey[] = Object.values(STORAGE).filter(
	(entry): entry is LocalKey & (typeof STORAGE)[keyof typeof STORAGE] =>
		entry.area === 'localStorage'
);
