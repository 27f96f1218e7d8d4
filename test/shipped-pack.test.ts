/** The pack that ships in `content/` is valid and meets the reference pack's own rules. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/domain/pack/files.ts';
import { buildLibrary } from '../src/domain/pack/model.ts';
import { SET_CODES } from '../src/domain/sets.ts';
import { readPack } from '../src/pack/read.ts';

const { pack, issues } = await readPack(path.resolve('content'), 'content');
const library = buildLibrary(pack);

describe('the shipped pack', () => {
	it('passes every schema and cross-file check', () => {
		expect(issues.map(formatIssue)).toEqual([]);
	});

	it('has every ISSA set, each with its declared number of guideline files', () => {
		expect(library.sets.map((s) => s.code).sort()).toEqual([...SET_CODES].sort());
		for (const file of pack.sets) {
			const files = pack.guidelines.filter((g) => g.folder === file.folder).length;
			expect(file.data.guidelines.included, file.file).toBe(files);
		}
	});

	it('gives every guideline all its sections and a provenance', () => {
		for (const g of library.byId.values()) {
			const t = g.text.en;
			expect(t.statement && t.structure && t.body.trim(), g.id).toBeTruthy();
			expect(t.mechanism.length, g.id).toBeGreaterThanOrEqual(3);
			expect(t.evidence.length, g.id).toBeGreaterThanOrEqual(3);
			expect(t.questions.length, g.id).toBeGreaterThanOrEqual(2);
			expect(['confirmed', 'unconfirmed'], g.id).toContain(g.provenance.status);
		}
	});

	it('keeps every published guideline id (ids are stable; update the list only on purpose)', async () => {
		const published = JSON.parse(
			await readFile('test/fixtures/published-ids.json', 'utf8')
		) as string[];
		const current = [...library.byId.keys()].sort();
		// A published id stays a guideline, or is retired on purpose with a page saying where it went.
		const retired = new Set(library.sets.flatMap((set) => set.retired.map((r) => r.id)));
		expect(
			published.filter((id) => !library.byId.has(id) && !retired.has(id)),
			'ids that disappeared (retire them in their set’s _set.mdx instead)'
		).toEqual([]);
		expect(
			current.filter((id) => !published.includes(id)),
			'new ids: add them to published-ids.json'
		).toEqual([]);
	});

	it('gives every Georgian file an English original', () => {
		for (const t of pack.guidelineTranslations)
			expect(library.byId.has(t.data.id), t.file).toBe(true);
		for (const t of pack.setTranslations)
			expect(
				library.sets.some((s) => s.code === t.data.code),
				t.file
			).toBe(true);
	});

	it.each(['com', 'eef', 'gg'])(
		'includes the %s set in English and Georgian, every guideline translated',
		(code) => {
			const set = library.sets.find((s) => s.code === code);
			expect(set).toBeDefined();
			expect(set!.guidelines.length).toBeGreaterThan(0);
			expect(set!.text.ka).toBeDefined();
			const untranslated = set!.guidelines.filter((g) => !g.text.ka).map((g) => g.id);
			expect(untranslated).toEqual([]);
		}
	);

	it('records where each number and title was confirmed: an ISSA page, or a named copy of an ISSA publication', () => {
		for (const g of library.byId.values()) {
			if (g.provenance.status === 'confirmed') {
				if (!g.provenance.copyOf)
					expect(new URL(g.provenance.source).hostname, g.id).toMatch(/(^|\.)issa\.int$/);
				else expect(g.provenance.copyOf.length, g.id).toBeGreaterThan(10);
			} else {
				expect(g.provenance.note.length, g.id).toBeGreaterThan(10);
			}
		}
	});

	it('links every set to its page on issa.int', () => {
		for (const set of library.sets) {
			expect(set.sourceUrl, set.code).not.toBeNull();
			expect(new URL(set.sourceUrl!).hostname).toMatch(/issa\.int$/);
		}
	});

	// The schema lets a licensed pack leave these out; the reference pack has them all.
	it('gives every guideline, in every language it has, all the sections of the reference pack', () => {
		for (const g of library.byId.values())
			for (const [locale, t] of Object.entries(g.text)) {
				const where = `${g.id} (${locale})`;
				expect(t.statement, where).not.toBe('');
				expect(t.structure, where).not.toBe('');
				expect(t.mechanism.length, where).toBeGreaterThanOrEqual(3);
				expect(t.mechanism.length, where).toBeLessThanOrEqual(6);
				expect(t.evidence.length, where).toBeGreaterThanOrEqual(3);
				expect(t.evidence.length, where).toBeLessThanOrEqual(5);
				expect(t.questions.length, where).toBeGreaterThanOrEqual(2);
				expect(t.questions.length, where).toBeLessThanOrEqual(3);
				expect(t.body.trim(), where).not.toBe('');
			}
	});

	it('translates: no translated text is the English one copied', () => {
		for (const g of library.byId.values())
			for (const [locale, t] of Object.entries(g.text)) {
				if (locale === 'en') continue;
				const en = g.text.en;
				const where = `${g.id} (${locale})`;
				expect(t.statement, where).not.toBe(en.statement);
				expect(t.structure, where).not.toBe(en.structure);
				expect(t.body.trim(), where).not.toBe(en.body.trim());
				expect(t.questions, where).not.toEqual(en.questions);
			}
	});

	it('holds only sets of the ISSA catalogue', () => {
		for (const set of library.sets) expect(SET_CODES, set.code).toContain(set.code);
	});

	it('writes Georgian in Mkhedruli, never in Mtavruli capitals', () => {
		for (const g of library.byId.values()) {
			const ka = g.text.ka;
			if (!ka) continue;
			const all = [
				ka.title,
				ka.statement,
				ka.structure,
				...ka.mechanism,
				...ka.evidence,
				...ka.questions,
				ka.body,
			].join(' ');
			expect(all, g.id).toMatch(/[\u10D0-\u10FF]/);
			expect(all, g.id).not.toMatch(/[\u1C90-\u1CBF]/);
		}
	});
});
