/**
 * Older assessment files, brought up to the current version on import. Each step takes a file
 * of version n to n + 1 and is never edited once released; the frozen example files of every
 * old version (`test/fixtures/assessment.v<n>.json`) must keep importing.
 */
import { ASSESSMENT_KIND, SCHEMA_VERSION } from './model.ts';

/** The version of a parsed file: `schemaVersion`, the version-0 draft's marker, or null. */
export function versionOf(file: Record<string, unknown>): number | null {
	if (typeof file['schemaVersion'] === 'number') return file['schemaVersion'];
	if (file['format'] === 'gw-assessment' && file['version'] === 0) return 0;
	return null;
}

type Json = Record<string, unknown>;

const obj = (v: unknown): Json =>
	v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A date `YYYY-MM-DD` (version 0 wrote days) as a moment at midnight UTC. */
function moment(v: unknown): unknown {
	return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00.000Z` : v;
}

/**
 * Version 0, the draft format of the first prototype: one assessor by name, `sets` and
 * `editions`, and per guideline `score`, `na` with `naReason`, `comment` and evidence as plain
 * titles. Values are carried over as they are: the current schema then checks them.
 */
function v0to1(file: Json): Json {
	const editions = obj(file['editions']);
	const assessor = str(file['assessor']).trim();
	const assessors = assessor ? [{ id: 'a1', name: assessor, role: '' }] : [];
	const guidelines: Json = {};
	for (const [id, value] of Object.entries(obj(file['ratings']))) {
		const r = obj(value);
		guidelines[id] = {
			level: r['score'] ?? null,
			notApplicable: r['na'] === true ? { reason: str(r['naReason']).trim() || '—' } : null,
			target: r['target'] ?? 3,
			weight: 1,
			notes: str(r['comment']),
			evidence: list(r['evidence']).map((title, i) => ({
				id: `e${i + 1}`,
				title,
				kind: 'other',
				reference: '',
				date: null,
				owner: '',
			})),
			actions: [],
			changedBy: assessors[0]?.id ?? null,
			changedAt: moment(file['updated']) ?? null,
		};
	}
	return {
		schemaVersion: 1,
		kind: ASSESSMENT_KIND,
		id: file['id'],
		title: file['name'],
		organisation: { name: str(file['organisation']), country: str(file['country']) },
		scope: list(file['sets']).map((set) => ({
			set,
			edition: typeof set === 'string' ? (editions[set] ?? '') : '',
			list: 'library',
		})),
		assessors,
		createdAt: moment(file['created']),
		updatedAt: moment(file['updated']),
		guidelines,
		customGuidelines: [],
	};
}

/** `MIGRATIONS[n]` takes version n to n + 1. Append only. */
const MIGRATIONS: readonly ((file: Json) => Json)[] = [v0to1];

if (MIGRATIONS.length !== SCHEMA_VERSION)
	throw new Error('assessment migrations: one step per version is required');

/** Brings a file of `version` to the current version. */
export function migrate(file: Json, version: number): Json {
	let out = file;
	for (let v = version; v < SCHEMA_VERSION; v++) out = MIGRATIONS[v]!(out);
	return out;
}
