/**
 * Share links: a whole pack carried in the URL's fragment (never sent to any server), as
 * `w1.` followed by the pack's JSON compressed with zlib (whose checksum catches a truncated
 * or altered link) in base64url. Decoding never throws: a damaged, truncated, oversized or
 * forged link is refused with a reason, and a link that decodes is checked like a file.
 */
import { Unzlib, zlibSync, strToU8, strFromU8 } from 'fflate';
import type { Problem } from '../assessment/problems.ts';
import type { Workshop } from './model.ts';
import { parseWorkshopJson } from './parse.ts';

export const SHARE_PREFIX = 'w1.';
/** The fragment parameter that holds the pack: `#pack=w1.…`. */
export const SHARE_PARAM = 'pack';
/** Longest link accepted (characters after the prefix); browsers keep far longer URLs. */
export const MAX_SHARE_CHARS = 200_000;
/** Largest decompressed pack accepted (a small link must not expand into a huge one). */
export const MAX_SHARE_BYTES = 1024 * 1024;

export type ShareError =
	'empty' | 'unknown-format' | 'too-long' | 'damaged' | 'too-large' | 'invalid';

export type ShareResult =
	{ ok: true; workshop: Workshop } | { ok: false; reason: ShareError; problems: Problem[] };

/** base64url of bytes, without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of base64url text, or null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** The share code of a pack (what follows `#pack=`). Local bookkeeping is left out. */
export function encodeShare(pack: Workshop): string {
	const { lastExportedAt: _e, ...shared } = pack;
	return SHARE_PREFIX + toBase64Url(zlibSync(strToU8(JSON.stringify(shared)), { level: 9 }));
}

/**
 * Adler-32 of bytes, the checksum zlib stores after the data. fflate inflates without checking
 * it, so a link altered inside its data would otherwise decode to different text.
 */
export function adler32(bytes: Uint8Array): number {
	let a = 1;
	let b = 0;
	for (let i = 0; i < bytes.length; i += 3800) {
		const end = Math.min(i + 3800, bytes.length);
		for (let j = i; j < end; j++) {
			a += bytes[j]!;
			b += a;
		}
		a %= 65521;
		b %= 65521;
	}
	return ((b << 16) | a) >>> 0;
}

/** Inflates at most `limit` bytes; null when the data is damaged or larger. */
function inflate(data: Uint8Array, limit: number): Uint8Array | 'too-large' | null {
	const chunks: Uint8Array[] = [];
	let size = 0;
	let done = false;
	let over = false;
	const stream = new Unzlib((chunk, final) => {
		size += chunk.length;
		if (size > limit) over = true;
		else chunks.push(chunk);
		if (final) done = true;
	});
	try {
		for (let i = 0; i < data.length && !over; i += 4096)
			stream.push(data.subarray(i, i + 4096), i + 4096 >= data.length);
	} catch {
		return null;
	}
	if (over) return 'too-large';
	if (!done) return null;
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

const refuse = (reason: ShareError, problems: Problem[] = []): ShareResult => ({
	ok: false,
	reason,
	problems,
});

/** Reads a share code (with or without the `pack=` parameter around it). */
export function decodeShare(code: string): ShareResult {
	const value = code.trim();
	if (value === '') return refuse('empty');
	if (!value.startsWith(SHARE_PREFIX)) return refuse('unknown-format');
	const body = value.slice(SHARE_PREFIX.length);
	if (body.length > MAX_SHARE_CHARS) return refuse('too-long');
	const bytes = fromBase64Url(body);
	if (!bytes || bytes.length < 6) return refuse('damaged');
	const inflated = inflate(bytes, MAX_SHARE_BYTES);
	if (inflated === 'too-large') return refuse('too-large');
	if (!inflated) return refuse('damaged');
	const end = bytes.length;
	const stored =
		((bytes[end - 4]! << 24) |
			(bytes[end - 3]! << 16) |
			(bytes[end - 2]! << 8) |
			bytes[end - 1]!) >>>
		0;
	if (stored !== adler32(inflated)) return refuse('damaged');
	let text: string;
	try {
		text = strFromU8(inflated);
	} catch {
		return refuse('damaged');
	}
	const parsed = parseWorkshopJson(text);
	return parsed.ok ? parsed : refuse('invalid', parsed.problems);
}

/** The share code in a URL fragment (`#pack=w1.…`), or null when the fragment has none. */
export function shareCodeOf(hash: string): string | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	return params.get(SHARE_PARAM);
}
