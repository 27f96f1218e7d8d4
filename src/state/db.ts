/**
 * The site's IndexedDB database (`STORAGE.database`), through `idb`. Store names and upgrades
 * are frozen once shipped: a change adds the next numbered upgrade, never edits an old one, so
 * a browser that skipped versions replays every step in order. Values are validated by the
 * repositories that read them (a record written by a newer build, or damaged, is skipped and
 * reported, never trusted).
 *
 * Another tab running a newer build may need to upgrade the database: this tab then closes its
 * connection (`onversionchange`) and says so through `onBlocked`, instead of blocking it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { STORAGE } from './keys.ts';

/** A stored value whose shape the reader checks; only the key fields are known here. */
export type Stored<K extends string> = Record<K, string> & Record<string, unknown>;

export interface GwSchema extends DBSchema {
	/** One row per assessment: everything but the per-guideline records. */
	assessments: { key: string; value: Stored<'id'> };
	/** One row per (assessment, guideline): the unit tabs exchange and merges compare. */
	records: {
		key: [string, string];
		value: Stored<'assessmentId' | 'guidelineId'>;
		indexes: { byAssessment: string };
	};
	/** Frozen copies of an assessment, for history and comparison. */
	snapshots: {
		key: string;
		value: Stored<'id' | 'assessmentId'>;
		indexes: { byAssessment: string };
	};
	/** One row per workshop pack, with its revision. */
	workshops: { key: string; value: Stored<'id'> };
}

export type GwDb = IDBPDatabase<GwSchema>;

type Upgrade = (db: IDBPDatabase<GwSchema>) => void;

/** `UPGRADES[n]` takes the database from version n to n + 1. Append only. */
const UPGRADES: readonly Upgrade[] = [
	(db) => {
		db.createObjectStore('assessments', { keyPath: 'id' });
		const records = db.createObjectStore('records', { keyPath: ['assessmentId', 'guidelineId'] });
		records.createIndex('byAssessment', 'assessmentId');
		const snapshots = db.createObjectStore('snapshots', { keyPath: 'id' });
		snapshots.createIndex('byAssessment', 'assessmentId');
	},
	(db) => {
		db.createObjectStore('workshops', { keyPath: 'id' });
	},
];

export const DB_VERSION = UPGRADES.length;

export interface OpenOptions {
	/** Database name (tests use their own). */
	name?: string;
	/** Called when another tab needs a newer version and this connection was closed for it. */
	onBlocked?: () => void;
}

/** Opens (creating or upgrading) the database. Rejects when IndexedDB is unavailable. */
export async function openGwDb(options: OpenOptions = {}): Promise<GwDb> {
	const db: GwDb = await openDB<GwSchema>(options.name ?? STORAGE.database.key, DB_VERSION, {
		upgrade(upgrading, oldVersion) {
			for (let v = oldVersion; v < DB_VERSION; v++) UPGRADES[v]!(upgrading);
		},
		blocking() {
			// A newer build in another tab wants to upgrade: let it, and stop writing here.
			db.close();
			options.onBlocked?.();
		},
	});
	return db;
}
