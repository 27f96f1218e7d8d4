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
 *
 * A number query for a guideline the library lacks ("EEF 1", or "Guideline 40" with a set
 * filter) puts the set first and says so in `SearchAnswer.missing`. Snippets are built only for
 * the results asked for (the UI asks for the ones it shows), as they are most of a query's cost.
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
import { normalize, stem, tokenize } from '../domain/normalize.ts';
import { cutAround, highlight, snippet, type Highlighted } from './snippet.ts';

export { countMatches, cutAround, highlight, snippet, type Highlighted } from './snippet.ts';

/** What the reader can narrow a search to. */
export interface SearchOptions {
	set?: string | undefined;
	part?: string | undefined;
	/** Include English text standing in for a missing translation (default true). */
	includeFallback?: boolean | undefined;
	/** How many results to return, with their snippets (default 20). */
	limit?: number | undefined;
}

/** How many results the search UI shows at first, and adds with "Show more". */
export const RESULTS_SHOWN = 10;

/** One result. */
export interface SearchResult {
	doc: SearchDoc;
	score: number;
	title: Highlighted;
	snippet: Highlighted;
}

/**
 * A number query naming a guideline the library does not have: `library` when the set's
 * edition has that number (or its size is unknown), `edition` when the edition is shorter.
 */
export interface MissingGuideline {
	/** The set's document (title, page). */
	set: SearchDoc;
	number: number;
	reason: 'library' | 'edition';
}

