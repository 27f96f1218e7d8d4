/**
 * Where assessments live in this browser: IndexedDB, one row per assessment (its header) and
 * one per (assessment, guideline) record. Every change is applied inside one readwrite
 * transaction to what is stored at that moment, so tabs never overwrite each other's fields.
 * What is read back is validated; a row that does not fit (damaged, or from a newer build) is
 * skipped and counted, never trusted. An in-memory twin stands in when IndexedDB is refused.
 */
import * as z from 'zod/mini';
import {
	assessmentSchema,
	emptyRecord,
	guidelineRecordSchema,
	type Assessment,
	type AssessmentHeader,
	type GuidelineRecord,
} from '../../domain/assessment/model.ts';
import {
	applyHeaderOps,
	applyRecordOps,
	type HeaderOp,
	type RecordOp,
} from '../../domain/assessment/ops.ts';
import { isQuotaError, type WriteFailure } from '../local.ts';
import { openGwDb, type GwDb } from '../db.ts';

const headerSchema = z.omit(assessmentSchema, { guidelines: true });

/** A write that did not happen, and why. */
export class StorageError extends Error {
	readonly failure: WriteFailure;
	constructor(failure: WriteFailure, cause?: unknown) {
		super(`storage ${failure}`, { cause });
		this.name = 'StorageError';
		this.failure = failure;
	}
}

/** Turns whatever IndexedDB threw into a StorageError. */
export function storageError(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	return new StorageError(isQuotaError(error) ? 'quota' : 'unavailable', error);
}

/**
 * A record with its revision: a number the database raises by one in every transaction that
 * writes the record. Tabs keep the revision they hold and take another tab's version of a
 * record only when it is newer, whatever order their messages arrive in.
 */
export interface Revised {
	record: GuidelineRecord;
	revision: number;
}

/** The revision stored beside a record's fields (0 for rows written before revisions). */
function revisionOf(row: Record<string, unknown> | undefined): number {
	const r = row?.['revision'];
	return typeof r === 'number' && Number.isInteger(r) && r >= 0 ? r : 0;
}

/** A stored row without its keys and revision: the record's own fields. */
function fieldsOf(row: Record<string, unknown>): Record<string, unknown> {
	const { assessmentId: _a, guidelineId: _g, revision: _r, ...fields } = row;
	return fields;
}

export interface AssessmentRepo {
	/** Whether data survives a reload (false for the in-memory stand-in). */
	readonly durable: boolean;
	/** Every stored assessment's header, newest change first; `skipped` counts unreadable rows. */
	list(): Promise<{ headers: AssessmentHeader[]; skipped: number }>;
	/** A whole assessment with the revision of each record, or null. */
	load(
		id: string
	): Promise<{ assessment: Assessment; revisions: Record<string, number>; skipped: number } | null>;
	/** Some records of an assessment with their revisions (for another tab's change). */
	records(id: string, guidelineIds: readonly string[]): Promise<Record<string, Revised>>;
	/** Stores a whole assessment, replacing any with the same id. */
	put(assessment: Assessment): Promise<void>;
	remove(id: string): Promise<void>;
	/** Applies operations to one record and stamps the header's `updatedAt`. */
	changeRecord(
		id: string,
		guidelineId: string,
		ops: readonly RecordOp[],
		by: string | null,
		at: string
	): Promise<Revised>;
	changeHeader(id: string, ops: readonly HeaderOp[], at: string): Promise<AssessmentHeader>;
	/** An assessment's snapshots, oldest first (unreadable ones left out). */
	snapshots(assessmentId: string): Promise<Snapshot[]>;
	putSnapshot(snapshot: Snapshot): Promise<void>;
	removeSnapshot(id: string): Promise<void>;
	close(): void;
}

/** An assessment frozen under a name, for history and comparison. */
export interface Snapshot {
	id: string;
	assessmentId: string;
	name: string;
	createdAt: string;
	assessment: Assessment;
}

const snapshotSchema = z.object({
	id: z.string(),
	assessmentId: z.string(),
	name: z.string().check(z.maxLength(300)),
	createdAt: z.string(),
	assessment: assessmentSchema,
});

function parseSnapshot(value: unknown): Snapshot | null {
	const r = z.safeParse(snapshotSchema, value);
	return r.success ? r.data : null;
}

const oldestFirst = (a: Snapshot, b: Snapshot) => a.createdAt.localeCompare(b.createdAt);

function parseHeader(value: unknown): AssessmentHeader | null {
	const r = z.safeParse(headerSchema, value);
	return r.success ? r.data : null;
}

function parseRecord(value: unknown): GuidelineRecord | null {
	const r = z.safeParse(guidelineRecordSchema, value);
	return r.success ? r.data : null;
}

/** Ids of the agency's guidelines that header operations remove. */
export function removedCustom(ops: readonly HeaderOp[]): string[] {
	return ops.flatMap((op) => (op.op === 'removeCustom' ? [op.id] : []));
}

