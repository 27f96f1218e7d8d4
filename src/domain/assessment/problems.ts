/**
 * What is wrong with a file, as data: a JSON path (`$.guidelines["gg.mandate"].level`), a code
 * and the values a message needs. The UI and the command line turn each into a sentence from
 * the dictionaries (`file.problem.<code>`), so the domain never holds UI text.
 */
import type * as z from 'zod/mini';

export const PROBLEM_CODES = [
	'too-large',
	'empty-file',
	'not-json',
	'too-deep',
	'not-an-object',
	'not-an-assessment',
	'not-a-workshop',
	'future-version',
	'unknown-version',
	'missing',
	'wrong-type',
	'too-small',
	'too-big',
	'too-long',
	'empty',
	'too-many',
	'too-few',
	'bad-format',
	'not-allowed',
	'bad-key',
	'duplicate',
	'unknown-reference',
	'more',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** JSON value kinds, as messages name them (`file.type.<kind>`). */
export type ValueKind = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'nothing';

export interface Problem {
	/** Where, as a JSON path from the document root (`$`). */
	path: string;
	code: ProblemCode;
	params: Record<string, string | number>;
}

/** At most this many problems are listed; the rest are counted in one `more` problem. */
export const MAX_PROBLEMS = 50;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A path as JSONPath: `$.scope[0].set`, `$.guidelines["gg.mandate"]`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
	let out = '$';
	for (const s of segments) {
		if (typeof s === 'number') out += `[${s}]`;
		else if (typeof s === 'string' && IDENTIFIER.test(s)) out += `.${s}`;
		else out += `[${JSON.stringify(String(s))}]`;
	}
	return out;
}

/** The kind of a JSON value. */
export function kindOf(value: unknown): ValueKind {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	const t = typeof value;
	return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}

/** The value at a path, or undefined. */
export function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
	let value: unknown = root;
	for (const s of segments) {
		if (value === null || typeof value !== 'object') return undefined;
		if (!Object.prototype.hasOwnProperty.call(value, s)) return undefined;
		value = (value as Record<PropertyKey, unknown>)[s];
	}
	return value;
}

/** A short, printable rendering of a value for a message (never the whole of a long text). */
export function preview(value: unknown): string {
	let s: string;
	try {
		s =
			typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
	} catch {
		s = String(value);
	}
	return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Turns one zod issue into a problem. */
export function problemOf(issue: z.core.$ZodIssue, input: unknown): Problem {
	const path = jsonPath(issue.path);
	const value = valueAt(input, issue.path);
	switch (issue.code) {
		case 'invalid_type':
			return value === undefined
				? { path, code: 'missing', params: { expected: String(issue.expected) } }
				: {
						path,
						code: 'wrong-type',
						params: { expected: String(issue.expected), found: kindOf(value) },
					};
		case 'too_big': {
			const max = Number(issue.maximum);
			if (issue.origin === 'string') return { path, code: 'too-long', params: { max } };
			if (issue.origin === 'array') return { path, code: 'too-many', params: { max } };
			return { path, code: 'too-big', params: { max, value: preview(value) } };
		}
		case 'too_small': {
			const min = Number(issue.minimum);
			if (issue.origin === 'string') return { path, code: 'empty', params: {} };
			if (issue.origin === 'array') return { path, code: 'too-few', params: { min } };
			return { path, code: 'too-small', params: { min, value: preview(value) } };
		}
		case 'invalid_value':
			return {
				path,
				code: 'not-allowed',
				params: { value: preview(value), allowed: issue.values.map((v) => String(v)).join(', ') },
			};
		case 'invalid_key':
			return {
				path: jsonPath(issue.path.slice(0, -1)),
				code: 'bad-key',
				params: { key: preview(issue.path[issue.path.length - 1]) },
			};
		default:
			return { path, code: 'bad-format', params: { value: preview(value) } };
	}
}

/** Zod issues as problems, at most `MAX_PROBLEMS` of them plus a count of the rest. */
export function problemsOf(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
	const seen = new Set<string>();
	const problems = issues
		.map((i) => problemOf(i, input))
		.filter((p) => {
			const key = `${p.path} ${p.code}`;
			return !seen.has(key) && seen.add(key) !== undefined;
		});
	return capProblems(problems);
}

/** Keeps the first `MAX_PROBLEMS` problems and counts the rest. */
export function capProblems(problems: Problem[]): Problem[] {
	if (problems.length <= MAX_PROBLEMS) return problems;
	return [
		...problems.slice(0, MAX_PROBLEMS),
		{ path: '$', code: 'more', params: { count: problems.length - MAX_PROBLEMS } },
	];
}
