import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../src/domain/pack/model.ts';
import { buildSearchIndex, sentences } from '../src/search/build.ts';
import { deltaDecode, deltaEncode } from '../src/search/format.ts';
import { normalize, stem, tokenize, tokenSpans } from '../src/domain/normalize.ts';
import {
	countMatches,
	createSearcher,
	cutAround,
	editDistance,
	highlight,
	snippet,
	type Highlighted,
	type SearchOptions,
} from '../src/search/query.ts';
import { validPack } from './fixtures/pack.ts';
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

	it('compares with a prefix of the second word, without slicing it', () => {
		expect(editDistance('interoperabily', 'interoperability', 1, 14)).toBe(1);
		expect(editDistance('interoperabilty', 'interoperability', 1, 15)).toBe(2);
		expect(editDistance('govern', 'governance', 0, 6)).toBe(0);
		// Long words grow the reused rows; a short one afterwards still gets a clean table.
		expect(editDistance('a'.repeat(100), 'a'.repeat(99) + 'b', 1)).toBe(1);
		expect(editDistance('kitten', 'sitting', 3)).toBe(3);
	});

	it('agrees with the full table on many word pairs, within every bound', () => {
		const full = (a: string, b: string) => {
			let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
			for (let i = 1; i <= a.length; i++) {
				const row = [i];
				for (let j = 1; j <= b.length; j++)
					row.push(
						Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
					);
				prev = row;
			}
			return prev[b.length]!;
		};
		let x = 42;
		const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
		const word = () =>
			Array.from({ length: 1 + (next() % 10) }, () => 'abcdeმა'[next() % 7]).join('');
		for (let k = 0; k < 2000; k++) {
			const a = word();
			const b = next() % 2 ? word() : a.slice(0, next() % (a.length + 1)) + word().slice(0, 2);
			for (const max of [0, 1, 2, 3]) {
				expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(full(a, b), max + 1));
			}
		}
	});
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

	it('counts matched words without building ranges', () => {
		expect(countMatches('Risk and risky risk. RISK', words)).toBe(3);
		expect(countMatches('Sécurité sociale', new Set(['securite']))).toBe(1);
		expect(countMatches('anything', new Set())).toBe(0);
	});

	it('cuts a long passage around the first match and keeps ranges aligned', () => {
		const long = `${'word '.repeat(80)}risk ${'tail '.repeat(40)}`;
		const s = snippet([long], words, 120);
		expect(s.text.startsWith('… ')).toBe(true);
		expect(s.text.length).toBeLessThanOrEqual(124);
		for (const [start, end] of s.ranges) expect(s.text.slice(start, end)).toBe('risk');
	});

	it('picks the passage with the most matched words, the first on ties', () => {
		const passages = ['No match here.', 'One risk.', 'Risk upon risk.', 'Another risk, and risk.'];
		expect(snippet(passages, words).text).toBe('Risk upon risk.');
		expect(snippet(['First.', 'Second.'], words).text).toBe('First.');
		expect(snippet([], words).text).toBe('');
	});
});

/** Whole words of a text split at spaces. */
const wordsOf = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

/**
 * The checks every cut snippet passes: an ellipsis exactly where text was left out, the kept
 * text a piece of the original that starts and ends between words, at most `width` characters
 * of it, the first match kept, and each range on a matched word.
 */
function expectClean(original: string, cut: Highlighted, width: number, matched: Set<string>) {
	const cutStart = cut.text.startsWith('… ');
	const cutEnd = cut.text.endsWith(' …');
	const kept = cut.text.slice(cutStart ? 2 : 0, cutEnd ? -2 : undefined);
	const at = original.indexOf(kept);
	expect(at, kept).toBeGreaterThanOrEqual(0);
	expect(kept.length).toBeLessThanOrEqual(width);
	expect(cutStart).toBe(at > 0);
	expect(cutEnd).toBe(at + kept.length < original.length);
	if (at > 0) expect(original[at - 1]).toMatch(/\s/);
	if (at + kept.length < original.length) expect(original[at + kept.length]).toMatch(/\s/);
	expect(kept).toBe(kept.trim());
	const whole = wordsOf(original);
	for (const word of wordsOf(kept)) expect(whole.has(word), word).toBe(true);
	for (const [start, end] of cut.ranges)
		expect(matched.has(normalize(cut.text.slice(start, end)))).toBe(true);
	const first = highlight(original, matched).ranges[0];
	if (first) expect(cut.ranges.length).toBeGreaterThan(0);
}

