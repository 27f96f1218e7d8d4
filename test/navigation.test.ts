import { describe, expect, it } from 'vitest';
import {
	breadcrumbs,
	coverage,
	coverageTotals,
	guidelineView,
	headingLabel,
	missingNumbers,
	partAnchor,
	prevNext,
	relatedGuidelines,
	setLanguages,
	setTranslations,
	setStats,
	setTree,
} from '../src/domain/navigation.ts';
import { buildLibrary, localize } from '../src/domain/pack/model.ts';
import { SET_CODES } from '../src/domain/sets.ts';
import { validPack } from './fixtures/pack.ts';

const library = buildLibrary(validPack());
const set = library.sets[0]!;

describe('setTree', () => {
	it('orders parts, sections and guidelines as the set declares them', () => {
		expect(
			setTree(set, 'en').map((p) => ({
				id: p.id,
				count: p.count,
				direct: p.guidelines.map((g) => g.number),
				sections: p.sections.map((s) => [s.id, s.guidelines.map((g) => g.number)]),
			}))
		).toEqual([
			{ id: 'A', count: 1, direct: [1], sections: [] },
			{
				id: 'B',
				count: 2,
				direct: [],
				sections: [
					['B.1', [2]],
					['B.2', [4]],
				],
			},
		]);
	});

	it('uses translated titles and marks English fallbacks', () => {
		const [a, b] = setTree(set, 'ka');
		expect(a!.title).toBe('პრინციპები');
		expect(a!.guidelines[0]).toMatchObject({ title: 'მანდატი', fallback: false });
		// Part B has no Georgian title: the English one stands in.
		expect(b!.title).toBe('Management');
		expect(b!.sections[0]!.guidelines[0]).toMatchObject({ title: 'Planning', fallback: true });
	});
});

describe('prevNext', () => {
	it.each([
		['com.mandate', undefined, 'com.planning'],
		['com.planning', 'com.mandate', 'com.tools'],
		['com.tools', 'com.planning', undefined],
		['com.unknown', undefined, undefined],
	])('%s → prev %s, next %s', (id, prev, next) => {
		const around = prevNext(set, id);
		expect(around.prev?.id).toBe(prev);
		expect(around.next?.id).toBe(next);
	});
});

describe('breadcrumbs', () => {
	it('goes set › part › section with anchors on the set page', () => {
		const g = library.byId.get('com.planning')!;
		expect(breadcrumbs(set, g, 'en')).toEqual([
			{ kind: 'set', id: 'com', title: 'Communication' },
			{ kind: 'part', id: 'B', title: 'Management', anchor: 'part-b' },
			{ kind: 'section', id: 'B.1', title: 'Planning', anchor: 'part-b-1' },
		]);
	});

	it('stops at the part when the guideline has no section', () => {
		const g = library.byId.get('com.mandate')!;
		expect(breadcrumbs(set, g, 'ka').map((c) => c.title)).toEqual(['კომუნიკაცია', 'პრინციპები']);
	});

	it('gives null for a title no source confirms, in every language', () => {
		const pack = validPack();
		pack.sets[0]!.data.parts[1]!.title = null;
		const untitled = buildLibrary(pack).sets[0]!;
		const g = buildLibrary(pack).byId.get('com.planning')!;
		expect(breadcrumbs(untitled, g, 'ka')[1]).toMatchObject({ id: 'B', title: null });
		expect(setTree(untitled, 'en')[1]!.title).toBeNull();
	});
});

describe('counts', () => {
	it('counts included, confirmed, unconfirmed and missing', () => {
		expect(setStats(set)).toEqual({
			included: 3,
			confirmed: 2,
			unconfirmed: 1,
			missing: 1,
			inEdition: 4,
		});
		expect(missingNumbers(set)).toEqual([3]);
	});

	it('reports missing as unknown when the edition total is unknown', () => {
		const pack = validPack();
		pack.sets[0]!.data.guidelines.inEdition = null;
		const unknown = buildLibrary(pack).sets[0]!;
		expect(setStats(unknown).missing).toBeNull();
		expect(missingNumbers(unknown)).toEqual([]);
	});

	it('counts, per language, the overview and the guidelines translated', () => {
		const translations = setTranslations(set);
		expect(translations.en).toEqual({ overview: true, guidelines: 3, total: 3, complete: true });
		expect(translations.ka).toEqual({ overview: true, guidelines: 1, total: 3, complete: false });
		expect(translations.fr).toEqual({ overview: false, guidelines: 0, total: 3, complete: false });
	});

	it('lists only languages in which the whole set is translated', () => {
		expect(setLanguages(set)).toEqual(['en']);
		const pack = validPack();
		for (const g of pack.guidelines.slice(1)) {
			pack.guidelineTranslations.push({
				...pack.guidelineTranslations[0]!,
				file: `content/ka/com/${g.slug}.mdx`,
				slug: g.slug,
				data: { ...pack.guidelineTranslations[0]!.data, id: g.data.id },
			});
		}
		expect(setLanguages(buildLibrary(pack).sets[0]!)).toEqual(['en', 'ka']);
	});
});

