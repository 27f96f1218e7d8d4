/**
 * Text normalisation shared by the index builder and the query: case-folding and accent
 * removal for Latin scripts ("sécurité" → "securite", "Straße" → "strasse"), without touching
 * Georgian letters (Mkhedruli has no case and no combining marks; stray Mtavruli capitals
 * fold to Mkhedruli).
 */

/** Letters, combining marks and digits: one token. Works for Latin, Georgian and any script. */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** Normalises a string for matching. Length may change; use `tokenSpans` to map back. */
export function normalize(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.normalize('NFC');
}

/** Normalised tokens of a text, in order, duplicates kept. */
export function tokenize(text: string): string[] {
	return (normalize(text).match(TOKEN) ?? []).filter((t) => t.length > 0);
}

/** Normalised forms of single words, reused across queries (words repeat a lot). */
const wordCache = new Map<string, string>();
const WORD_CACHE_LIMIT = 50_000;

/** `normalize` for one word, cached. */
function normalizeWord(word: string): string {
	let norm = wordCache.get(word);
	if (norm === undefined) {
		norm = normalize(word);
		if (wordCache.size < WORD_CACHE_LIMIT) wordCache.set(word, norm);
	}
	return norm;
}

/** Each token of the original text with its position, for highlighting. */
export function tokenSpans(text: string): { start: number; end: number; norm: string }[] {
	const spans: { start: number; end: number; norm: string }[] = [];
	for (const match of text.matchAll(TOKEN)) {
		const start = match.index ?? 0;
		spans.push({ start, end: start + match[0].length, norm: normalizeWord(match[0]) });
	}
	return spans;
}

/** Georgian script (Mkhedruli or Mtavruli). */
export const isGeorgian = (token: string) => /[\u10A0-\u10FF\u1C90-\u1CBF]/.test(token);

/**
 * Common Georgian endings (case, plural, postpositions), longest first. Stripping one gives a
 * stem whose prefix matches the other inflected forms in the index ("მანდატის" → "მანდატ").
 */
const GEORGIAN_ENDINGS = [
	'ებისთვის',
	'ისთვის',
	'ებისა',
	'ებით',
	'ებში',
	'ებზე',
	'ების',
	'ებს',
	'ები',
	'ისა',
	'ით',
	'ის',
	'ში',
	'ზე',
	'ად',
	'მა',
	'ს',
	'ი',
	'ო',
	'ე',
	'ა',
];

/** Latin endings removed to reach a shared stem (plural, feminine, verb forms). */
const LATIN_ENDINGS = ['ions', 'ion', 'ing', 'es', 'en', 'er', 's', 'e'];

/** A stem of a normalised token for prefix matching, or undefined when too short to stem. */
export function stem(token: string): string | undefined {
	const endings = isGeorgian(token) ? GEORGIAN_ENDINGS : LATIN_ENDINGS;
	for (const ending of endings) {
		if (token.endsWith(ending) && token.length - ending.length >= 4) {
			return token.slice(0, -ending.length);
		}
	}
	return undefined;
}
