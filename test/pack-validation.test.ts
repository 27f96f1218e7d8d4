/**
 * Every way a pack can be wrong stops the build with a message naming the file and the
 * field. Front-matter problems come from the schemas; cross-file problems from validatePack.
 */
import { describe, expect, it } from 'vitest';
import {
	formatIssue,
	parseFrontMatter,
	type FileKind,
	type RawPack,
} from '../src/domain/pack/files.ts';
import { validatePack } from '../src/domain/pack/validate.ts';
import { guidelineData, setData, validPack } from './fixtures/pack.ts';

describe('a valid pack', () => {
	it('has no problems', () => {
		expect(validatePack(validPack())).toEqual([]);
	});
});

/** Front matter that fails its schema: [case, kind, input, field, message fragment]. */
const schemaCases: [string, FileKind, Record<string, unknown>, string, string][] = [
	['missing title', 'guideline', { ...guidelineData(), title: undefined }, 'title', 'is required'],
	[
		'missing statement',
		'guideline',
		{ ...guidelineData(), statement: undefined },
		'statement',
		'is required',
	],
	[
		'missing provenance',
		'guideline',
		{ ...guidelineData(), provenance: undefined },
		'provenance',
		'is required',
	],
	[
		'empty structure',
		'guideline',
		{ ...guidelineData(), structure: '  ' },
		'structure',
		'must not be empty',
	],
	[
		'too few mechanism points',
		'guideline',
		{ ...guidelineData(), mechanism: ['a'] },
		'mechanism',
		'3 to 6',
	],
	[
		'too many evidence items',
		'guideline',
		{ ...guidelineData(), evidence: ['1', '2', '3', '4', '5', '6'] },
		'evidence',
		'3 to 5',
	],
	['one question', 'guideline', { ...guidelineData(), questions: ['q?'] }, 'questions', '2 or 3'],
	['number not an integer', 'guideline', { ...guidelineData(), number: 1.5 }, 'number', ''],
	['id with a number only', 'guideline', { ...guidelineData(), id: 'com.7' }, 'id', ''],
	['id without set', 'guideline', { ...guidelineData(), id: 'mandate' }, 'id', '<set>.<slug>'],
	['unknown set code', 'guideline', { ...guidelineData(), set: 'xyz' }, 'set', 'must be one of'],
	['lower-case part', 'guideline', { ...guidelineData(), part: 'a' }, 'part', 'capital letter'],
	['malformed section', 'guideline', { ...guidelineData(), section: 'B1' }, 'section', 'A.1'],
	[
		'edition without year',
		'guideline',
		{ ...guidelineData(), edition: 'latest' },
		'edition',
		'year',
	],
	[
		'confirmed without source',
		'guideline',
		{ ...guidelineData(), provenance: { status: 'confirmed' } },
		'provenance.source',
		'is required',
	],
	[
		'unconfirmed without note',
		'guideline',
		{ ...guidelineData(), provenance: { status: 'unconfirmed' } },
		'provenance.note',
		'is required',
	],
	[
		'unknown field',
		'guideline',
		{ ...guidelineData(), sumary: 'typo' },
		'sumary',
		'not a known field',
	],
	['bad related id', 'guideline', { ...guidelineData(), related: ['Mandate'] }, 'related[0]', ''],
	['set without parts', 'set', { ...setData(), parts: [] }, 'parts', 'at least one part'],
	['set without source', 'set', { ...setData(), sourceUrl: undefined }, 'sourceUrl', 'is required'],
	['set source not a URL', 'set', { ...setData(), sourceUrl: 'issa.int' }, 'sourceUrl', 'URL'],
	[
		'set count missing',
		'set',
		{ ...setData(), guidelines: { inEdition: null } },
		'guidelines.included',
		'is required',
	],
	[
		'section title missing',
		'set',
		{ ...setData(), parts: [{ id: 'A', title: 'x', sections: [{ id: 'A.1' }] }] },
		'parts[0].sections[0].title',
		'is required',
	],
	[
		'translation without title',
		'guidelineTranslation',
		{
			id: 'com.mandate',
			statement: 's',
			structure: 's',
			mechanism: ['a', 'b', 'c'],
			evidence: ['a', 'b', 'c'],
			questions: ['a', 'b'],
		},
		'title',
		'is required',
	],
	[
		'translation with a structural field',
		'guidelineTranslation',
		{
			id: 'com.mandate',
			title: 't',
			statement: 's',
			structure: 's',
			mechanism: ['a', 'b', 'c'],
			evidence: ['a', 'b', 'c'],
			questions: ['a', 'b'],
			number: 3,
		},
		'number',
		'not a known field',
	],
];

describe.each(schemaCases)('front matter: %s', (_name, kind, input, field, message) => {
	it(`is refused at ${field}`, () => {
		const result = parseFrontMatter(kind, 'content/en/com/x.mdx', input);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const issue = result.issues.find((i) => i.field === field);
		expect(issue, JSON.stringify(result.issues)).toBeDefined();
		expect(issue?.message).toContain(message);
		expect(formatIssue(issue!)).toMatch(/^content\/en\/com\/x\.mdx: /);
	});
});