describe('localize', () => {
	it('falls back to English and says so', () => {
		const g = library.byId.get('com.planning')!;
		expect(localize(g.text, 'fr')).toMatchObject({ locale: 'en', fallback: true });
		expect(localize(g.text, 'en')).toMatchObject({ locale: 'en', fallback: false });
	});
});

describe('relatedGuidelines', () => {
	it('resolves ids in the order given', () => {
		expect(relatedGuidelines(library, library.byId.get('com.mandate')!).map((g) => g.id)).toEqual([
			'com.planning',
		]);
	});
});

describe('headingLabel', () => {
	it.each([
		{ kind: 'part', id: 'A', title: 'Principles', untitled: '?', label: 'A. Principles' },
		{ kind: 'section', id: 'B.1', title: 'Planning', untitled: '?', label: 'B.1 Planning' },
		{ kind: 'part', id: 'B', title: null, untitled: 'not confirmed', label: 'B. not confirmed' },
		{
			kind: 'section',
			id: 'B.2',
			title: null,
			untitled: 'not confirmed',
			label: 'B.2 not confirmed',
		},
		{ kind: 'part', id: 'C', title: null, untitled: '', label: 'C.' },
		{ kind: 'section', id: 'C.1', title: null, untitled: '', label: 'C.1' },
	] as const)('$kind $id ($title) → $label', ({ kind, id, title, untitled, label }) =>
		expect(headingLabel({ id, title }, kind, untitled)).toBe(label)
	);
});

describe('guidelineView', () => {
	it('gives crumbs with set-page paths, previous / next and related links', () => {
		const view = guidelineView(library, library.byId.get('com.planning')!, 'ka');
		expect(view.crumbs.map((c) => c.path)).toEqual([
			'/ka/com/',
			'/ka/com/#part-b',
			'/ka/com/#part-b-1',
		]);
		expect(view.prev).toMatchObject({ id: 'com.mandate', title: 'მანდატი', fallback: false });
		expect(view.next).toMatchObject({ id: 'com.tools', fallback: true });
		expect(view.related).toEqual([]);
	});

	it('names the set of each related guideline and whether it is the same set', () => {
		const view = guidelineView(library, library.byId.get('com.mandate')!, 'en');
		expect(view.prev).toBeUndefined();
		expect(view.related).toEqual([
			expect.objectContaining({ id: 'com.planning', setTitle: 'Communication', sameSet: true }),
		]);
	});

	it('refuses a guideline whose set is not in the library', () => {
		const stray = { ...library.byId.get('com.mandate')!, set: 'gg' as const };
		expect(() => guidelineView(library, stray, 'en')).toThrow(/set "gg", not in the library/);
	});
});

describe('partAnchor', () => {
	it.each([
		['A', 'part-a'],
		['C.2', 'part-c-2'],
	])('%s → %s', (id, anchor) => expect(partAnchor(id)).toBe(anchor));
});

describe('coverage', () => {
	it('lists all 15 ISSA sets in catalogue order, with counts for those in the pack', () => {
		const rows = coverage(library);
		expect(rows.map((r) => r.code)).toEqual([...SET_CODES]);
		expect(rows).toHaveLength(15);
		const com = rows.find((r) => r.code === 'com')!;
		expect(com.stats).toEqual({
			included: 3,
			confirmed: 2,
			unconfirmed: 1,
			missing: 1,
			inEdition: 4,
		});
		expect(com.languages).toEqual(['en']);
		expect(com.translations?.ka.guidelines).toBe(1);
		expect(rows.find((r) => r.code === 'gg')).toMatchObject({
			set: undefined,
			stats: undefined,
			languages: [],
			translations: undefined,
		});
		expect(coverageTotals(rows)).toEqual({ included: 3, confirmed: 2, unconfirmed: 1 });
	});
});
