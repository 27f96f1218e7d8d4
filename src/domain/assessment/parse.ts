/**
 * Reading an assessment file: size, JSON, kind, version, migration, schema and the checks a
 * schema cannot make (duplicates, references). Never throws: every refusal is a list of
 * problems, each with the JSON path of what is wrong, and nothing is changed by a refusal.
 */
import * as z from 'zod/mini';
import { migrate, versionOf } from './migrate.ts';
import { ASSESSMENT_KIND, assessmentSchema, SCHEMA_VERSION, type Assessment } from './model.ts';
import { MAX_DEPTH, readJsonText, scanJson } from '../json-file.ts';
import { capProblems, jsonPath, kindOf, problemsOf, type Problem } from './problems.ts';

/** The largest file accepted (characters of JSON; about the same in bytes for most text). */
export const MAX_FILE_CHARS = 20 * 1024 * 1024;
export { MAX_DEPTH } from '../json-file.ts';

export type ParseResult =
	| { ok: true; assessment: Assessment; migratedFrom: number | null }
	| { ok: false; problems: Problem[] };

const refuse = (...problems: Problem[]): ParseResult => ({ ok: false, problems });

/** Reads the text of a file. */
export function parseAssessmentJson(text: string): ParseResult {
	const read = readJsonText(text, MAX_FILE_CHARS);
	return read.ok ? checkAssessment(read.value) : read;
}

/** Checks a parsed JSON value: kind, version, migration, schema, cross-field rules. */
export function checkAssessment(value: unknown): ParseResult {
	if (kindOf(value) !== 'object')
		return refuse({ path: '$', code: 'not-an-object', params: { found: kindOf(value) } });
	const found = scanJson(value, MAX_DEPTH);
	if (found) return refuse(found);
	const file = value as Record<string, unknown>;
	const version = versionOf(file);
	if (version === null || (version >= 1 && file['kind'] !== ASSESSMENT_KIND))
		return refuse({
			path: file['kind'] === undefined ? '$' : '$.kind',
			code: 'not-an-assessment',
			params: { kind: ASSESSMENT_KIND },
		});
	if (version > SCHEMA_VERSION)
		return refuse({
			path: '$.schemaVersion',
			code: 'future-version',
			params: { version, supported: SCHEMA_VERSION },
		});
	if (!Number.isInteger(version) || version < 0)
		return refuse({
			path: '$.schemaVersion',
			code: 'unknown-version',
			params: { version: String(version) },
		});
	let current: Record<string, unknown>;
	try {
		current = version < SCHEMA_VERSION ? migrate(file, version) : file;
	} catch {
		return refuse({
			path: '$',
			code: 'unknown-version',
			params: { version: String(version) },
		});
	}
	const parsed = z.safeParse(assessmentSchema, current);
	if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error.issues, current) };
	const problems = crossChecks(parsed.data);
	if (problems.length > 0) return { ok: false, problems: capProblems(problems) };
	return {
		ok: true,
		assessment: parsed.data,
		migratedFrom: version < SCHEMA_VERSION ? version : null,
	};
}

/** Rules across fields: unique ids and sets, custom guidelines within scope. */
export function crossChecks(a: Assessment): Problem[] {
	const problems: Problem[] = [];
	const unique = <T>(items: readonly T[], key: (t: T) => string, path: (i: number) => string) => {
		const seen = new Map<string, number>();
		items.forEach((item, i) => {
			const k = key(item);
			const first = seen.get(k);
			if (first === undefined) seen.set(k, i);
			else
				problems.push({
					path: path(i),
					code: 'duplicate',
					params: { value: k, first: path(first) },
				});
		});
	};
	unique(
		a.scope,
		(s) => s.set,
		(i) => `$.scope[${i}].set`
	);
	unique(
		a.assessors,
		(s) => s.id,
		(i) => `$.assessors[${i}].id`
	);
	unique(
		a.customGuidelines,
		(c) => c.id,
		(i) => `$.customGuidelines[${i}].id`
	);
	unique(
		a.customGuidelines,
		(c) => `${c.set} ${c.number}`,
		(i) => `$.customGuidelines[${i}].number`
	);
	const sets = new Set(a.scope.map((s) => s.set));
	a.customGuidelines.forEach((c, i) => {
		if (!sets.has(c.set))
			problems.push({
				path: `$.customGuidelines[${i}].set`,
				code: 'unknown-reference',
				params: { value: c.set, where: '$.scope' },
			});
		if (!c.id.startsWith(`custom.${c.set}.`))
			problems.push({
				path: `$.customGuidelines[${i}].id`,
				code: 'bad-format',
				params: { value: c.id },
			});
	});
	const custom = new Set(a.customGuidelines.map((c) => c.id));
	for (const [id, record] of Object.entries(a.guidelines)) {
		const base = jsonPath(['guidelines', id]);
		const set = id.startsWith('custom.') ? id.split('.')[1] : id.split('.')[0];
		if (id.startsWith('custom.') ? !custom.has(id) : !sets.has(set ?? ''))
			problems.push({
				path: base,
				code: 'unknown-reference',
				params: { value: id, where: id.startsWith('custom.') ? '$.customGuidelines' : '$.scope' },
			});
		unique(
			record.evidence,
			(e) => e.id,
			(i) => `${base}.evidence[${i}].id`
		);
		unique(
			record.actions,
			(e) => e.id,
			(i) => `${base}.actions[${i}].id`
		);
	}
	return problems;
}
