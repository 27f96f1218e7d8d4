/** The pack that ships in `content/` is valid and meets the reference pack's own rules. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/domain/pack/files.ts';
import { buildLibrary } from '../src/domain/pack/model.ts';
import { readPack } from '../src/pack/read.ts';

const { pack, issues } = await readPack(path.resolve('content'), 'content');
const library = buildLibrary(pack);

describe('the shipped pack', () => {
	it('passes every schema and cross-file check', () => {
		expect(issues.map(formatIssue)).toEqual([]);
	});

	it.each(['com', 'eef'])(
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

	it('records where each number and title was confirmed, with an ISSA source', () => {
		for (const g of library.byId.values()) {
			if (g.provenance.status === 'confirmed') {
				expect(new URL(g.provenance.source).hostname, g.id).toMatch(/(^|\.)issa\.int$/);
			} else {
				expect(g.provenance.note.length, g.id).toBeGreaterThan(10);
			}
		}
	});

	it('links every set to its page on issa.int', () => {
		for (const set of library.sets) expect(new URL(set.sourceUrl).hostname).toMatch(/issa\.int$/);
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
