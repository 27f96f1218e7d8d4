/**
 * Querying a language's search index in the browser (or in Node for tests and benchmarks).
 *
 * A query is answered in up to three ways, merged into one ranking:
 * 1. an exact path for numbers ("EEF 12", "Guideline 12", "12" with a set filter);
 * 2. the inverted word index: each query word matches vocabulary words exactly, by prefix,
 *    by stem (Georgian and Latin endings) or within a small edit distance (typos), and a
 *    document scores by the best field each word is found in (title > keywords > statement >
 *    body); documents matching every significant word rank first;
 * 3. Fuse over the short fields (title, keywords, set and part) for fuzzy phrase matches.
 * Fuse over whole bodies is what this design avoids: it was slow and missed deep matches.
 */
import Fuse from 'fuse.js';
import {
	deltaDecode,
	FUSE_KEYS,
	fuseRecord,
	INDEX_VERSION,
	type SearchDoc,
	type SearchIndexData,
	type SearchTextData,
} from './format.ts';
import { normalize, stem, tokenize, tokenSpans } from '../domain/normalize.ts';

/** What the reader can narrow a search to. */
export interface SearchOptions {
	set?: string | undefined;
	part?: string | undefined;
	/** Include English text standing in for a missing translation (default true). */
	includeFallback?: boolean | undefined;
	limit?: number | undefined;
}

/** A text with the ranges to highlight, as `[start, end)` offsets. */
export interface Highlighted {
	text: string;
	ranges: [number, number][];
}

/** One result. */
export interface SearchResult {
	doc: SearchDoc;
	score: number;
	title: Highlighted;
	snippet: Highlighted;
}

/** Longest query we read; the rest is ignored (a pasted paragraph must not stall the page). */
export const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 12;
const FIELD_BOOST = [4, 3, 2, 1];
/** Words too common to require in every result. */
const STOPWORDS = new Set(
	'the and for with from into our des les une aux pour par dans del los las por con una und der die das ein eine mit von zum zur და ან'.split(
		' '
	)
);
const NUMBER_WORDS =
	'(?:guidelines?|ligne directrice|lignes directrices|directriz|directrices|leitlinie|leitlinien|სახელმძღვანელო პრინციპი|პრინციპი|g|no|nr|n)';

/** A number query: an optional set code or "guideline" word, then 1–3 digits. */
const NUMBER_QUERY = new RegExp(
	`^(?:([a-z]+)\\s*[-.]?\\s*)?(?:${NUMBER_WORDS}\\.?\\s*)?(\\d{1,3})$`,
	'u'
);
const NUMBER_WORD = new RegExp(`^${NUMBER_WORDS}$`, 'u');

/** A bounded Levenshtein distance: returns `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			row.push(value);
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		prev = row;
	}
	return prev[b.length]!;
}

/** A Latin word without its vowels, for spellings by ear; other scripts are left as they are. */
const skeleton = (word: string) => word.replace(/[aeiouy]/g, '');

/** The typo tolerance for a word: none for short words, one edit from 4 letters, two from 8. */
const allowedEdits = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/** First index in a sorted array whose value is ≥ `key`. */
function lowerBound(sorted: string[], key: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid]! < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** A searcher over one loaded index. */
export interface Searcher {
	locale: string;
	docs: SearchDoc[];
	search(query: string, options?: SearchOptions): SearchResult[];
	/** Adds the full text, so snippets can come from deep in a guideline. */
	addText(text: SearchTextData): void;
}

