/**
 * The search index's file format, shared by the build (which writes it) and the browser (which
 * reads it): the document and file shapes, the format version, and the encodings. No
 * build-time code here: the browser bundle imports this module.
 */
import type { Locale } from '../domain/locales.ts';
import { normalize } from '../domain/normalize.ts';

/**
 * Bumped when the file format changes; the client refuses other versions. (A new optional
 * field, such as a set's `inEdition`, needs no bump: file URLs carry a content hash.)
 */
export const INDEX_VERSION = 1;

/** Where a word was found, best first; used as a ranking boost. */
export const FIELDS = ['title', 'keywords', 'statement', 'body'] as const;

/** A search result candidate. */
export interface SearchDoc {
	kind: 'guideline' | 'set' | 'part';
	/** Guideline id, set code, or `<set>#<part>`. */
	id: string;
	set: string;
	/** Part id (guidelines and parts). */
	part?: string;
	number?: number;
	/** Sets: how many guidelines the set's edition has; null when not known. */
	inEdition?: number | null;
	title: string;
	/** Where it sits: "Set › A. Part". */
	context: string;
	/** Site path without the deployment base. */
	href: string;
	/** Searchable keywords (synonyms) in the doc's language. */
	keywords: string[];
	/** The statement (or set description): the snippet until the full text has loaded. */
	statement: string;
	/** True when the text is English standing in for a missing translation. */
	fallback: boolean;
}

/**
 * The sentences of every doc, for snippets deep in the text: a second file, fetched after the
 * index so that the first results never wait for it. `passages[i]` belongs to `docs[i]`.
 */
export interface SearchTextData {
	version: number;
	locale: Locale;
	passages: string[][];
}

/** The static file one language's search loads first. */
export interface SearchIndexData {
	version: number;
	locale: Locale;
	docs: SearchDoc[];
	/** `Fuse.createIndex(FUSE_KEYS, docs.map(fuseRecord)).toJSON()`. */
	fuse: unknown;
	/** Every normalised word, sorted, for prefix and typo look-ups. */
	vocabulary: string[];
	/**
	 * For each vocabulary word, the docs containing it and the best field each has it in,
	 * encoded as `doc * 4 + field`, ascending and delta-encoded (first value absolute).
	 */
	postings: number[][];
}

/** Fuse searches these normalised short fields of each doc. */
export const FUSE_KEYS = [
	{ name: 't', weight: 3 },
	{ name: 'k', weight: 2 },
	{ name: 'c', weight: 0.5 },
];

/** The record Fuse indexes for a doc: normalised title, keywords and context. */
export function fuseRecord(doc: SearchDoc): { t: string; k: string; c: string } {
	return {
		t: normalize(doc.title),
		k: normalize(doc.keywords.join(' ')),
		c: normalize(doc.context),
	};
}

/** Ascending numbers as differences from the previous one (smaller JSON). */
export function deltaEncode(sorted: number[]): number[] {
	return sorted.map((value, i) => (i === 0 ? value : value - sorted[i - 1]!));
}

/** Undoes `deltaEncode`. */
export function deltaDecode(deltas: number[]): number[] {
	let sum = 0;
	return deltas.map((d) => (sum += d));
}
