/**
 * Search relevance: for each query a reader would type (typos, numbers, synonyms, inflected
 * Georgian, unaccented French, Spanish and German), the expected guideline is in the top 3.
 * Runs on the shipped pack, plus French, Spanish and German fixture texts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../src/domain/locales.ts';
import { buildLibrary } from '../src/domain/pack/model.ts';
import { readPack } from '../src/pack/read.ts';
import { buildSearchIndex } from '../src/search/build.ts';
import {
	createSearcher,
	RESULTS_SHOWN,
	type Searcher,
	type SearchOptions,
} from '../src/search/query.ts';
import type { SearchTextData } from '../src/search/format.ts';
import { withSearchTranslations } from './fixtures/search-translations.ts';

const { pack } = await readPack(path.resolve('content'), 'content');
const library = buildLibrary(withSearchTranslations(pack));
const searchers = new Map<Locale, Searcher>();
const texts = new Map<Locale, SearchTextData>();
function searcher(locale: Locale): Searcher {
	let s = searchers.get(locale);
	if (!s) {
		const { index, text } = buildSearchIndex(library, locale);
		// Round-trip through JSON, as the browser receives it.
		s = createSearcher(JSON.parse(JSON.stringify(index)) as typeof index);
		s.addText(text);
		searchers.set(locale, s);
		texts.set(locale, text);
	}
	return s;
}

/** A query in a language and the guideline expected in its top 3. */
const CASES: { locale: Locale; query: string; expected: string; options?: SearchOptions }[] = [
	{ locale: 'en', query: 'media relations', expected: 'com.media-relations' },
	{ locale: 'en', query: 'crisis', expected: 'com.crisis-communication' },
	{ locale: 'en', query: 'goverance framework ict', expected: 'ict.governance-framework' },
	{ locale: 'en', query: 'frod strategy', expected: 'ccc.fraud-error-strategy' },
	{ locale: 'en', query: 'EEF 9', expected: 'eef.unique-identification' },
	{ locale: 'en', query: 'eef9', expected: 'eef.unique-identification' },
	{
		locale: 'en',
		query: 'Guideline 37',
		expected: 'eef.foreign-data-sharing',
		options: { set: 'eef' },
	},
	{ locale: 'en', query: '12', expected: 'invest.dynamic-investing', options: { set: 'invest' } },
	{ locale: 'en', query: 'unique identification', expected: 'eef.unique-identification' },
	{ locale: 'en', query: 'custody of assets', expected: 'invest.custody' },
	{ locale: 'en', query: 'prudent person', expected: 'invest.prudent-person' },
	{ locale: 'en', query: 'actuarial data', expected: 'act.valuation-data' },
	{ locale: 'en', query: 'case management', expected: 'rtw.case-management' },
	{
		locale: 'en',
		query: 'occupational health services',
		expected: 'prev.occupational-health-services',
	},
	{ locale: 'en', query: 'workplace health campaigns', expected: 'whp.campaigns' },
	{ locale: 'en', query: 'social media', expected: 'com.social-media' },
	{ locale: 'en', query: 'profiling jobseekers', expected: 'pse.jobseeker-profiling' },
	{ locale: 'en', query: 'registering contributors', expected: 'ccc.registering-contributors' },
	{ locale: 'en', query: 'master data quality', expected: 'ict.master-data-quality-improvement' },
	{ locale: 'en', query: 'non-take-up', expected: 'eef.failure-to-claim' },
	{ locale: 'en', query: 'ESG', expected: 'invest.responsible-investment' },
	{ locale: 'en', query: 'recruitment', expected: 'gg.recruitment-selection-promotion' },
	{ locale: 'en', query: 'service level agreements', expected: 'com.service-level-agreements' },
	{ locale: 'en', query: 'interoperabilty', expected: 'ict.interoperability-framework' },
	{ locale: 'en', query: 'risk budget', expected: 'invest.risk-budget' },
	{ locale: 'en', query: 'mobile examination', expected: 'prev.mobile-examination-units' },
	{ locale: 'en', query: 'biopsychosocial', expected: 'rtw.biopsychosocial-approach' },
	{ locale: 'en', query: 'internal auditing', expected: 'eef.internal-audit' },
	{ locale: 'ka', query: 'მანდატის', expected: 'com.mandate' },
	{ locale: 'ka', query: 'კრიზისი', expected: 'com.crisis-communication' },
	{ locale: 'ka', query: 'კრიზიზი', expected: 'com.crisis-communication' },
	{ locale: 'ka', query: 'მედიასთან ურთიერთობა', expected: 'com.media-relations' },
	{ locale: 'ka', query: 'შიდა აუდიტი', expected: 'eef.internal-audit' },
	{ locale: 'ka', query: 'კადრების შერჩევა', expected: 'gg.recruitment-selection-promotion' },
	{ locale: 'ka', query: 'სოციალური მედია', expected: 'com.social-media' },
	{ locale: 'ka', query: 'EEF 15', expected: 'eef.failure-to-claim' },
	{ locale: 'ka', query: 'ეთიკა', expected: 'com.values-ethics' },
	{ locale: 'fr', query: 'identite unique', expected: 'eef.unique-identification' },
	{ locale: 'fr', query: 'relations medias', expected: 'com.media-relations' },
	{ locale: 'fr', query: 'gestion de crise', expected: 'com.crisis-communication' },
	{ locale: 'fr', query: 'personne prudente', expected: 'invest.prudent-person' },
	{ locale: 'fr', query: 'securite sociale doublons', expected: 'eef.unique-identification' },
	{ locale: 'es', query: 'gestion de crisis', expected: 'com.crisis-communication' },
	{ locale: 'es', query: 'identificacion unica', expected: 'eef.unique-identification' },
	{ locale: 'es', query: 'medios de comunicacion', expected: 'com.media-relations' },
	{ locale: 'es', query: 'salud laboral', expected: 'prev.occupational-health-services' },
	{ locale: 'de', query: 'Krisenkommunikation', expected: 'com.crisis-communication' },
	{ locale: 'de', query: 'arbeitsmedizin', expected: 'prev.occupational-health-services' },
	{ locale: 'de', query: 'Identitat', expected: 'eef.unique-identification' },
	{ locale: 'de', query: 'Vorsicht Grundsatz', expected: 'invest.prudent-person' },
];

