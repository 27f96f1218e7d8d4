/**
 * A content pack as files: what a loader (Astro's content layer or the Node reader) hands to
 * the domain before any cross-file check. Paths are relative to the folder holding the pack.
 */
import type { z } from 'zod';
import {
	guidelineSchema,
	guidelineTranslationSchema,
	setSchema,
	setTranslationSchema,
	type GuidelineData,
	type GuidelineTranslationData,
	type SetData,
	type SetTranslationData,
} from './schema.ts';

/** One file of a pack with its parsed front matter. */
export interface PackFile<T> {
	/** Path for messages, e.g. `content/en/com/mandate.mdx`. */
	file: string;
	/** First folder: the language. */
	locale: string;
	/** Second folder: the set code. */
	folder: string;
	/** File name without extension: `_set` or the guideline slug. */
	slug: string;
	data: T;
	/** The Markdown body (explanation or overview). */
	body: string;
}

/** Every file of a pack, sorted into the four kinds. */
export interface RawPack {
	sets: PackFile<SetData>[];
	guidelines: PackFile<GuidelineData>[];
	setTranslations: PackFile<SetTranslationData>[];
	guidelineTranslations: PackFile<GuidelineTranslationData>[];
}

/** A problem in a pack, always naming the file and the field. */
export interface PackIssue {
	file: string;
	field: string;
	message: string;
}

/** Formats an issue as one line: `file: field: message`. */
export function formatIssue(issue: PackIssue): string {
	return `${issue.file}: ${issue.field}: ${issue.message}`;
}

/** The four kinds of file and the schema each is validated with. */
export const FILE_SCHEMAS = {
	set: setSchema,
	guideline: guidelineSchema,
	setTranslation: setTranslationSchema,
	guidelineTranslation: guidelineTranslationSchema,
} as const;

export type FileKind = keyof typeof FILE_SCHEMAS;

/** Where a file belongs, from its path relative to the pack root (`<locale>/<set>/<name>.mdx`). */
export function classifyPath(
	relative: string
): { kind: FileKind; locale: string; folder: string; slug: string } | undefined {
	const match = /^([^/]+)\/([^/]+)\/([^/]+)\.mdx?$/.exec(relative.replaceAll('\\', '/'));
	if (!match) return undefined;
	const [, locale = '', folder = '', slug = ''] = match;
	const isSet = slug === '_set';
	if (!isSet && slug.startsWith('_')) return undefined;
	const english = locale === 'en';
	const kind: FileKind = isSet
		? english
			? 'set'
			: 'setTranslation'
		: english
			? 'guideline'
			: 'guidelineTranslation';
	return { kind, locale, folder, slug };
}

/** Turns a zod issue path into a field name such as `mechanism[2]` or `provenance.source`. */
export function fieldName(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out || '(front matter)';
}

/** Turns a zod error into pack issues, one per problem, each naming the field. */
export function zodIssues(file: string, error: z.ZodError, input: unknown): PackIssue[] {
	return error.issues.map((issue) => {
		const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
		if (keys.length > 0) {
			return {
				file,
				field: fieldName([...issue.path, keys[0] ?? '']),
				message: `is not a known field (${keys.join(', ')})`,
			};
		}
		const missing = valueAt(input, issue.path) === undefined;
		return {
			file,
			field: fieldName(issue.path),
			message: missing ? 'is required' : issue.message,
		};
	});
}

/** Reads a nested value by a zod path, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = input;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

/** Validates one file's front matter against the schema of its kind. */
export function parseFrontMatter<K extends FileKind>(
	kind: K,
	file: string,
	input: unknown
): { ok: true; data: z.output<(typeof FILE_SCHEMAS)[K]> } | { ok: false; issues: PackIssue[] } {
	const result = FILE_SCHEMAS[kind].safeParse(input ?? {});
	if (result.success) return { ok: true, data: result.data as z.output<(typeof FILE_SCHEMAS)[K]> };
	return { ok: false, issues: zodIssues(file, result.error, input) };
}