const newestFirst = (a: AssessmentHeader, b: AssessmentHeader) =>
	b.updatedAt.localeCompare(a.updatedAt);

function checked(record: GuidelineRecord): GuidelineRecord {
	const r = z.safeParse(guidelineRecordSchema, record);
	if (!r.success) throw new Error(`invalid record: ${r.error.issues[0]?.path.join('.')}`);
	return r.data;
}

/** The IndexedDB repository. */
export class IdbAssessmentRepo implements AssessmentRepo {
	readonly durable = true;
	private readonly db: GwDb;
	private constructor(db: GwDb) {
		this.db = db;
	}

	static async open(options: { name?: string; onBlocked?: () => void } = {}) {
		return new IdbAssessmentRepo(await openGwDb(options));
	}

	async list() {
		const rows = await this.db.getAll('assessments');
		const headers = rows.map(parseHeader);
		const valid = headers.filter((h): h is AssessmentHeader => h !== null);
		return { headers: valid.sort(newestFirst), skipped: headers.length - valid.length };
	}

	async load(id: string) {
		const tx = this.db.transaction(['assessments', 'records']);
		const [row, rows] = await Promise.all([
			tx.objectStore('assessments').get(id),
			tx.objectStore('records').index('byAssessment').getAll(id),
		]);
		const header = parseHeader(row);
		if (!header) return null;
		const guidelines: Record<string, GuidelineRecord> = {};
		const revisions: Record<string, number> = {};
		let skipped = 0;
		for (const r of rows) {
			const record = parseRecord(fieldsOf(r));
			if (record) {
				guidelines[r.guidelineId] = record;
				revisions[r.guidelineId] = revisionOf(r);
			} else skipped++;
		}
		return { assessment: { ...header, guidelines }, revisions, skipped };
	}

	async records(id: string, guidelineIds: readonly string[]) {
		const tx = this.db.transaction('records');
		const out: Record<string, Revised> = {};
		await Promise.all(
			guidelineIds.map(async (gid) => {
				const row = await tx.store.get([id, gid]);
				out[gid] = {
					record: (row && parseRecord(fieldsOf(row))) || emptyRecord(),
					revision: revisionOf(row),
				};
			})
		);
		return out;
	}

	async put(assessment: Assessment) {
		try {
			const tx = this.db.transaction(['assessments', 'records'], 'readwrite');
			const records = tx.objectStore('records');
			const { guidelines, ...header } = assessment;
			const old = await records.index('byAssessment').getAll(assessment.id);
			const revisions = new Map(old.map((r) => [r.guidelineId, revisionOf(r)]));
			await Promise.all([
				...old.map((r) => records.delete([r.assessmentId, r.guidelineId])),
				tx.objectStore('assessments').put(header),
			]);
			// Revisions go on rising across a replacement, so no tab mistakes new for old.
			await Promise.all(
				Object.entries(guidelines).map(([guidelineId, record]) =>
					records.put({
						...record,
						assessmentId: assessment.id,
						guidelineId,
						revision: (revisions.get(guidelineId) ?? 0) + 1,
					})
				)
			);
			await tx.done;
		} catch (error) {
			throw storageError(error);
		}
	}

	async remove(id: string) {
		try {
			const tx = this.db.transaction(['assessments', 'records', 'snapshots'], 'readwrite');
			const keys = await tx.objectStore('records').index('byAssessment').getAllKeys(id);
			const snaps = await tx.objectStore('snapshots').index('byAssessment').getAllKeys(id);
			await Promise.all([
				tx.objectStore('assessments').delete(id),
				...keys.map((k) => tx.objectStore('records').delete(k)),
				...snaps.map((k) => tx.objectStore('snapshots').delete(k)),
			]);
			await tx.done;
		} catch (error) {
			throw storageError(error);
		}
	}

	async changeRecord(
		id: string,
		guidelineId: string,
		ops: readonly RecordOp[],
		by: string | null,
		at: string
	) {
		try {
			const tx = this.db.transaction(['assessments', 'records'], 'readwrite');
			const headers = tx.objectStore('assessments');
			const records = tx.objectStore('records');
			const [headerRow, row] = await Promise.all([headers.get(id), records.get([id, guidelineId])]);
			const header = parseHeader(headerRow);
			if (!header) throw new StorageError('unavailable', new Error(`no assessment ${id}`));
			const current = (row && parseRecord(fieldsOf(row))) || emptyRecord();
			const next = checked(applyRecordOps(current, ops, by, at));
			const revision = revisionOf(row) + 1;
			await Promise.all([
				records.put({ ...next, assessmentId: id, guidelineId, revision }),
				headers.put({ ...header, updatedAt: at }),
			]);
			await tx.done;
			return { record: next, revision };
		} catch (error) {
			throw storageError(error);
		}
	}

