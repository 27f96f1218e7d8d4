import { describe, expect, it } from 'vitest';
import { sentences } from '../src/search/build.ts';
import { deltaDecode, deltaEncode } from '../src/search/format.ts';
import { normalize, stem, tokenize, tokenSpans } from '../src/domain/normalize.ts';
import { editDistance, highlight, snippet } from '../src/search/query.ts';
import { pushRecent } from '../src/search/recent.ts';
import { queryFromState, stateFromQuery } from '../src/search/url-state.ts';

describe('normalize', () => {
	it.each([
		['Sécurité SOCIALE', 'securite sociale'],
		['Straße', 'strasse'],
		['Identität', 'identitat'],
		['gestión', 'gestion'],
		['œuvre', 'oeuvre'],
		['მანდატი', 'მანდატი'],
		// Mtavruli capitals (Mkhedruli + 0xBC0) fold to Mkhedruli.
		[
			[...'მანდატი'].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xbc0)).join(''),
			'მანდატი',
		],
	])('%s → %s', (input, expected) => expect(normalize(input)).toBe(expected));

	it('tokenizes letters and digits of any script and maps tokens back to the original', () => {
		expect(tokenize('EEF-12: Données, მონაცემები!')).toEqual([
			'eef',
			'12',
			'donnees',
			'მონაცემები',
		]);
		const text = 'Données clés';
		expect(tokenSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual([
			'Données',
			'clés',
		]);
	});

	it.each([
		['მანდატის', 'მანდატ'],
		['კრიზისი', 'კრიზის'],
		['contributions', 'contribut'],
		['crise', 'cris'],
		['data', undefined],
	])('stem(%s) = %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('editDistance', () => {
	it.each([
		{ a: 'governance', b: 'goverance', max: 2, distance: 1 },
		{ a: 'fraud', b: 'frod', max: 2, distance: 2 },
		{ a: 'abc', b: 'xyz', max: 1, distance: 2 },
		{ a: 'same', b: 'same', max: 0, distance: 0 },
	])('$a ~ $b within $max → $distance', ({ a, b, max, distance }) =>
		expect(editDistance(a, b, max)).toBe(distance)
	);
});

describe('index encoding', () => {
	it('round-trips postings through delta encoding', () => {
		const list = [3, 4, 17, 400, 401];
		expect(deltaEncode(list)).toEqual([3, 1, 13, 383, 1]);
		expect(deltaDecode(deltaEncode(list))).toEqual(list);
	});

	it('turns Markdown into plain sentences', () => {
		expect(sentences('First *one*. Second [link](http://x) here!\n\nThird?')).toEqual([
			'First one.',
			'Second link here!',
			'Third?',
		]);
	});
});

describe('highlight and snippet', () => {
	const words = new Set(['risk']);
	it('marks whole matched words only', () => {
		expect(highlight('Risk and risky risk.', words).ranges).toEqual([
			[0, 4],
			[15, 19],
		]);
	});

	it('cuts a long passage around the first match and keeps ranges aligned', () => {
		const long = `${'word '.repeat(80)}risk ${'tail '.repeat(40)}`;
		const s = snippet([long], words, 120);
		expect(s.text.startsWith('… ')).toBe(true);
		expect(s.text.length).toBeLessThanOrEqual(124);
		for (const [start, end] of s.ranges) expect(s.text.slice(start, end)).toBe('risk');
	});
});

describe('recent searches', () => {
	it('keeps the newest first, without duplicates, at most 8, ignoring one-letter queries', () => {
		let list: string[] = [];
		for (const q of ['fraud', 'crisis', 'Fraud ', 'x', 'a1', 'b1', 'c1', 'd1', 'e1', 'f1', 'g1'])
			list = pushRecent(list, q);
		expect(list).toEqual(['g1', 'f1', 'e1', 'd1', 'c1', 'b1', 'a1', 'Fraud']);
	});
});

describe('search state in the URL', () => {
	it('round-trips and leaves defaults out', () => {
		const state = { q: 'sécurité & co', set: 'eef', part: 'C', en: false };
		expect(stateFromQuery(queryFromState(state))).toEqual(state);
		expect(queryFromState({ q: '', set: '', part: '', en: true })).toBe('');
		expect(stateFromQuery('?q=x')).toEqual({ q: 'x', set: '', part: '', en: true });
	});
});
