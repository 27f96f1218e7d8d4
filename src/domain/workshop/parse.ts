/**
 * Reading a workshop pack, from a file or a share link: JSON, kind, version, schema and the
 * checks a schema cannot make. Never throws; a refusal is a list of problems with JSON paths,
 * in the same form (and with the same messages) as an assessment file's.
 */
import * as z from 'zod/mini';
import { MAX_DEPTH, readJsonText, scanJson } from '../json-file.ts';
import { capProblems, kindOf, problemsOf, type Problem } from '../assessment/problems.ts';
import { WORKSHOP_KIND, WORKSHOP_SCHEMA_VERSION, workshopSchema, type Workshop } from './model.ts';

/** The largest pack file accepted, in characters. */
export const MAX_WORKSHOP_CHARS = 2 * 1024 * 1024;

export type WorkshopParseResult =
	{ ok: true; workshop: Workshop } | { ok: false; problems: Problem[] };

const refuse = (...problems: Problem[]): WorkshopParseResult => ({ ok: false, problems });

/** Reads the text of a pack file. */
export function parseWorkshopJson(text: string): WorkshopParseResult {
	const read = readJsonText(text, MAX_WORKSHOP_CHARS);
	return read.ok ? checkWorkshop(read.value) : read;
}

/** Checks a parsed JSON value as a pack. */
export function checkWorkshop(value: unknown): WorkshopParseResult {
	if (kindOf(value) !== 'object')
		return refuse({ path: '$', code: 'not-an-object', params: { found: kindOf(value) } });
	const found = scanJson(value, MAX_DEPTH);
	if (found) return refuse(found);
	const file = value as Record<string, unknown>;
	if (file['kind'] !== WORKSHOP_KIND)
		return refuse({
			path: file['kind'] === undefined ? '$' : '$.kind',
			code: 'not-a-workshop',
			params: { kind: WORKSHOP_KIND },
		});
	const version = file['schemaVersion'];
	if (typeof version === 'number' && Number.isInteger(version) && version > WORKSHOP_SCHEMA_VERSION)
		return refuse({
			path: '$.schemaVersion',
			code: 'future-version',
			params: { version, supported: WORKSHOP_SCHEMA_VERSION },
		});
	if (version !== WORKSHOP_SCHEMA_VERSION)
		return refuse({
			path: '$.schemaVersion',
			code: 'unknown-version',
			params: { version: String(version) },
		});
	const parsed = z.safeParse(workshopSchema, file);
	if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error.issues, file) };
	const problems = workshopCrossChecks(parsed.data);
	return problems.length > 0
		? { ok: false, problems: capProblems(problems) }
		: { ok: true, workshop: parsed.data };
}

/** Each guideline once; each question and exercise once per guideline. */
export function workshopCrossChecks(pack: Workshop): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	pack.items.forEach((item, i) => {
		const first = seen.get(item.guideline);
		if (first === undefined) seen.set(item.guideline, i);
		else
			problems.push({
				path: `$.items[${i}].guideline`,
				code: 'duplicate',
				params: { value: item.guideline, first: `$.items[${first}].guideline` },
			});
		for (const field of ['questions', 'exercises'] as const) {
			const values: readonly (string | number)[] = item[field];
			values.forEach((v, j) => {
				const at = values.indexOf(v);
				if (at !== j)
					problems.push({
						path: `$.items[${i}].${field}[${j}]`,
						code: 'duplicate',
						params: { value: String(v), first: `$.items[${i}].${field}[${at}]` },
					});
			});
		}
	});
	return problems;
}