describe('snippets cut on word boundaries', () => {
	/** A long passage of words of 1 to 14 letters from an alphabet, deterministic. */
	function passage(alphabet: string, count: number, seed: number, punctuation = ''): string {
		const letters = [...alphabet];
		let x = seed;
		const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
		const out: string[] = [];
		for (let i = 0; i < count; i++) {
			const length = 1 + (next() % 14);
			let word = '';
			for (let j = 0; j < length; j++) word += letters[next() % letters.length];
			if (punctuation && next() % 5 === 0) word += punctuation[next() % punctuation.length];
			out.push(word);
		}
		return out.join(' ');
	}

	const SCRIPTS = [
		{ name: 'Latin', text: passage('abcdefghijklmnopqrstuvwxyz', 160, 7, ',.;:') },
		{ name: 'French', text: passage('aàbcçdeéèêfghiîjlmnoôpqrstuûvxyz’-', 160, 11, ',.«»') },
		{ name: 'Georgian', text: passage('აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ', 160, 13, ',.„“') },
	];

	describe.each(SCRIPTS)('$name', ({ text }) => {
		const tokens = tokenize(text);
		// Matches early, in the middle and at the very end of the passage.
		const targets = [tokens[2]!, tokens[Math.floor(tokens.length / 2)]!, tokens.at(-1)!];
		it.each([40, 80, 120, 220])('at width %i, wherever the match is', (width) => {
			for (const target of targets) {
				const matched = new Set([target]);
				const cut = snippet([text], matched, width);
				expectClean(text, cut, width, matched);
			}
		});

		it('without any match, keeps the start and cuts at the end', () => {
			const cut = snippet([text], new Set(['zzzzzzzzzz']), 100);
			expect(cut.text.startsWith('…')).toBe(false);
			expect(cut.text.endsWith(' …')).toBe(true);
			expectClean(text, cut, 100, new Set());
		});
	});

	it('keeps a Georgian guideline sentence whole at word ends', () => {
		const sentence =
			'ინსტიტუცია ადგენს კომუნიკაციის სტრატეგიას, რომელიც აღწერს მიზნებს, აუდიტორიებს, ' +
			'არხებს და პასუხისმგებლობებს, და რეგულარულად აფასებს მის შედეგებს კრიზისის დროს ' +
			'მედიასთან ურთიერთობისა და საზოგადოების ინფორმირების გაუმჯობესების მიზნით, ' +
			'რათა მოქალაქეებმა დროულად მიიღონ ზუსტი და გასაგები ინფორმაცია მათი უფლებების შესახებ.';
		const matched = new Set(['მედიასთან']);
		const cut = snippet([sentence], matched, 120);
		expectClean(sentence, cut, 120, matched);
		expect(cut.text.startsWith('… ')).toBe(true);
		expect(cut.text.slice(cut.ranges[0]![0], cut.ranges[0]![1])).toBe('მედიასთან');
	});

	it('keeps a hyphenated or elided word whole', () => {
		const text = `${'word '.repeat(30)}l’institution non-take-up risk ${'tail '.repeat(30)}`.trim();
		const cut = snippet([text], new Set(['risk']), 60);
		expectClean(text, cut, 60, new Set(['risk']));
		expect(cut.text).toContain('non-take-up risk');
	});

	it('cuts text without spaces at a word boundary, never inside a character', () => {
		// Japanese: no spaces, so the boundary comes from Intl.Segmenter.
		const text = '社会保障機関は不正行為を防止するための戦略を定め、定期的に見直す。'.repeat(8);
		const cut = cutAround(highlight(text, new Set()), 40);
		expect(cut.text.endsWith('…')).toBe(true);
		const kept = cut.text.slice(0, -1);
		expect(text.startsWith(kept)).toBe(true);
		expect(kept.length).toBeGreaterThan(0);
		const boundaries = new Set(
			[...new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)].map((s) => s.index)
		);
		expect(boundaries.has(kept.length)).toBe(true);
	});

	it('leaves a short passage as it is', () => {
		expect(snippet(['Short risk.'], words(), 220)).toEqual({
			text: 'Short risk.',
			ranges: [[6, 10]],
		});
	});

	function words() {
		return new Set(['risk']);
	}
});

describe('number queries for guidelines the library lacks', () => {
	/** The fixture pack: set "com" with guidelines 1, 2 and 4 of an edition of 4. */
	function searcherOf(inEdition: number | null = 4) {
		const pack = validPack();
		pack.sets[0]!.data.guidelines.inEdition = inEdition;
		const { index, text } = buildSearchIndex(buildLibrary(pack), 'en');
		const searcher = createSearcher(JSON.parse(JSON.stringify(index)) as typeof index);
		searcher.addText(text);
		return searcher;
	}

	it.each<{ query: string; options?: SearchOptions }>([
		{ query: 'com 3' },
		{ query: 'COM-3' },
		{ query: 'Guideline 3', options: { set: 'com' } },
		{ query: '3', options: { set: 'com' } },
		{ query: 'com 3', options: { set: 'com', part: 'B' } },
	])('"$query" $options: says guideline 3 is missing and puts the set first', (c) => {
		const answer = searcherOf().query(c.query, c.options);
		expect(answer.missing).toMatchObject({ number: 3, reason: 'library', set: { id: 'com' } });
		expect(answer.missing?.set.href).toBe('/en/com/');
		if (!c.options?.part) expect(answer.results[0]?.doc).toMatchObject({ kind: 'set', id: 'com' });
	});

	it('names a number beyond the edition as such', () => {
		expect(searcherOf().query('com 5').missing).toMatchObject({ number: 5, reason: 'edition' });
		expect(searcherOf(null).query('com 5').missing).toMatchObject({ number: 5, reason: 'library' });
	});

	it.each<{ query: string; options?: SearchOptions }>([
		{ query: 'com 2' },
		{ query: 'Guideline 3' },
		{ query: '3' },
		{ query: 'com 0' },
		{ query: 'com 3', options: { set: 'other' } },
		{ query: 'xyz 3' },
		{ query: 'planning' },
	])('"$query" $options: no missing guideline', (c) => {
		expect(searcherOf().query(c.query, c.options).missing).toBeUndefined();
	});

	it('finds an included guideline by number first', () => {
		expect(searcherOf().query('com 2').results[0]?.doc.id).toBe('com.planning');
	});

	it('counts every result but builds only those asked for', () => {
		const searcher = searcherOf();
		const all = searcher.query('com');
		expect(all.total).toBeGreaterThan(1);
		expect(all.results).toHaveLength(all.total);
		const one = searcher.query('com', { limit: 1 });
		expect(one.results).toHaveLength(1);
		expect(one.total).toBe(all.total);
		expect(searcher.query('com', { limit: 0 })).toMatchObject({ results: [], total: all.total });
		expect(searcher.search('com', { limit: 1 })).toEqual(one.results);
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