/** Prepares a loaded index for searching; throws on a file of another format version. */
export function createSearcher(data: SearchIndexData): Searcher {
	if (data.version !== INDEX_VERSION) {
		throw new Error(
			`Search index version ${data.version} is not ${INDEX_VERSION}; reload the page.`
		);
	}
	const { docs, vocabulary } = data;
	const postings = data.postings.map(deltaDecode);
	let passages: string[][] | undefined;
	const fuse = new Fuse(
		docs.map(fuseRecord),
		{
			keys: FUSE_KEYS,
			includeScore: true,
			ignoreLocation: true,
			threshold: 0.34,
			minMatchCharLength: 2,
		},
		Fuse.parseIndex(data.fuse as Parameters<typeof Fuse.parseIndex>[0])
	);
	const setCodes = new Set(docs.filter((d) => d.kind === 'set').map((d) => d.id));
	/** Significant words of each title, for the title-coverage boost. */
	const titleWords = docs.map((d) =>
		[...new Set(tokenize(d.title))].filter((w) => w.length > 2 && !STOPWORDS.has(w))
	);
	const byLength = new Map<number, number[]>();
	vocabulary.forEach((word, i) => {
		const list = byLength.get(word.length);
		if (list) list.push(i);
		else byLength.set(word.length, [i]);
	});

	/** Vocabulary words a query word matches, with a match weight (1 exact … 0.4 two typos). */
	function expand(token: string): Map<number, number> {
		const found = new Map<number, number>();
		const add = (i: number, weight: number) => {
			if ((found.get(i) ?? 0) < weight) found.set(i, weight);
		};
		const exact = lowerBound(vocabulary, token);
		if (vocabulary[exact] === token) add(exact, 1);
		if (token.length >= 3) {
			for (let i = exact; i < vocabulary.length && vocabulary[i]!.startsWith(token); i++)
				add(i, 0.8);
		}
		const root = stem(token);
		if (root) {
			for (
				let i = lowerBound(vocabulary, root);
				i < vocabulary.length && vocabulary[i]!.startsWith(root);
				i++
			) {
				add(i, 0.7);
			}
		}
		const edits = allowedEdits(token);
		if (edits > 0 && found.size === 0) {
			// Typos: one edit from 4 letters, two from 8; and two edits for shorter words when
			// the candidate keeps the first letter and is not shorter ("frod" → "fraud").
			const reach = Math.max(edits, 2);
			for (let length = token.length - edits; length <= token.length + reach; length++) {
				for (const i of byLength.get(length) ?? []) {
					const word = vocabulary[i]!;
					if (STOPWORDS.has(word) || word.length < 3) continue;
					const loose = word[0] === token[0] && word.length >= token.length ? 2 : edits;
					const d = editDistance(token, word, Math.max(edits, loose));
					// Same consonants, other vowels ("frod" / "fraud"): a spelling by ear.
					const byEar = d <= 2 && skeleton(word) === skeleton(token);
					if (byEar) add(i, 0.5);
					else if (d <= edits) add(i, d === 1 ? 0.55 : 0.4);
					else if (d <= loose) add(i, 0.3);
				}
			}
			// A typo at the end of a longer word: compare with the word's prefix of equal length.
			if (found.size === 0 && token.length >= 5) {
				for (let i = 0; i < vocabulary.length; i++) {
					const word = vocabulary[i]!;
					if (
						word.length > token.length &&
						editDistance(token, word.slice(0, token.length), 1) <= 1
					)
						add(i, 0.45);
				}
			}
		}
		return found;
	}

	/** Exact number look-up: "eef 12", "guideline 12", "12" (within a set filter). */
	function numberMatches(q: string): Set<number> {
		const hits = new Set<number>();
		const match = NUMBER_QUERY.exec(q);
		if (!match) return hits;
		const code = match[1] && setCodes.has(match[1]) ? match[1] : undefined;
		if (match[1] && !code && !NUMBER_WORD.test(match[1])) return hits;
		const number = Number(match[2]);
		docs.forEach((doc, i) => {
			if (doc.kind === 'guideline' && doc.number === number && (!code || doc.set === code))
				hits.add(i);
		});
		return hits;
	}

	function search(query: string, options: SearchOptions = {}): SearchResult[] {
		const q = normalize(query.slice(0, MAX_QUERY_LENGTH)).replace(/\s+/g, ' ').trim();
		const tokens = [...new Set(tokenize(q))].slice(0, MAX_TOKENS);
		if (tokens.length === 0) return [];
		const includeFallback = options.includeFallback ?? true;
		const allowed = (doc: SearchDoc) =>
			(!options.set || doc.set === options.set) &&
			(!options.part || doc.part === options.part) &&
			(includeFallback || !doc.fallback);

		const scores = new Map<number, { score: number; matched: number }>();
		/** The score entry of a doc, created on first use. */
		const entryOf = (doc: number) => {
			let entry = scores.get(doc);
			if (!entry) scores.set(doc, (entry = { score: 0, matched: 0 }));
			return entry;
		};
		const matchedWords = new Set<string>();
		const required = tokens.filter((t) => t.length > 2 && !STOPWORDS.has(t));
		const requiredSet = new Set(required);

		let unknownWord = false;
		for (const token of tokens) {
			const perDoc = new Map<number, number>();
			const expanded = expand(token);
			if (expanded.size === 0 && requiredSet.has(token)) unknownWord = true;
			for (const [wordIndex, weight] of expanded) {
				matchedWords.add(vocabulary[wordIndex]!);
				for (const code of postings[wordIndex] ?? []) {
					const doc = code >> 2;
					const value = weight * FIELD_BOOST[code & 3]!;
					if ((perDoc.get(doc) ?? 0) < value) perDoc.set(doc, value);
				}
			}
			for (const [doc, value] of perDoc) {
				const entry = entryOf(doc);
				entry.score += value;
				if (requiredSet.has(token)) entry.matched++;
			}
		}

		// Fuse over the short fields catches what the word index cannot: a word it does not know
		// at all (split or joined words, heavier typos). It is the costliest step (60% of query
		// time when run for every query), so it runs only then, or when nothing matched fully.
		const fullMatches = [...scores.values()].filter((s) => s.matched >= required.length).length;
		if (unknownWord || fullMatches === 0) {
			for (const hit of fuse.search(q.slice(0, 32), { limit: 30 })) {
				const entry = entryOf(hit.refIndex);
				const closeness = 1 - (hit.score ?? 1);
				entry.score += closeness * 4;
				if (closeness > 0.8) entry.matched = Math.max(entry.matched, required.length);
				for (const word of tokenize(docs[hit.refIndex]!.title)) {
					if (tokens.some((t) => editDistance(t, word, allowedEdits(t)) <= allowedEdits(t)))
						matchedWords.add(word);
				}
			}
		}

		const numbered = numberMatches(q);
		for (const doc of numbered) {
			const entry = entryOf(doc);
			entry.score += 1000;
			entry.matched = Math.max(entry.matched, required.length);
		}

		// A title the query covers entirely ("Data" for "actuarial data") is a strong signal.
		for (const [doc, entry] of scores) {
			const words = titleWords[doc]!;
			if (words.length === 0) continue;
			const covered = words.filter((w) => matchedWords.has(w)).length;
			entry.score += (2 * covered) / words.length;
		}

		const ranked = [...scores]
			.filter(([doc]) => allowed(docs[doc]!))
			.sort(([a, x], [b, y]) => {
				if (x.matched !== y.matched) return y.matched - x.matched;
				if (x.score !== y.score) return y.score - x.score;
				return (docs[a]!.number ?? 0) - (docs[b]!.number ?? 0);
			});
		// Documents matching all required words first; partial matches only when they are all.
		const full = ranked.filter(([, s]) => s.matched >= required.length);
		const chosen = full.length > 0 ? full : ranked;
		return chosen.slice(0, options.limit ?? 20).map(([doc, s]) => ({
			doc: docs[doc]!,
			score: s.score,
			title: highlight(docs[doc]!.title, matchedWords),
			snippet: snippet(passages?.[doc] ?? [docs[doc]!.statement], matchedWords),
		}));
	}

	function addText(text: SearchTextData): void {
		if (text.version !== INDEX_VERSION || text.passages.length !== docs.length) {
			throw new Error('The search text does not belong to this index; reload the page.');
		}
		passages = text.passages;
	}

	return { locale: data.locale, docs, search, addText };
}

