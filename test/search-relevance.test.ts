/**
 * Search relevance: for each query a reader would type (typos, numbers, synonyms, inflected
 * Georgian, unaccented French, Spanish and German), the expected guideline is in the top 3.
 * Runs on the shipped pack, whose French, Spanish and German texts are complete.
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

const { pack } = await readPack(path.resolve('content'), 'content');
const library = buildLibrary(pack);
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
	{ locale: 'fr', query: 'doublons identifiant', expected: 'eef.unique-identification' },
	{ locale: 'es', query: 'gestion de crisis', expected: 'com.crisis-communication' },
	{ locale: 'es', query: 'identificacion unica', expected: 'eef.unique-identification' },
	{ locale: 'es', query: 'medios de comunicacion', expected: 'com.media-relations' },
	{ locale: 'es', query: 'salud laboral', expected: 'prev.occupational-health-services' },
	{ locale: 'de', query: 'Krisenkommunikation', expected: 'com.crisis-communication' },
	{ locale: 'de', query: 'arbeitsmedizin', expected: 'prev.occupational-health-services' },
	{ locale: 'de', query: 'Identitat', expected: 'eef.unique-identification' },
	{ locale: 'de', query: 'Vorsicht Grundsatz', expected: 'invest.prudent-person' },
	// Written the way readers type: accents or none, singular or plural, a synonym the title lacks.
	{ locale: 'fr', query: 'banque depositaire', expected: 'invest.custody' },
	{ locale: 'fr', query: 'critères ESG', expected: 'invest.responsible-investment' },
	{ locale: 'fr', query: 'gestion indicielle', expected: 'invest.active-passive-management' },
	{ locale: 'fr', query: 'cellule de crise', expected: 'com.crisis-communication' },
	{ locale: 'fr', query: 'relations presse', expected: 'com.media-relations' },
	{ locale: 'fr', query: 'reseaux sociaux', expected: 'com.social-media' },
	{ locale: 'fr', query: 'bonus malus', expected: 'prev.financial-incentives' },
	{
		locale: 'fr',
		query: 'tableaux des maladies professionnelles',
		expected: 'prev.disease-recognition',
	},
	{ locale: 'fr', query: 'sous-declaration accidents', expected: 'prev.accident-reporting' },
	{ locale: 'fr', query: 'marque employeur', expected: 'whp.non-financial-incentives' },
	{ locale: 'fr', query: 'base legale promotion sante', expected: 'whp.legal-financial-mandate' },
	{ locale: 'fr', query: 'priorisation', expected: 'whp.priorities' },
	{ locale: 'es', query: 'mesa de ayuda', expected: 'ict.service-desk' },
	{ locale: 'es', query: 'recuperacion ante desastres', expected: 'ict.service-continuity' },
	{
		locale: 'es',
		query: 'privacidad desde el diseño',
		expected: 'ict.data-privacy-security-measures',
	},
	{ locale: 'es', query: 'autonomos base de cotizacion', expected: 'ext.contribution-rates' },
	{
		locale: 'es',
		query: 'alta en la seguridad social requisitos',
		expected: 'ext.registration-information',
	},
	{ locale: 'es', query: 'despidos colectivos', expected: 'pse.lay-off-support' },
	{
		locale: 'es',
		query: 'homologacion de titulos extranjeros',
		expected: 'pse.foreign-credentials',
	},
	{ locale: 'es', query: 'orientador laboral itinerario', expected: 'pse.jobseeker-guidance' },
	{ locale: 'es', query: 'carta de servicios', expected: 'sq.quality-framework' },
	{ locale: 'es', query: 'cliente misterioso', expected: 'sq.service-fundamentals' },
	{ locale: 'es', query: 'quejas y reclamaciones', expected: 'sq.measurement-feedback' },
	{
		locale: 'es',
		query: 'independencia del actuario presiones',
		expected: 'act.actuary-independence',
	},
	{ locale: 'es', query: 'tasa de reemplazo pensiones', expected: 'act.benefit-adequacy' },
	{ locale: 'es', query: 'hipotesis actuariales mortalidad', expected: 'act.assumptions' },
	{ locale: 'es', query: 'cobranza coactiva deudas en mora', expected: 'ccc.debt-management' },
	{ locale: 'es', query: 'afiliacion de empleadores', expected: 'ccc.registering-contributors' },
	{ locale: 'es', query: 'declaracion de nomina planilla', expected: 'ccc.contribution-billing' },
	{ locale: 'es', query: 'plan de reincorporacion', expected: 'rtw.individual-plan' },
	{ locale: 'es', query: 'gestor de casos', expected: 'rtw.case-management' },
	{ locale: 'es', query: 'secreto medico datos de salud', expected: 'rtw.confidentiality' },
	{ locale: 'fr', query: 'independance de l actuaire', expected: 'act.actuary-independence' },
	{ locale: 'fr', query: 'tables de mortalité', expected: 'act.assumptions' },
	{ locale: 'fr', query: 'gestion actif-passif', expected: 'act.liabilities-in-investment' },
	{ locale: 'fr', query: 'immatriculation employeurs', expected: 'ccc.registering-contributors' },
	{ locale: 'fr', query: 'travail dissimule', expected: 'ccc.fraud-error-strategy' },
	{ locale: 'fr', query: 'arrieres de cotisations', expected: 'ccc.debt-management' },
	{ locale: 'fr', query: 'gestionnaires de cas', expected: 'rtw.case-management' },
	{ locale: 'fr', query: 'secret medical', expected: 'rtw.confidentiality' },
	{ locale: 'fr', query: 'détection précoce', expected: 'rtw.early-identification' },
	{ locale: 'fr', query: 'plan de reprise d activite', expected: 'ict.service-continuity' },
	{ locale: 'fr', query: 'habilitations et droits d’accès', expected: 'ict.access-control-system' },
	{
		locale: 'fr',
		query: 'dedoublonnage des dossiers',
		expected: 'ict.master-data-quality-improvement',
	},
	{ locale: 'fr', query: 'revenu forfaitaire independants', expected: 'ext.contribution-rates' },
	{
		locale: 'fr',
		query: 'pièces justificatives affiliation',
		expected: 'ext.registration-information',
	},
	{ locale: 'fr', query: 'sous-traitance à des intermédiaires', expected: 'ext.partnerships' },
	{ locale: 'fr', query: 'plan social reclassement', expected: 'pse.lay-off-support' },
	{
		locale: 'fr',
		query: 'equivalence des diplomes etrangers',
		expected: 'pse.foreign-credentials',
	},
	{ locale: 'fr', query: 'travail au noir', expected: 'pse.formal-employment' },
	{ locale: 'fr', query: 'charte des usagers', expected: 'sq.quality-framework' },
	{ locale: 'fr', query: 'gestion des reclamations', expected: 'sq.measurement-feedback' },
	{ locale: 'fr', query: 'roue de Deming', expected: 'sq.continuous-improvement' },
	{ locale: 'es', query: 'banco custodio conciliacion', expected: 'invest.custody' },
	{ locale: 'es', query: 'rebalanceo de cartera', expected: 'invest.rebalancing' },
	{ locale: 'es', query: 'apetito de riesgo', expected: 'invest.risk-budget' },
	{
		locale: 'es',
		query: 'comunicacion de crisis ciberataque',
		expected: 'com.crisis-communication',
	},
	{ locale: 'es', query: 'gabinete de prensa portavoces', expected: 'com.media-relations' },
	{ locale: 'es', query: 'lenguaje claro cartas', expected: 'com.client-centric-information' },
	{ locale: 'es', query: 'bonus malus cotizaciones', expected: 'prev.financial-incentives' },
	{
		locale: 'es',
		query: 'investigación de accidentes mortales',
		expected: 'prev.accident-assessment',
	},
	{
		locale: 'es',
		query: 'vigilancia de la salud trabajadores expuestos',
		expected: 'prev.medical-examinations',
	},
	{ locale: 'es', query: 'sello empresa saludable', expected: 'whp.non-financial-incentives' },
	{ locale: 'es', query: 'subvenciones empleadores', expected: 'whp.financial-incentives' },
	{ locale: 'es', query: 'ausentismo prioridades', expected: 'whp.priorities' },
	{ locale: 'de', query: 'Notfallwiederherstellung', expected: 'ict.service-continuity' },
	{ locale: 'de', query: 'berechtigungskonzept', expected: 'ict.access-control-system' },
	{
		locale: 'de',
		query: 'Stammdatenqualitat Kennzahlen',
		expected: 'ict.master-data-quality-management',
	},
	{
		locale: 'de',
		query: 'Beitragsbemessungsgrundlage Selbststandige',
		expected: 'ext.contribution-rates',
	},
	{ locale: 'de', query: 'Beitragsrückstände Anreize', expected: 'ext.voluntary-compliance' },
	{ locale: 'de', query: 'Once-Only Anmeldung', expected: 'ext.registration-information' },
	{ locale: 'de', query: 'Massenentlassungen', expected: 'pse.lay-off-support' },
	{
		locale: 'de',
		query: 'Anerkennung auslandischer Berufsabschlusse',
		expected: 'pse.foreign-credentials',
	},
	{ locale: 'de', query: 'Elternzeit Vater', expected: 'pse.equal-opportunities-work-life' },
	{ locale: 'de', query: 'Beschwerdemanagement', expected: 'sq.measurement-feedback' },
	{ locale: 'de', query: 'KVP Ideenmanagement', expected: 'sq.continuous-improvement' },
	{ locale: 'de', query: 'Testkunden Erstkontakt', expected: 'sq.service-fundamentals' },
	{ locale: 'de', query: 'Rentenabschlag Lebenserwartung', expected: 'act.actuarial-factors' },
	{ locale: 'de', query: 'sensitivitatsanalyse szenarien', expected: 'act.uncertainty-of-results' },
	{ locale: 'de', query: 'Umlage Kapitaldeckung', expected: 'act.funding-policy' },
	{ locale: 'de', query: 'Beitragsruckstande Ratenzahlung', expected: 'ccc.debt-management' },
	{
		locale: 'de',
		query: 'Schwarzarbeit Beitragshinterziehung',
		expected: 'ccc.fraud-error-strategy',
	},
	{ locale: 'de', query: 'Anmeldung Sozialversicherung', expected: 'ccc.registering-contributors' },
	{ locale: 'de', query: 'Wiedereingliederungsplan', expected: 'rtw.individual-plan' },
	{ locale: 'de', query: 'krankmeldung fristen', expected: 'rtw.proactive-reporting' },
	{ locale: 'de', query: 'Schweigepflicht Gesundheitsdaten', expected: 'rtw.confidentiality' },
	{ locale: 'de', query: 'Depotbank', expected: 'invest.custody' },
	{ locale: 'de', query: 'nachhaltige Geldanlage', expected: 'invest.responsible-investment' },
	{ locale: 'de', query: 'Rebalancing Toleranzbander', expected: 'invest.rebalancing' },
	{ locale: 'de', query: 'Pressearbeit', expected: 'com.media-relations' },
	{ locale: 'de', query: 'bürgerfreundliche Sprache', expected: 'com.client-centric-information' },
	{ locale: 'de', query: 'soziale netzwerke', expected: 'com.social-media' },
	{ locale: 'de', query: 'Gefahrtarif', expected: 'prev.risk-related-contributions' },
	{ locale: 'de', query: 'Berufskrankheiten Anerkennung', expected: 'prev.disease-recognition' },
	{ locale: 'de', query: 'Praventionskultur', expected: 'prev.prevention-culture' },
	{ locale: 'de', query: 'Arbeitskreis Gesundheit', expected: 'whp.synergies' },
	{ locale: 'de', query: 'Gesundheitstag', expected: 'whp.campaigns' },
	{ locale: 'de', query: 'Massnahmenplan', expected: 'whp.programme-plan' },
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
		// Georgian covers three sets: the others stand in English.
		const ka = searcher('ka');
		expect(ka.search('actuarial data', { includeFallback: true }).length).toBeGreaterThan(0);
		expect(ka.search('actuarial data', { includeFallback: false })).toEqual([]);
		expect(ka.search('კრიზისი', { includeFallback: false })[0]?.doc.id).toBe(
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
