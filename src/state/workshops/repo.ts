/**
 * Where workshop packs live in this browser: one IndexedDB row per pack (`workshops` store)
 * with a revision the database raises in every write. A change is a list of operations applied
 * inside one readwrite transaction to the pack as stored at that moment, so two tabs never
 * overwrite each other's edits. Rows that do not pass the schema (damaged, or from a newer
 * build) are skipped and counted, never trusted. An in-memory twin stands in when IndexedDB
 * is refused, and in tests.
 */
import * as z from 'zod/mini';
import { workshopSchema, type Workshop } from '../../domain/workshop/model.ts';
import { applyWorkshopOps, type WorkshopOp } from '../../domain/workshop/ops.ts';
import { workshopCrossChecks } from '../../domain/workshop/parse.ts';
import { openGwDb, type GwDb } from '../db.ts';
import { StorageError, storageError } from '../assessments/repo.ts';

/** A pack with its revision. */
export interface RevisedWorkshop {
	pack: Workshop;
	revision: number;
}

export interface WorkshopRepo {
	readonly durable: boolean;
	/** Every readable pack, newest change first; `skipped` counts unreadable rows. */
	list(): Promise<{ packs: Workshop[]; skipped: number }>;
	load(id: string): Promise<RevisedWorkshop | null>;
	/** Stores a whole pack, replacing any with the same id. */
	put(pack: Workshop): Promise<RevisedWorkshop>;
	remove(id: string): Promise<void>;
	/** Applies operations to the stored pack. */
	change(id: string, ops: readonly WorkshopOp[], at: string): Promise<RevisedWorkshop>;
	close(): void;
}

function parsePack(value: unknown): Workshop | null {
	const r = z.safeParse(workshopSchema, value);
	return r.success && workshopCrossChecks(r.data).length === 0 ? r.data : null;
}

function revisionOf(row: Record<string, unknown> | undefined): number {
	const r = row?.['revision'];
	return typeof r === 'number' && Number.isInteger(r) && r >= 0 ? r : 0;
}

function withoutRevision(row: Record<string, unknown>): Record<string, unknown> {
	const { revision: _r, ...pack } = row;
	return pack;
}

/** A change that would make the stored pack invalid: refused, and never worth retrying. */
export class InvalidWorkshopChange extends Error {
	constructor() {
		super('invalid workshop change');
		this.name = 'InvalidWorkshopChange';
	}
}

/** A changed pack, checked before it is written (an operation must never store a bad pack). */
function checked(pack: Workshop): Workshop {
	const valid = parsePack(pack);
	if (!valid) throw new InvalidWorkshopChange();
	return valid;
}

/** Storage failures become StorageErrors; a refused change stays what it is. */
function failure(error: unknown): Error {
	return error instanceof InvalidWorkshopChange ? error : storageError(error);
}

const newestFirst = (a: Workshop, b: Workshop) => b.updatedAt.localeCompare(a.updatedAt);

export class IdbWorkshopRepo implements WorkshopRepo {
	readonly durable = true;
	private readonly db: GwDb;
	private constructor(db: GwDb) {
		this.db = db;
	}

	static async open(options: { name?: string; onBlocked?: () => void } = {}) {
		return new IdbWorkshopRepo(await openGwDb(options));
	}

	async list() {
		const rows = await this.db.getAll('workshops');
		const packs = rows.map((r) => parsePack(withoutRevision(r)));
		const valid = packs.filter((p): p is Workshop => p !== null);
		return { packs: valid.sort(newestFirst), skipped: packs.length - valid.length };
	}

	async load(id: string) {
		const row = await this.db.get('workshops', id);
		const pack = row ? parsePack(withoutRevision(row)) : null;
		return pack ? { pack, revision: revisionOf(row) } : null;
	}

	async put(pack: Workshop) {
		try {
			const tx = this.db.transaction('workshops', 'readwrite');
			const revision = revisionOf(await tx.store.get(pack.id)) + 1;
			const valid = checked(pack);
			await tx.store.put({ ...valid, revision });
			await tx.done;
			return { pack: valid, revision };
		} catch (error) {
			throw failure(error);
		}
	}

	async remove(id: string) {
		try {
			await this.db.delete('workshops', id);
		} catch (error) {
			throw failure(error);
		}
	}

	async change(id: string, ops: readonly WorkshopOp[], at: string) {
		try {
			const tx = this.db.transaction('workshops', 'readwrite');
			const row = await tx.store.get(id);
			const stored = row ? parsePack(withoutRevision(row)) : null;
			if (!stored) throw new StorageError('unavailable', new Error(`no workshop ${id}`));
			const pack = checked(applyWorkshopOps(stored, ops, at));
			const revision = revisionOf(row) + 1;
			await tx.store.put({ ...pack, revision });
			await tx.done;
			return { pack, revision };
		} catch (error) {
			throw failure(error);
		}
	}

	close() {
		this.db.close();
	}
}

export class MemoryWorkshopRepo implements WorkshopRepo {
	readonly durable = false;
	private readonly data = new Map<string, RevisedWorkshop>();

	list() {
		const packs = [...this.data.values()].map((r) => structuredClone(r.pack));
		return Promise.resolve({ packs: packs.sort(newestFirst), skipped: 0 });
	}
	load(id: string) {
		const r = this.data.get(id);
		return Promise.resolve(r ? structuredClone(r) : null);
	}
	put(pack: Workshop) {
		try {
			const next = {
				pack: checked(structuredClone(pack)),
				revision: (this.data.get(pack.id)?.revision ?? 0) + 1,
			};
			this.data.set(pack.id, next);
			return Promise.resolve(structuredClone(next));
		} catch (error) {
			return Promise.reject(failure(error));
		}
	}
	remove(id: string) {
		this.data.delete(id);
		return Promise.resolve();
	}
	change(id: string, ops: readonly WorkshopOp[], at: string) {
		const r = this.data.get(id);
		if (!r) return Promise.reject(new StorageError('unavailable'));
		try {
			const next = { pack: checked(applyWorkshopOps(r.pack, ops, at)), revision: r.revision + 1 };
			this.data.set(id, next);
			return Promise.resolve(structuredClone(next));
		} catch (error) {
			return Promise.reject(failure(error));
		}
	}
	close() {}
}