describe.each(CASES)('$locale: “$query”', ({ locale, query, expected, options }) => {
	it(`finds ${expected} in the top 3`, () => {
		const top = searcher(locale)
			.search(query, options)
			.slice(0, 3)
			.map((r) => r.doc.id);
		expect(top).toContain(expected);
	});
});

describe('odd input', () => {
	const en = () => searcher('en');
	it.each(['', '   ', '🙂🔥', '.*(+[?\\', '<script>alert(1)</script>', '\u0000\u200b'])(
		'%j gives a list without throwing',
		(q) => {
			expect(Array.isArray(en().search(q))).toBe(true);
		}
	);

	it('returns nothing for an empty query', () => {
		expect(en().search('')).toEqual([]);
		expect(en().search('   ')).toEqual([]);
	});

	it('reads only the first 200 characters of a 1,000-character query', () => {
		const long = `crisis ${'x'.repeat(993)}`;
		expect(long).toHaveLength(1000);
		expect(() => en().search(long)).not.toThrow();
		expect(en().search(`crisis ${'communication '.repeat(80)}`)[0]?.doc.id).toBe(
			'com.crisis-communication'
		);
	});

	it('treats regex characters as text, not patterns', () => {
		expect(en().search('crisis.*')[0]?.doc.id).toBe('com.crisis-communication');
	});

	it('never breaks Georgian letters when normalising', () => {
		const ka = searcher('ka').search('მანდატი');
		expect(ka[0]?.title.text).toMatch(/[\u10D0-\u10FF]/);
		for (const [start, end] of ka[0]?.snippet.ranges ?? []) {
			expect(ka[0]!.snippet.text.slice(start, end)).toMatch(/^[\u10D0-\u10FF]+$/);
		}
	});

	it('filters by set and part, and can leave out English standing in for a translation', () => {
		const inSet = searcher('en').search('risk', { set: 'act' });
		expect(inSet.length).toBeGreaterThan(0);
		expect(inSet.every((r) => r.doc.set === 'act')).toBe(true);
		const inPart = searcher('en').search('risk', { set: 'act', part: 'E' });
		expect(inPart.every((r) => r.doc.part === 'E')).toBe(true);
		const fr = searcher('fr');
		expect(fr.search('actuarial data', { includeFallback: true }).length).toBeGreaterThan(0);
		expect(fr.search('actuarial data', { includeFallback: false })).toEqual([]);
		expect(fr.search('gestion de crise', { includeFallback: false })[0]?.doc.id).toBe(
			'com.crisis-communication'
		);
	});

	it('highlights the matched words in title and snippet', () => {
		const [first] = searcher('en').search('custody');
		const { text, ranges } = first!.title;
		expect(ranges.map(([s, e]) => text.slice(s, e).toLowerCase())).toContain('custody');
	});
});