/** Ranges of the words of `text` that are among `words` (normalised). */
export function highlight(text: string, words: Set<string>): Highlighted {
	const ranges: [number, number][] = [];
	for (const span of tokenSpans(text))
		if (words.has(span.norm)) ranges.push([span.start, span.end]);
	return { text, ranges };
}

/** The passage with the most matched words (the first on ties), cut to about 220 characters. */
export function snippet(passages: string[], words: Set<string>, width = 220): Highlighted {
	let best = highlight(passages[0] ?? '', words);
	for (const passage of passages.slice(1)) {
		const candidate = highlight(passage, words);
		if (candidate.ranges.length > best.ranges.length) best = candidate;
	}
	if (best.text.length <= width) return best;
	const first = best.ranges[0]?.[0] ?? 0;
	const start = Math.max(0, Math.min(first - 60, best.text.length - width));
	const end = Math.min(best.text.length, start + width);
	const prefix = start > 0 ? '… ' : '';
	const suffix = end < best.text.length ? ' …' : '';
	const shift = prefix.length - start;
	return {
		text: `${prefix}${best.text.slice(start, end)}${suffix}`,
		ranges: best.ranges
			.filter(([s, e]) => s >= start && e <= end)
			.map(([s, e]) => [s + shift, e + shift] as [number, number]),
	};
}
