/**
 * Builds the search index of one language at build time: documents to show (guidelines, sets,
 * parts), a serialised Fuse index over their short fields (title, keywords, set and part), and
 * an inverted index of every word in every text (statement, explanation, responsibilities,
 * mechanism, evidence, questions) for fast exact, prefix and typo-tolerant matches deep in the
 * body. One file per language, fetched only when search is first opened.
 */
import Fuse from 'fuse.js';
import { DEFAULT_LOCALE, type Locale } from '../domain/locales.ts';
import { headingLabel, partAnchor, setTree } from '../domain/navigation.ts';
import { localize, type Library } from '../domain/pack/model.ts';
import { guidelinePath, setPath } from '../domain/paths.ts';
import { tokenize } from '../domain/normalize.ts';
import {
	deltaEncode,
	FUSE_KEYS,
	fuseRecord,
	INDEX_VERSION,
	type SearchDoc,
	type SearchIndexData,
	type SearchTextData,
} from './format.ts';

export type { SearchDoc, SearchIndexData, SearchTextData } from './format.ts';

/** Markdown body to plain sentences (our bodies are prose: emphasis and links at most). */
export function sentences(markdown: string): string[] {
	const plain = markdown
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`#>]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	return plain ? plain.split(/(?<=[.!?؟。])\s+/u).filter(Boolean) : [];
}

/** Builds the index of one language from the library. */
export function buildSearchIndex(
	library: Library,
	locale: Locale
): { index: SearchIndexData; text: SearchTextData } {
	const docs: SearchDoc[] = [];
	const passages: string[][] = [];
	const fieldTexts: string[][] = [];
	for (const set of library.sets) {
		const setText = localize(set.text, locale);
		const setTitle = setText.value.shortTitle;
		docs.push({
			kind: 'set',
			id: set.code,
			set: set.code,
			title: setText.value.title,
			context: setTitle,
			href: setPath(locale, set.code),
			inEdition: set.inEdition,
			keywords: [set.code],
			statement: setText.value.description,
			fallback: setText.fallback,
		});
		passages.push([setText.value.description, ...sentences(setText.value.body)]);
		fieldTexts.push([setText.value.title, set.code, setText.value.description, setText.value.body]);
		const tree = setTree(set, locale);
		for (const part of tree) {
			const partLabel = headingLabel(part, 'part', '');
			docs.push({
				kind: 'part',
				id: `${set.code}#${part.id}`,
				set: set.code,
				part: part.id,
				title: partLabel,
				context: setTitle,
				href: `${setPath(locale, set.code)}#${partAnchor(part.id)}`,
				keywords: [],
				statement: part.sections.map((s) => headingLabel(s, 'section', '')).join(' · '),
				fallback: setText.fallback,
			});
			passages.push([]);
			fieldTexts.push([partLabel, '', part.sections.map((s) => s.title ?? '').join(' '), '']);
		}
		for (const g of set.guidelines) {
			const text = localize(g.text, locale);
			const t = text.value;
			const part = { id: g.part, title: setText.value.headings[g.part] ?? null };
			docs.push({
				kind: 'guideline',
				id: g.id,
				set: set.code,
				part: g.part,
				number: g.number,
				title: t.title,
				context: `${setTitle} › ${headingLabel(part, 'part', '')}`,
				href: guidelinePath(locale, g.id),
				keywords: t.keywords,
				statement: t.statement,
				fallback: text.fallback && locale !== DEFAULT_LOCALE,
			});
			passages.push([
				t.statement,
				...sentences(t.body),
				...sentences(t.structure),
				...t.mechanism,
				...t.evidence,
				...t.questions,
			]);
			fieldTexts.push([
				t.title,
				t.keywords.join(' '),
				t.statement,
				[t.body, t.structure, ...t.mechanism, ...t.evidence, ...t.questions].join(' '),
			]);
		}
	}

	// Inverted index: word → the best field it appears in, per doc.
	const best = new Map<string, Map<number, number>>();
	fieldTexts.forEach((fields, doc) => {
		fields.forEach((value, field) => {
			for (const token of tokenize(value)) {
				let perDoc = best.get(token);
				if (!perDoc) best.set(token, (perDoc = new Map<number, number>()));
				const seen = perDoc.get(doc);
				if (seen === undefined || field < seen) perDoc.set(doc, field);
			}
		});
	});
	const vocabulary = [...best.keys()].sort();
	const postings = vocabulary.map((word) =>
		deltaEncode(
			[...(best.get(word) ?? new Map<number, number>())]
				.map(([doc, field]) => doc * 4 + field)
				.sort((a, b) => a - b)
		)
	);
	const fuse = Fuse.createIndex(FUSE_KEYS, docs.map(fuseRecord)).toJSON();
	return {
		index: { version: INDEX_VERSION, locale, docs, fuse, vocabulary, postings },
		text: { version: INDEX_VERSION, locale, passages },
	};
}