/** Cross-file problems: [case, how to break the pack, file, field, message fragment]. */
const packCases: [string, (p: RawPack) => void, string, string, string][] = [
	[
		'duplicate id',
		(p) => {
			p.guidelines[1]!.data.id = 'com.mandate';
		},
		'content/en/com/planning.mdx',
		'id',
		'already used by content/en/com/mandate.mdx',
	],
	[
		'related id that does not exist',
		(p) => {
			p.guidelines[0]!.data.related = ['com.nowhere'];
		},
		'content/en/com/mandate.mdx',
		'related[0]',
		'"com.nowhere" is not the id of any guideline',
	],
	[
		'related to itself',
		(p) => {
			p.guidelines[0]!.data.related = ['com.mandate'];
		},
		'content/en/com/mandate.mdx',
		'related[0]',
		'itself',
	],
	[
		'part the set does not declare',
		(p) => {
			p.guidelines[0]!.data.part = 'C';
		},
		'content/en/com/mandate.mdx',
		'part',
		'"C" is not a part declared in content/en/com/_set.mdx',
	],
	[
		'section the part does not declare',
		(p) => {
			p.guidelines[1]!.data.section = 'B.7';
		},
		'content/en/com/planning.mdx',
		'section',
		'"B.7" is not a section of part B',
	],
	[
		'section of another part',
		(p) => {
			p.guidelines[0]!.data.section = 'B.1';
		},
		'content/en/com/mandate.mdx',
		'section',
		'is not a section of part A',
	],
	[
		'translation without an English original',
		(p) => {
			p.guidelineTranslations.push({
				...p.guidelineTranslations[0]!,
				file: 'content/ka/com/ghost.mdx',
				slug: 'ghost',
				data: { ...p.guidelineTranslations[0]!.data, id: 'com.ghost' },
			});
		},
		'content/ka/com/ghost.mdx',
		'id',
		'has no English original',
	],
	[
		'set translation without an English set',
		(p) => {
			p.setTranslations.push({
				...p.setTranslations[0]!,
				file: 'content/ka/eef/_set.mdx',
				folder: 'eef',
				data: { ...p.setTranslations[0]!.data, code: 'eef' },
			});
		},
		'content/ka/eef/_set.mdx',
		'code',
		'has no English original',
	],
	[
		'set translation naming an unknown part',
		(p) => {
			p.setTranslations[0]!.data.parts = [{ id: 'Z', title: 'z', sections: [] }];
		},
		'content/ka/com/_set.mdx',
		'parts[0].id',
		'"Z" is not a part',
	],
	[
		'two guidelines with the same number',
		(p) => {
			p.guidelines[2]!.data.number = 2;
		},
		'content/en/com/tools.mdx',
		'number',
		'2 is already used in com (edition 2016) by content/en/com/planning.mdx',
	],
	[
		'number beyond the edition',
		(p) => {
			p.guidelines[2]!.data.number = 9;
		},
		'content/en/com/tools.mdx',
		'number',
		'beyond the 4 guidelines',
	],
	[
		'declared count does not match the files',
		(p) => {
			p.sets[0]!.data.guidelines.included = 5;
		},
		'content/en/com/_set.mdx',
		'guidelines.included',
		'is 5 but the pack has 3',
	],
	[
		'guideline of a set the pack lacks',
		(p) => {
			p.guidelines[0]!.data.set = 'eef';
			p.guidelines[0]!.folder = 'eef';
			p.guidelines[0]!.data.id = 'eef.mandate';
			p.guidelines[0]!.file = 'content/en/eef/mandate.mdx';
			p.guidelineTranslations = [];
		},
		'content/en/eef/mandate.mdx',
		'set',
		'has no en/eef/_set.mdx',
	],
	[
		'edition different from the set',
		(p) => {
			p.guidelines[0]!.data.edition = '2019';
		},
		'content/en/com/mandate.mdx',
		'edition',
		'follows edition "2016"',
	],
	[
		'id that does not match the file',
		(p) => {
			p.guidelines[2]!.slug = 'toolbox';
		},
		'content/en/com/tools.mdx',
		'id',
		'gives "com.toolbox"',
	],
	[
		'guideline in another set folder',
		(p) => {
			p.guidelines[2]!.folder = 'eef';
		},
		'content/en/com/tools.mdx',
		'set',
		'in the folder "eef"',
	],
	[
		'empty explanation',
		(p) => {
			p.guidelines[0]!.body = '\n  \n';
		},
		'content/en/com/mandate.mdx',
		'body',
		'is required',
	],
	[
		'unknown language folder',
		(p) => {
			p.guidelineTranslations[0]!.locale = 'it';
		},
		'content/ka/com/mandate.mdx',
		'(path)',
		'"it" is not a supported language folder',
	],
	[
		'section declared under the wrong part',
		(p) => {
			p.sets[0]!.data.parts[1]!.sections[0]!.id = 'A.1';
		},
		'content/en/com/_set.mdx',
		'parts[1].sections[0].id',
		'does not belong to part B',
	],
];

describe.each(packCases)('pack: %s', (_name, breakIt, file, field, message) => {
	it(`names ${file} and ${field}`, () => {
		const pack = validPack();
		breakIt(pack);
		const issues = validatePack(pack);
		const issue = issues.find(
			(i) => i.file === file && i.field === field && i.message.includes(message)
		);
		expect(issue, JSON.stringify(issues, null, 1)).toBeDefined();
		expect(issue?.message).toContain(message);
	});
});