/** Everything a query gives: the results asked for, how many there are, and a missing guideline. */
export interface SearchAnswer {
	results: SearchResult[];
	/** All the results the filters allow, beyond `limit`. */
	total: number;
	missing?: MissingGuideline | undefined;
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

/** Two rows of the edit-distance table, reused between calls (no allocation per word). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * A bounded Levenshtein distance between `a` and the first `bLength` characters of `b` (all of
 * it by default): returns `max + 1` as soon as it must exceed `max`. Only the diagonal band
 * `|i - j| ≤ max` of the table is computed: cells outside it exceed `max` anyway.
 */
export function editDistance(a: string, b: string, max: number, bLength = b.length): number {
	const n = Math.min(bLength, b.length);
	const over = max + 1;
	if (Math.abs(a.length - n) > max) return over;
	if (rowA.length <= n + 1) {
		rowA = new Int32Array(n + 2);
		rowB = new Int32Array(n + 2);
	}
	let prev = rowA;
	let row = rowB;
	for (let j = 0; j <= n; j++) prev[j] = j <= max ? j : over;
	for (let i = 1; i <= a.length; i++) {
		const ca = a.charCodeAt(i - 1);
		const lo = Math.max(1, i - max);
		const hi = Math.min(n, i + max);
		row[0] = Math.min(i, over);
		if (lo > 1) row[lo - 1] = over;
		let rowMin = lo === 1 ? row[0] : over;
		for (let j = lo; j <= hi; j++) {
			const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
			const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			row[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (hi < n) row[hi + 1] = over;
		if (rowMin > max) return over;
		[prev, row] = [row, prev];
	}
	return Math.min(prev[n]!, over);
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
	/** The results of a query, their number, and a guideline the library lacks if it names one. */
	query(query: string, options?: SearchOptions): SearchAnswer;
	/** `query(…).results`. */
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
	/**
	 * Each passage of a doc as vocabulary indices (-1 for a word the vocabulary lacks), built
	 * the first time the doc needs a snippet: choosing a doc's best passage is then counting
	 * marked words, with no tokenising or normalising again for later queries.
	 */
	const passageWords = new Map<number, Int32Array[]>();
	let wordIds: Map<string, number> | undefined;
	/** Vocabulary words matched by the current query, marked by index (cleared after use). */
	const marks = new Uint8Array(vocabulary.length);
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
	/** Set codes → index of the set's document. */
	const setDocs = new Map<string, number>();
	docs.forEach((d, i) => {
		if (d.kind === 'set') setDocs.set(d.id, i);
	});
	const setCodes = new Set(setDocs.keys());
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

	/** Each vocabulary word without its Latin vowels, computed when a typo look-up needs it. */
	const skeletons: (string | undefined)[] = [];

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
			const tokenSkeleton = skeleton(token);
			for (let length = token.length - edits; length <= token.length + reach; length++) {
				for (const i of byLength.get(length) ?? []) {
					const word = vocabulary[i]!;
					if (STOPWORDS.has(word) || word.length < 3) continue;
					const loose = word[0] === token[0] && word.length >= token.length ? 2 : edits;
					const d = editDistance(token, word, Math.max(edits, loose));
					if (d > 2) continue;
					// Same consonants, other vowels ("frod" / "fraud"): a spelling by ear.
					const byEar = (skeletons[i] ??= skeleton(word)) === tokenSkeleton;
					if (byEar) add(i, 0.5);
					else if (d <= edits) add(i, d === 1 ? 0.55 : 0.4);
					else if (d <= loose) add(i, 0.3);
				}
			}
			// A typo at the end of a longer word: compare with the word's prefix of equal length.
			if (found.size === 0 && token.length >= 5) {
				for (let i = 0; i < vocabulary.length; i++) {
					const word = vocabulary[i]!;
					if (word.length > token.length && editDistance(token, word, 1, token.length) <= 1)
						add(i, 0.45);
				}
			}
		}
		return found;
	}

	/** A number query ("eef 12", "guideline 12", "12"): its set code, if any, and number. */
	function parseNumber(q: string): { code: string | undefined; number: number } | undefined {
		const match = NUMBER_QUERY.exec(q);
		if (!match) return undefined;
		const code = match[1] && setCodes.has(match[1]) ? match[1] : undefined;
		if (match[1] && !code && !NUMBER_WORD.test(match[1])) return undefined;
		return { code, number: Number(match[2]) };
	}

	/** Exact number look-up: the guidelines with that number (in the named set, if any). */
	function numberMatches(parsed: { code: string | undefined; number: number }): Set<number> {
		const hits = new Set<number>();
		docs.forEach((doc, i) => {
			if (
				doc.kind === 'guideline' &&
				doc.number === parsed.number &&
				(!parsed.code || doc.set === parsed.code)
			)
				hits.add(i);
		});
		return hits;
	}

	/**
	 * A number query for a guideline of one set (named, or the set filter) that the library
	 * lacks, with the index of the set's document. A set the filter leaves out is not named.
	 */
	function missingGuideline(
		parsed: { code: string | undefined; number: number },
		filterSet: string | undefined
	): { doc: number; missing: MissingGuideline } | undefined {
		const set = parsed.code ?? filterSet;
		if (!set || (filterSet && filterSet !== set) || parsed.number < 1) return undefined;
		const doc = setDocs.get(set);
		if (doc === undefined) return undefined;
		const included = docs.some(
			(d) => d.kind === 'guideline' && d.set === set && d.number === parsed.number
		);
		if (included) return undefined;
		const setDoc = docs[doc]!;
		const inEdition = setDoc.inEdition ?? null;
		const reason = inEdition !== null && parsed.number > inEdition ? 'edition' : 'library';
		return { doc, missing: { set: setDoc, number: parsed.number, reason } };
	}

	function query(query: string, options: SearchOptions = {}): SearchAnswer {
		const q = normalize(query.slice(0, MAX_QUERY_LENGTH)).replace(/\s+/g, ' ').trim();
		const tokens = [...new Set(tokenize(q))].slice(0, MAX_TOKENS);
		if (tokens.length === 0) return { results: [], total: 0 };
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
		// time when run for every query), so it runs only then, or when nothing matched fully;
		// never for one or two letters, which it would find inside any word.
		let fullMatches = 0;
		for (const s of scores.values()) if (s.matched >= required.length) fullMatches++;
		if ((unknownWord || fullMatches === 0) && q.length >= 3) {
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

		const parsed = parseNumber(q);
		const numbered = parsed ? numberMatches(parsed) : new Set<number>();
		const missing = parsed && missingGuideline(parsed, options.set);
		// The set of a missing guideline comes first, where the guideline would have been.
		if (missing) numbered.add(missing.doc);
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
		// Titles and snippets only for the results asked for: snippets are most of the cost.
		const matched: number[] = [];
		for (const word of matchedWords) {
			const i = lowerBound(vocabulary, word);
			if (vocabulary[i] === word) {
				marks[i] = 1;
				matched.push(i);
			}
		}
		try {
			const results = chosen.slice(0, options.limit ?? 20).map(([doc, s]) => ({
				doc: docs[doc]!,
				score: s.score,
				title: highlight(docs[doc]!.title, matchedWords),
				// Parts have no passages of their own: their statement (section titles) stands in.
				snippet: passages?.[doc]?.length
					? cutAround(highlight(bestPassage(doc, passages[doc], matched), matchedWords))
					: snippet([docs[doc]!.statement], matchedWords),
			}));
			return { results, total: chosen.length, missing: missing?.missing };
		} finally {
			for (const i of matched) marks[i] = 0;
		}
	}

	const search = (q: string, options?: SearchOptions) => query(q, options).results;

	/**
	 * The passage of a doc with the most marked words (the first on ties), as `snippet` chooses,
	 * from the doc's passages as vocabulary indices (built on first use).
	 */
	function bestPassage(doc: number, texts: string[], matched: number[]): string {
		if (matched.length === 0 || texts.length < 2) return texts[0] ?? '';
		let ids = passageWords.get(doc);
		if (!ids) {
			const known = (wordIds ??= new Map(vocabulary.map((word, i) => [word, i])));
			ids = texts.map((text) => Int32Array.from(tokenize(text), (word) => known.get(word) ?? -1));
			passageWords.set(doc, ids);
		}
		let best = 0;
		let bestCount = 0;
		ids.forEach((passage, i) => {
			let count = 0;
			for (const id of passage) if (id >= 0 && marks[id] === 1) count++;
			if (count > bestCount) {
				best = i;
				bestCount = count;
			}
		});
		return texts[best] ?? '';
	}

	function addText(text: SearchTextData): void {
		if (text.version !== INDEX_VERSION || text.passages.length !== docs.length) {
			throw new Error('The search text does not belong to this index; reload the page.');
		}
		passages = text.passages;
		passageWords.clear();
	}

	return { locale: data.locale, docs, query, search, addText };
}
