/**
 * Highlights and snippets: the matched words of a title or passage as ranges, and a passage cut
 * to a window around its first match. A cut falls between words (at a space, or for scripts
 * written without spaces at a word boundary that `Intl.Segmenter` finds), never inside one,
 * and an ellipsis marks each cut end. Pure and DOM-free: the browser, tests and the benchmark
 * share it.
 */
import { normalize, tokenSpans } from '../domain/normalize.ts';

/** A text with the ranges to highlight, as `[start, end)` offsets. */
export interface Highlighted {
	text: string;
	ranges: [number, number][];
}

/** Characters a snippet aims at; a cut at a word boundary may make it a little shorter. */
export const SNIPPET_WIDTH = 220;
/** Characters of context kept before the first match when a passage is cut (at most). */
const LEAD = 60;
const ELLIPSIS = '…';

/** Same token definition as `domain/normalize.ts`. */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const SPACE = /\s/u;
const isSpace = (text: string, i: number) => SPACE.test(text[i] ?? '');

/** Normalised words, cached (passages repeat the same words across queries). */
const normCache = new Map<string, string>();
const NORM_CACHE_LIMIT = 50_000;
function normWord(word: string): string {
	let norm = normCache.get(word);
	if (norm === undefined) {
		norm = normalize(word);
		if (normCache.size < NORM_CACHE_LIMIT) normCache.set(word, norm);
	}
	return norm;
}

/** Ranges of the words of `text` that are among `words` (normalised). */
export function highlight(text: string, words: Set<string>): Highlighted {
	const ranges: [number, number][] = [];
	for (const span of tokenSpans(text))
		if (words.has(span.norm)) ranges.push([span.start, span.end]);
	return { text, ranges };
}

/** How many words of `text` are among `words`; no ranges built (most passages lose). */
export function countMatches(text: string, words: Set<string>): number {
	if (words.size === 0) return 0;
	let count = 0;
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) if (words.has(normWord(m[0]))) count++;
	return count;
}

let segmenter: Intl.Segmenter | undefined;
/** Word boundaries for text without spaces; created on first need. */
function words(): Intl.Segmenter | undefined {
	if (segmenter === undefined && typeof Intl.Segmenter === 'function')
		segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
	return segmenter;
}

/** Moves `at` back off a code point or grapheme it would split (surrogates, combining marks). */
function codePointBoundary(text: string, at: number): number {
	let i = at;
	while (i > 0 && i < text.length) {
		const code = text.charCodeAt(i);
		const lowSurrogate = code >= 0xdc00 && code <= 0xdfff;
		if (!lowSurrogate && !/\p{M}/u.test(text[i]!)) break;
		i--;
	}
	return i;
}

/**
 * Where a snippet that should start near `at` starts: at `at` when a word begins there, else at
 * the next word after a space, but never after `limit` (the first match, which must show).
 */
function wordStart(text: string, at: number, limit: number): number {
	if (at <= 0) return 0;
	let i = at;
	if (!isSpace(text, i - 1) || isSpace(text, i)) {
		while (i < limit && !isSpace(text, i)) i++;
		if (i >= limit) {
			// No space before the match: a word boundary from the segmenter, or the match itself.
			const seg = words()?.segment(text).containing(at);
			if (seg && seg.index >= at) return seg.index;
			if (seg && seg.index + seg.segment.length <= limit) return seg.index + seg.segment.length;
			return limit;
		}
	}
	while (i < text.length && isSpace(text, i)) i++;
	return i;
}

/**
 * Where a snippet that should end near `at` ends: at `at` when a word ends there, else at the
 * last space before it, but not before `floor` (the end of the first match) when avoidable.
 */
function wordEnd(text: string, at: number, floor: number): number {
	if (at >= text.length) return text.length;
	let i = at;
	if (isSpace(text, i - 1) || !isSpace(text, i)) {
		while (i > floor && !isSpace(text, i)) i--;
		if (i <= floor) {
			const seg = words()?.segment(text).containing(at);
			if (seg && seg.index >= floor) return seg.index;
			return codePointBoundary(text, Math.max(at, floor));
		}
	}
	while (i > 0 && isSpace(text, i - 1)) i--;
	return i;
}

/**
 * Cuts a highlighted text to about `width` characters around its first range, on word
 * boundaries, with an ellipsis where text was left out; ranges outside are dropped.
 */
export function cutAround({ text, ranges }: Highlighted, width = SNIPPET_WIDTH): Highlighted {
	if (text.length <= width) return { text, ranges };
	const [first, firstEnd] = ranges[0] ?? [0, 0];
	const lead = Math.min(LEAD, Math.floor(width * 0.3));
	const start = wordStart(text, Math.max(0, Math.min(first - lead, text.length - width)), first);
	const end = wordEnd(text, Math.min(text.length, start + width), firstEnd);
	const prefix = start > 0 ? (isSpace(text, start - 1) ? `${ELLIPSIS} ` : ELLIPSIS) : '';
	const suffix = end < text.length ? (isSpace(text, end) ? ` ${ELLIPSIS}` : ELLIPSIS) : '';
	const shift = prefix.length - start;
	return {
		text: `${prefix}${text.slice(start, end)}${suffix}`,
		ranges: ranges
			.filter(([s, e]) => s >= start && e <= end)
			.map(([s, e]) => [s + shift, e + shift] as [number, number]),
	};
}

/**
 * The passage with the most matched words (the first on ties), highlighted and cut to about
 * `width` characters on word boundaries.
 */
export function snippet(
	passages: string[],
	words: Set<string>,
	width = SNIPPET_WIDTH
): Highlighted {
	let best = 0;
	let bestCount = 0;
	for (let i = 0; i < passages.length; i++) {
		const count = countMatches(passages[i]!, words);
		if (count > bestCount) {
			best = i;
			bestCount = count;
		}
	}
	return cutAround(highlight(passages[best] ?? '', words), width);
}