	async changeHeader(id: string, ops: readonly HeaderOp[], at: string) {
		try {
			const tx = this.db.transaction(['assessments', 'records'], 'readwrite');
			const headers = tx.objectStore('assessments');
			const header = parseHeader(await headers.get(id));
			if (!header) throw new StorageError('unavailable', new Error(`no assessment ${id}`));
			const next = applyHeaderOps(header, ops, at);
			const valid = z.safeParse(headerSchema, next);
			if (!valid.success) throw new Error('invalid header change');
			// A removed guideline of the agency's own takes its record with it.
			await Promise.all([
				headers.put(valid.data),
				...removedCustom(ops).map((g) => tx.objectStore('records').delete([id, g])),
			]);
			await tx.done;
			return valid.data;
		} catch (error) {
			throw storageError(error);
		}
	}

	async snapshots(assessmentId: string) {
		const rows = await this.db.getAllFromIndex('snapshots', 'byAssessment', assessmentId);
		return rows
			.map(parseSnapshot)
			.filter((x): x is Snapshot => x !== null)
			.sort(oldestFirst);
	}

	async putSnapshot(snapshot: Snapshot) {
		try {
			await this.db.put('snapshots', { ...snapshot });
		} catch (error) {
			throw storageError(error);
		}
	}

	async removeSnapshot(id: string) {
		try {
			await this.db.delete('snapshots', id);
		} catch (error) {
			throw storageError(error);
		}
	}

	close() {
		this.db.close();
	}
}

/** Keeps assessments in memory only: for a browser that refuses IndexedDB, and for tests. */
export class MemoryAssessmentRepo implements AssessmentRepo {
	readonly durable = false;
	private readonly data = new Map<string, Assessment>();
	private readonly revisions = new Map<string, number>();
	private revision(id: string, g: string) {
		return this.revisions.get(`${id} ${g}`) ?? 0;
	}
	private bump(id: string, g: string) {
		const next = this.revision(id, g) + 1;
		this.revisions.set(`${id} ${g}`, next);
		return next;
	}
	private readonly frozen = new Map<string, Snapshot>();

	snapshots(assessmentId: string) {
		return Promise.resolve(
			[...this.frozen.values()]
				.filter((x) => x.assessmentId === assessmentId)
				.map((x) => structuredClone(x))
				.sort(oldestFirst)
		);
	}
	putSnapshot(snapshot: Snapshot) {
		this.frozen.set(snapshot.id, structuredClone(snapshot));
		return Promise.resolve();
	}
	removeSnapshot(id: string) {
		this.frozen.delete(id);
		return Promise.resolve();
	}

	list() {
		const headers = [...this.data.values()].map(({ guidelines: _g, ...h }) => structuredClone(h));
		return Promise.resolve({ headers: headers.sort(newestFirst), skipped: 0 });
	}
	load(id: string) {
		const a = this.data.get(id);
		if (!a) return Promise.resolve(null);
		const revisions = Object.fromEntries(
			Object.keys(a.guidelines).map((g) => [g, this.revision(id, g)])
		);
		return Promise.resolve({ assessment: structuredClone(a), revisions, skipped: 0 });
	}
	records(id: string, guidelineIds: readonly string[]) {
		const a = this.data.get(id);
		return Promise.resolve(
			Object.fromEntries(
				guidelineIds.map((g) => [
					g,
					{
						record: structuredClone(a?.guidelines[g] ?? emptyRecord()),
						revision: this.revision(id, g),
					},
				])
			)
		);
	}
	put(assessment: Assessment) {
		this.data.set(assessment.id, structuredClone(assessment));
		for (const g of Object.keys(assessment.guidelines)) this.bump(assessment.id, g);
		return Promise.resolve();
	}
	remove(id: string) {
		this.data.delete(id);
		for (const [key, snap] of this.frozen) if (snap.assessmentId === id) this.frozen.delete(key);
		return Promise.resolve();
	}
	changeRecord(
		id: string,
		guidelineId: string,
		ops: readonly RecordOp[],
		by: string | null,
		at: string
	) {
		const a = this.data.get(id);
		if (!a) return Promise.reject(new StorageError('unavailable'));
		const next = checked(applyRecordOps(a.guidelines[guidelineId] ?? emptyRecord(), ops, by, at));
		a.guidelines[guidelineId] = next;
		a.updatedAt = at;
		return Promise.resolve({ record: structuredClone(next), revision: this.bump(id, guidelineId) });
	}
	changeHeader(id: string, ops: readonly HeaderOp[], at: string) {
		const a = this.data.get(id);
		if (!a) return Promise.reject(new StorageError('unavailable'));
		const { guidelines, ...header } = a;
		const next = applyHeaderOps(header, ops, at);
		for (const g of removedCustom(ops)) delete guidelines[g];
		this.data.set(id, { ...next, guidelines });
		return Promise.resolve(structuredClone(next));
	}
	close() {}
}
