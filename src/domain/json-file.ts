/**
 * The first steps of reading any file the site accepts (assessments, workshop packs): the
 * text as JSON, and one walk over the value for nesting and forbidden keys. The checks of each
 * kind of file follow in its own module.
 */
import { jsonPath, type Problem } from './assessment/problems.ts';

/** Nesting deeper than any valid file of ours has. */
export const MAX_DEPTH = 12;

const refuse = (...problems: Problem[]) => ({ ok: false as const, problems });

/**
 * Reads the text of a JSON file: size, empty, BOM, syntax (with line and column), nesting.
 * Never throws; a refusal is a list of problems.
 */
export function readJsonText(
	text: string,
	maxChars: number
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
	if (text.length > maxChars)
		return refuse({
			path: '$',
			code: 'too-large',
			params: { size: text.length, max: maxChars },
		});
	if (text.trim() === '') return refuse({ path: '$', code: 'empty-file', params: {} });
	let value: unknown;
	try {
		value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (error) {
		if (error instanceof RangeError)
			return refuse({ path: '$', code: 'too-deep', params: { max: MAX_DEPTH } });
		return refuse({ path: '$', code: 'not-json', params: jsonErrorPlace(text, error) });
	}
	return { ok: true, value };
}

/** Where JSON.parse stopped, as line and column (engines word their messages differently). */
function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
	const message = error instanceof Error ? error.message : '';
	const position = /position (\d+)/.exec(message);
	const lineCol = /line (\d+) column (\d+)/.exec(message);
	if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
	const at = position ? Number(position[1]) : text.length;
	const before = text.slice(0, at);
	const line = before.split('\n').length;
	return { line, column: at - before.lastIndexOf('\n') };
}

/**
 * Walks the parsed value once: nesting deeper than `limit`, or a `__proto__` key (zod would
 * drop it silently; a file that has one was not written by us and is refused).
 */
export function scanJson(value: unknown, limit: number): Problem | null {
	const stack: [unknown, number, PropertyKey[]][] = [[value, 1, []]];
	while (stack.length > 0) {
		const [v, depth, path] = stack.pop()!;
		if (v === null || typeof v !== 'object') continue;
		if (depth > limit) return { path: '$', code: 'too-deep', params: { max: limit } };
		for (const [key, child] of Object.entries(v)) {
			const at = Array.isArray(v) ? Number(key) : key;
			if (key === '__proto__')
				return { path: jsonPath(path), code: 'bad-key', params: { key: JSON.stringify(key) } };
			stack.push([child, depth + 1, [...path, at]]);
		}
	}
	return null;
}
