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

/** Front matter that fails its schema, the field named and a fragment of the message. */
const schemaCases: {
	name: string;
	kind: FileKind;
	input: Record<string, unknown>;
	field: string;
	message: string;
}[] = [
	{
		name: 'missing title',
		kind: 'guideline',
		input: { ...guidelineData(), title: undefined },
		field: 'title',
		message: 'is required',
	},
	{
		name: 'missing provenance',
		kind: 'guideline',
		input: { ...guidelineData(), provenance: undefined },
		field: 'provenance',
		message: 'is required',
	},
	{
		name: 'empty structure',
		kind: 'guideline',
		input: { ...guidelineData(), structure: '  ' },
		field: 'structure',
		message: 'must not be empty',
	},
	{
		name: 'too many mechanism points',
		kind: 'guideline',
		input: { ...guidelineData(), mechanism: Array.from({ length: 21 }, (_, i) => `p${i}`) },
		field: 'mechanism',
		message: 'at most 20',
	},
	{
		name: 'an empty evidence item',
		kind: 'guideline',
		input: { ...guidelineData(), evidence: ['1', ' '] },
		field: 'evidence[1]',
		message: 'must not be empty',
	},
	{
		name: 'too many questions',
		kind: 'guideline',
		input: { ...guidelineData(), questions: Array.from({ length: 11 }, (_, i) => `q${i}?`) },
		field: 'questions',
		message: 'at most 10',
	},
	{
		name: 'number not an integer',
		kind: 'guideline',
		input: { ...guidelineData(), number: 1.5 },
		field: 'number',
		message: '',
	},
	{
		name: 'id with a number only',
		kind: 'guideline',
		input: { ...guidelineData(), id: 'com.7' },
		field: 'id',
		message: '',
	},
	{
		name: 'id without set',
		kind: 'guideline',
		input: { ...guidelineData(), id: 'mandate' },
		field: 'id',
		message: '<set>.<slug>',
	},
	{
		name: 'set code that is not letters',
		kind: 'guideline',
		input: { ...guidelineData(), set: 'x1' },
		field: 'set',
		message: 'lower-case letters',
	},
	{
		name: 'lower-case part',
		kind: 'guideline',
		input: { ...guidelineData(), part: 'a' },
		field: 'part',
		message: 'capital letter',
	},
	{
		name: 'malformed section',
		kind: 'guideline',
		input: { ...guidelineData(), section: 'B1' },
		field: 'section',
		message: 'A.1',
	},
	{
		name: 'edition without year',
		kind: 'guideline',
		input: { ...guidelineData(), edition: 'latest' },
		field: 'edition',
		message: 'year',
	},
	{
		name: 'confirmed without source',
		kind: 'guideline',
		input: { ...guidelineData(), provenance: { status: 'confirmed' } },
		field: 'provenance.source',
		message: 'is required',
	},
	{
		name: 'unconfirmed without note',
		kind: 'guideline',
		input: { ...guidelineData(), provenance: { status: 'unconfirmed' } },
		field: 'provenance.note',
		message: 'is required',
	},
	{
		name: 'unknown field',
		kind: 'guideline',
		input: { ...guidelineData(), sumary: 'typo' },
		field: 'sumary',
		message: 'not a known field',
	},
	{
		name: 'bad related id',
		kind: 'guideline',
		input: { ...guidelineData(), related: ['Mandate'] },
		field: 'related[0]',
		message: '',
	},
	{
		name: 'set without parts',
		kind: 'set',
		input: { ...setData(), parts: [] },
		field: 'parts',
		message: 'at least one part',
	},
	{
		name: 'set source not a URL',
		kind: 'set',
		input: { ...setData(), sourceUrl: 'issa.int' },
		field: 'sourceUrl',
		message: 'URL',
	},
	{
		name: 'set count missing',
		kind: 'set',
		input: { ...setData(), guidelines: { inEdition: null } },
		field: 'guidelines.included',
		message: 'is required',
	},
	{
		name: 'section title missing',
		kind: 'set',
		input: { ...setData(), parts: [{ id: 'A', title: 'x', sections: [{ id: 'A.1' }] }] },
		field: 'parts[0].sections[0].title',
		message: 'is required',
	},
	{
		name: 'translation without title',
		kind: 'guidelineTranslation',
		input: {
			id: 'com.mandate',
			statement: 's',
			structure: 's',
			mechanism: ['a', 'b', 'c'],
			evidence: ['a', 'b', 'c'],
			questions: ['a', 'b'],
		},
		field: 'title',
		message: 'is required',
	},
	{
		name: 'translation with a structural field',
		kind: 'guidelineTranslation',
		input: {
			id: 'com.mandate',
			title: 't',
			statement: 's',
			structure: 's',
			mechanism: ['a', 'b', 'c'],
			evidence: ['a', 'b', 'c'],
			questions: ['a', 'b'],
			number: 3,
		},
		field: 'number',
		message: 'not a known field',
	},
];

