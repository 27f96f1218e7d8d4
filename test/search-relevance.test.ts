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
import { createSearcher, type Searcher, type SearchOptions } from '../src/search/query.ts';
import { withSearchTranslations } from './fixtures/search-translations.ts';

const { pack } = await readPack(path.resolve('content'), 'content');
const library = buildLibrary(withSearchTranslations(pack));
const searchers = new Map<Locale, Searcher>();
function searcher(locale: Locale): Searcher {
	let s = searchers.get(locale);
	if (!s) {
		const { index, text } = buildSearchIndex(library, locale);
		// Round-trip through JSON, as the browser receives it.
		s = createSearcher(JSON.parse(JSON.stringify(index)) as typeof index);
		s.addText(text);
		searchers.set(locale, s);
	}
	return s;
}

/** [language, query, expected id, options] */
const CASES: [Locale, string, string, SearchOptions?][] = [
	['en', 'media relations', 'com.media-relations'],
	['en', 'crisis', 'com.crisis-communication'],
	['en', 'goverance framework ict', 'ict.governance-framework'],
	['en', 'frod strategy', 'ccc.fraud-error-strategy'],
	['en', 'EEF 9', 'eef.unique-identification'],
	['en', 'eef9', 'eef.unique-identification'],
	['en', 'Guideline 37', 'eef.foreign-data-sharing', { set: 'eef' }],
	['en', '12', 'invest.dynamic-investing', { set: 'invest' }],
	['en', 'unique identification', 'eef.unique-identification'],
	['en', 'custody of assets', 'invest.custody'],
	['en', 'prudent person', 'invest.prudent-person'],
	['en', 'actuarial data', 'act.valuation-data'],
	['en', 'case management', 'rtw.case-management'],
	['en', 'occupational health services', 'prev.occupational-health-services'],
	['en', 'workplace health campaigns', 'whp.campaigns'],
	['en', 'social media', 'com.social-media'],
	['en', 'profiling jobseekers', 'pse.jobseeker-profiling'],
	['en', 'registering contributors', 'ccc.registering-contributors'],
	['en', 'master data quality', 'ict.master-data-quality-improvement'],
	['en', 'non-take-up', 'eef.failure-to-claim'],
	['en', 'ESG', 'invest.responsible-investment'],
	['en', 'recruitment', 'gg.recruitment-selection-promotion'],
	['en', 'service level agreements', 'com.service-level-agreements'],
	['en', 'interoperabilty', 'ict.interoperability-framework'],
	['en', 'risk budget', 'invest.risk-budget'],
	['en', 'mobile examination', 'prev.mobile-examination-units'],
	['en', 'biopsychosocial', 'rtw.biopsychosocial-approach'],
	['en', 'internal auditing', 'eef.internal-audit'],
	['ka', 'მანდატის', 'com.mandate'],
	['ka', 'კრიზისი', 'com.crisis-communication'],
	['ka', 'კრიზიზი', 'com.crisis-communication'],
	['ka', 'მედიასთან ურთიერთობა', 'com.media-relations'],
	['ka', 'შიდა აუდიტი', 'eef.internal-audit'],
	['ka', 'კადრების შერჩევა', 'gg.recruitment-selection-promotion'],
	['ka', 'სოციალური მედია', 'com.social-media'],
	['ka', 'EEF 15', 'eef.failure-to-claim'],
	['ka', 'ეთიკა', 'com.values-ethics'],
	['fr', 'identite unique', 'eef.unique-identification'],
	['fr', 'relations medias', 'com.media-relations'],
	['fr', 'gestion de crise', 'com.crisis-communication'],
	['fr', 'personne prudente', 'invest.prudent-person'],
	['fr', 'securite sociale doublons', 'eef.unique-identification'],
	['es', 'gestion de crisis', 'com.crisis-communication'],
	['es', 'identificacion unica', 'eef.unique-identification'],
	['es', 'medios de comunicacion', 'com.media-relations'],
	['es', 'salud laboral', 'prev.occupational-health-services'],
	['de', 'Krisenkommunikation', 'com.crisis-communication'],
	['de', 'arbeitsmedizin', 'prev.occupational-health-services'],
	['de', 'Identitat', 'eef.unique-identification'],
	['de', 'Vorsicht Grundsatz', 'invest.prudent-person'],
];

describe.each(CASES)('%s: “%s”', (locale, query, expected, options) => {
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