describe('number queries for guidelines the library lacks (shipped pack)', () => {
	/** Per set, the first number of its edition that the pack lacks (if it lacks one). */
	const gaps = library.sets.flatMap((set) => {
		const have = new Set(set.guidelines.map((g) => g.number));
		const last = set.inEdition ?? Math.max(0, ...have) + 1;
		for (let n = 1; n <= last; n++) if (!have.has(n)) return [{ set: set.code, number: n }];
		return [];
	});

	it('has gaps to test with', () => expect(gaps.length).toBeGreaterThan(0));

	it.each(['en', 'ka'] as const)(
		'%s: "<set> <n>" puts the set first and names the gap',
		(locale) => {
			for (const { set, number } of gaps) {
				for (const [query, options] of [
					[`${set.toUpperCase()} ${number}`, {}],
					[`Guideline ${number}`, { set }],
					[`${number}`, { set }],
				] as const) {
					const answer = searcher(locale).query(query, options);
					expect(answer.missing, `${locale} ${query} ${set}`).toMatchObject({
						number,
						reason: 'library',
						set: { kind: 'set', id: set, href: `/${locale}/${set}/` },
					});
					expect(answer.results[0]?.doc.id, query).toBe(set);
				}
			}
		}
	);

	it('understands the Georgian word for guideline within a set filter', () => {
		const { set, number } = gaps[0]!;
		const answer = searcher('ka').query(`სახელმძღვანელო პრინციპი ${number}`, { set });
		expect(answer.missing?.number).toBe(number);
	});

	it('says nothing for a guideline the pack has', () => {
		for (const set of library.sets) {
			const g = set.guidelines[0];
			if (!g) continue;
			const answer = searcher('en').query(`${set.code} ${g.number}`);
			expect(answer.missing).toBeUndefined();
			expect(answer.results[0]?.doc.id).toBe(g.id);
		}
	});

	it('says a number past the edition is not in the edition', () => {
		const set = library.sets.find((s) => s.inEdition !== null)!;
		expect(searcher('en').query(`${set.code} ${set.inEdition! + 1}`).missing).toMatchObject({
			reason: 'edition',
		});
	});
});

describe('snippets in the shipped corpus', () => {
	const QUERIES = {
		en: ['fraud', 'governance', 'risk management', 'media', 'data', 'the institution should'],
		ka: ['მანდატი', 'კრიზისი', 'მედია', 'მონაცემები', 'შიდა აუდიტი', 'რისკი'],
	} as const;

	it.each(['en', 'ka'] as const)(
		'%s: start and end between words, ellipsis where cut',
		(locale) => {
			const s = searcher(locale);
			const passages = texts.get(locale)!.passages;
			for (const query of QUERIES[locale]) {
				for (const r of s.query(query, { limit: 30 }).results) {
					const { text } = r.snippet;
					const cutStart = text.startsWith('… ');
					const cutEnd = text.endsWith(' …');
					const kept = text.slice(cutStart ? 2 : 0, cutEnd ? -2 : undefined);
					const own = passages[s.docs.indexOf(r.doc)]!;
					const source = (own.length > 0 ? own : [r.doc.statement]).find((p) => p.includes(kept));
					expect(source, `${query}: ${text}`).toBeDefined();
					const at = source!.indexOf(kept);
					expect(cutStart, text).toBe(at > 0);
					expect(cutEnd, text).toBe(at + kept.length < source!.length);
					if (at > 0) expect(source![at - 1], text).toMatch(/\s/);
					if (cutEnd) expect(source![at + kept.length], text).toMatch(/\s/);
				}
			}
		}
	);

	it('gives the same results on a second run (passage words are cached per doc)', () => {
		const fresh = () => {
			const { index, text } = buildSearchIndex(library, 'en');
			const s = createSearcher(JSON.parse(JSON.stringify(index)) as typeof index);
			s.addText(text);
			return s;
		};
		const a = fresh();
		const b = fresh();
		for (const query of QUERIES.en) b.search(query, { limit: 30 });
		for (const query of QUERIES.en) {
			const first = a.search(query, { limit: RESULTS_SHOWN });
			expect(a.search(query, { limit: RESULTS_SHOWN })).toEqual(first);
			expect(b.search(query, { limit: RESULTS_SHOWN })).toEqual(first);
		}
	});
});