describe.each(schemaCases)('front matter: $name', ({ kind, input, field, message }) => {
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

/** Cross-file problems: how to break the pack, the file and field named, a message fragment. */
const packCases: {
	name: string;
	breakIt: (p: RawPack) => void;
	file: string;
	field: string;
	message: string;
}[] = [
	{
		name: 'duplicate id',
		breakIt: (p) => {
			p.guidelines[1]!.data.id = 'com.mandate';
		},
		file: 'content/en/com/planning.mdx',
		field: 'id',
		message: 'already used by content/en/com/mandate.mdx',
	},
	{
		name: 'related id that does not exist',
		breakIt: (p) => {
			p.guidelines[0]!.data.related = ['com.nowhere'];
		},
		file: 'content/en/com/mandate.mdx',
		field: 'related[0]',
		message: '"com.nowhere" is not the id of any guideline',
	},
	{
		name: 'retired id still in use',
		breakIt: (p) => {
			p.sets[0]!.data.retired = [{ id: 'com.mandate', note: 'Merged into planning.' }];
		},
		file: 'content/en/com/_set.mdx',
		field: 'retired[0].id',
		message: 'still uses it',
	},
	{
		name: 'retired id replaced by nothing that exists',
		breakIt: (p) => {
			p.sets[0]!.data.retired = [
				{ id: 'com.old', replacedBy: 'com.nowhere', note: 'Merged into nowhere.' },
			];
		},
		file: 'content/en/com/_set.mdx',
		field: 'retired[0].replacedBy',
		message: '"com.nowhere" is not the id of any guideline',
	},
	{
		name: 'retired id of another set',
		breakIt: (p) => {
			p.sets[0]!.data.retired = [{ id: 'gg.old', note: 'Not ours to retire.' }];
		},
		file: 'content/en/com/_set.mdx',
		field: 'retired[0].id',
		message: 'is not an id of the set "com"',
	},
	{
		name: 'related to itself',
		breakIt: (p) => {
			p.guidelines[0]!.data.related = ['com.mandate'];
		},
		file: 'content/en/com/mandate.mdx',
		field: 'related[0]',
		message: 'itself',
	},
	{
		name: 'part the set does not declare',
		breakIt: (p) => {
			p.guidelines[0]!.data.part = 'C';
		},
		file: 'content/en/com/mandate.mdx',
		field: 'part',
		message: '"C" is not a part declared in content/en/com/_set.mdx',
	},
	{
		name: 'section the part does not declare',
		breakIt: (p) => {
			p.guidelines[1]!.data.section = 'B.7';
		},
		file: 'content/en/com/planning.mdx',
		field: 'section',
		message: '"B.7" is not a section of part B',
	},
	{
		name: 'section of another part',
		breakIt: (p) => {
			p.guidelines[0]!.data.section = 'B.1';
		},
		file: 'content/en/com/mandate.mdx',
		field: 'section',
		message: 'is not a section of part A',
	},
	{
		name: 'translation without an English original',
		breakIt: (p) => {
			p.guidelineTranslations.push({
				...p.guidelineTranslations[0]!,
				file: 'content/ka/com/ghost.mdx',
				slug: 'ghost',
				data: { ...p.guidelineTranslations[0]!.data, id: 'com.ghost' },
			});
		},
		file: 'content/ka/com/ghost.mdx',
		field: 'id',
		message: 'has no English original',
	},
	{
		name: 'set translation without an English set',
		breakIt: (p) => {
			p.setTranslations.push({
				...p.setTranslations[0]!,
				file: 'content/ka/eef/_set.mdx',
				folder: 'eef',
				data: { ...p.setTranslations[0]!.data, code: 'eef' },
			});
		},
		file: 'content/ka/eef/_set.mdx',
		field: 'code',
		message: 'has no English original',
	},
	{
		name: 'set translation naming an unknown part',
		breakIt: (p) => {
			p.setTranslations[0]!.data.parts = [{ id: 'Z', title: 'z', sections: [] }];
		},
		file: 'content/ka/com/_set.mdx',
		field: 'parts[0].id',
		message: '"Z" is not a part',
	},
	{
		name: 'two guidelines with the same number',
		breakIt: (p) => {
			p.guidelines[2]!.data.number = 2;
		},
		file: 'content/en/com/tools.mdx',
		field: 'number',
		message: '2 is already used in com (edition 2016) by content/en/com/planning.mdx',
	},
	{
		name: 'number beyond the edition',
		breakIt: (p) => {
			p.guidelines[2]!.data.number = 9;
		},
		file: 'content/en/com/tools.mdx',
		field: 'number',
		message: 'beyond the 4 guidelines',
	},
	{
		name: 'declared count does not match the files',
		breakIt: (p) => {
			p.sets[0]!.data.guidelines.included = 5;
		},
		file: 'content/en/com/_set.mdx',
		field: 'guidelines.included',
		message: 'is 5 but the pack has 3',
	},
	{
		name: 'guideline of a set the pack lacks',
		breakIt: (p) => {
			p.guidelines[0]!.data.set = 'eef';
			p.guidelines[0]!.folder = 'eef';
			p.guidelines[0]!.data.id = 'eef.mandate';
			p.guidelines[0]!.file = 'content/en/eef/mandate.mdx';
			p.guidelineTranslations = [];
		},
		file: 'content/en/eef/mandate.mdx',
		field: 'set',
		message: 'has no en/eef/_set.mdx',
	},
	{
		name: 'edition different from the set',
		breakIt: (p) => {
			p.guidelines[0]!.data.edition = '2019';
		},
		file: 'content/en/com/mandate.mdx',
		field: 'edition',
		message: 'follows edition "2016"',
	},
	{
		name: 'id that does not match the file',
		breakIt: (p) => {
			p.guidelines[2]!.slug = 'toolbox';
		},
		file: 'content/en/com/tools.mdx',
		field: 'id',
		message: 'gives "com.toolbox"',
	},
	{
		name: 'guideline in another set folder',
		breakIt: (p) => {
			p.guidelines[2]!.folder = 'eef';
		},
		file: 'content/en/com/tools.mdx',
		field: 'set',
		message: 'in the folder "eef"',
	},
	{
		name: 'empty explanation',
		breakIt: (p) => {
			p.guidelines[0]!.body = '\n  \n';
		},
		file: 'content/en/com/mandate.mdx',
		field: 'body',
		message: 'is required',
	},
	{
		name: 'unknown language folder',
		breakIt: (p) => {
			p.guidelineTranslations[0]!.locale = 'it';
		},
		file: 'content/ka/com/mandate.mdx',
		field: '(path)',
		message: '"it" is not a supported language folder',
	},
	{
		name: 'section declared under the wrong part',
		breakIt: (p) => {
			p.sets[0]!.data.parts[1]!.sections[0]!.id = 'A.1';
		},
		file: 'content/en/com/_set.mdx',
		field: 'parts[1].sections[0].id',
		message: 'does not belong to part B',
	},
];

describe.each(packCases)('pack: $name', ({ breakIt, file, field, message }) => {
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
