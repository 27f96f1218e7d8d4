/**
 * A sheet with one row per guideline becomes a pack that the build's reader accepts: the
 * round trip keeps every fact (CSV and XLSX alike), every kind of broken cell is refused with
 * its row and column and all of them are listed, titles in any script give ASCII ids, strings
 * that YAML would misread survive, a set outside the built-in catalogue works with its own
 * title, and `scaffoldSet` makes a set the checks accept.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	formatSheetProblem,
	mdxText,
	scaffoldSet,
	sheetToPack,
	slugify,
	splitList,
	type Sheet,
	type SheetPack,
} from '../src/domain/pack/sheet.ts';
import { packFiles, parseCsv, readSheetFile, writeSheetPack } from '../src/pack/import-fs.ts';
import { readPack } from '../src/pack/read.ts';

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'gw-pack-import-'));
});

const HEADER = [
	'Set',
	'Set_Title',
	'Edition',
	'Part',
	'Part_Title',
	'Section',
	'Section_Title',
	'Number',
	'Title',
	'Id',
	'Statement',
	'Mechanism',
	'Questions',
	'Related',
	'Source',
];

type Row = Partial<Record<string, string>>;

/** A guideline row with sensible defaults; `over` replaces cells by (lower-case) column. */
function row(over: Row = {}): Row {
	return {
		set: 'com',
		set_title: '',
		edition: '2016',
		part: 'A',
		part_title: 'Principles',
		section: '',
		section_title: '',
		number: '1',
		title: 'Communicating the mandate',
		id: '',
		statement: 'The institution explains what it is for.',
		mechanism: '',
		questions: '',
		related: '',
		source: 'https://iskm.issa.int/index.php/node/4952',
		...over,
	};
}

/** A sheet from rows of cells keyed by column; the header is row 1. */
function sheet(rows: Row[], header = HEADER, file = 'agency.csv'): Sheet {
	const keys = header.map((h) => h.toLowerCase());
	return {
		file,
		rows: [
			{ row: 1, cells: header },
			...rows.map((r, i) => ({ row: i + 2, cells: keys.map((k) => r[k] ?? '') })),
		],
	};
}

const GOOD: Row[] = [
	row({ mechanism: 'Publish the mandate\nExplain it to staff | Review yearly' }),
	row({
		number: '2',
		part: 'B',
		part_title: 'Management',
		section: '1',
		section_title: 'Planning',
		title: 'Planning communication',
		id: 'com.planning',
		questions: 'Who plans? | Who checks?',
		related: 'com.communicating-the-mandate',
		source: '',
	}),
	row({
		number: '4',
		part: 'b',
		part_title: 'Management',
		section: 'B.2',
		title: 'Tools',
		statement: '',
		source: '',
	}),
];

function ok(s: Sheet): SheetPack {
	const result = sheetToPack(s);
	if (!result.ok)
		throw new Error(result.problems.map((p) => formatSheetProblem(s.file, p)).join('\n'));
	return result.pack;
}

function problems(s: Sheet): string[] {
	const result = sheetToPack(s);
	return result.ok ? [] : result.problems.map((p) => formatSheetProblem(s.file, p));
}

/** Writes a pack to a fresh folder and reads it back with the build's reader. */
async function roundTrip(pack: SheetPack) {
	const root = await mkdtemp(path.join(dir, 'pack-'));
	await writeSheetPack(root, pack);
	return readPack(root, 'out');
}

describe('sheet → folder → read back', () => {
	it('keeps every fact and passes the build’s checks', async () => {
		const { pack, issues } = await roundTrip(ok(sheet(GOOD)));
		expect(issues).toEqual([]);
		expect(pack.sets).toHaveLength(1);
		const set = pack.sets[0]!.data;
		expect(set).toMatchObject({
			code: 'com',
			title: 'Communication by Social Security Administrations',
			edition: '2016',
			sourceUrl: 'https://www.issa.int/guidelines/com',
			guidelines: { inEdition: null, included: 3 },
			parts: [
				{ id: 'A', title: 'Principles', sections: [] },
				{
					id: 'B',
					title: 'Management',
					sections: [
						{ id: 'B.1', title: 'Planning' },
						{ id: 'B.2', title: null },
					],
				},
			],
		});
		const facts = pack.guidelines.map((g) => ({
			file: g.file,
			id: g.data.id,
			number: g.data.number,
			part: g.data.part,
			section: g.data.section,
			title: g.data.title,
			statement: g.data.statement,
			mechanism: g.data.mechanism,
			questions: g.data.questions,
			related: g.data.related,
			provenance: g.data.provenance,
		}));
		expect(facts).toEqual([
			{
				file: 'out/en/com/communicating-the-mandate.mdx',
				id: 'com.communicating-the-mandate',
				number: 1,
				part: 'A',
				section: undefined,
				title: 'Communicating the mandate',
				statement: 'The institution explains what it is for.',
				mechanism: ['Publish the mandate', 'Explain it to staff', 'Review yearly'],
				questions: [],
				related: [],
				provenance: { status: 'confirmed', source: 'https://iskm.issa.int/index.php/node/4952' },
			},
			{
				file: 'out/en/com/planning.mdx',
				id: 'com.planning',
				number: 2,
				part: 'B',
				section: 'B.1',
				title: 'Planning communication',
				statement: 'The institution explains what it is for.',
				mechanism: [],
				questions: ['Who plans?', 'Who checks?'],
				related: ['com.communicating-the-mandate'],
				provenance: { status: 'unconfirmed', note: 'imported from agency.csv, row 3' },
			},
			{
				file: 'out/en/com/tools.mdx',
				id: 'com.tools',
				number: 4,
				part: 'B',
				section: 'B.2',
				title: 'Tools',
				statement: undefined,
				mechanism: [],
				questions: [],
				related: [],
				provenance: { status: 'unconfirmed', note: 'imported from agency.csv, row 4' },
			},
		]);
		expect(pack.guidelines[2]!.body).toMatch(/agency\.csv, row 4/);
	});

	it('reads a CSV with quoted multi-line cells, a BOM and blank lines, numbering rows as a spreadsheet does', () => {
		const csv =
			'\uFEFFset,edition,number,title,part,mechanism\r\n' +
			'com,2016,1,"Mandate, explained","A","One\nTwo\nThree"\r\n' +
			'\r\n' +
			'com,2016,7a,Other,A,\r\n';
		const rows = parseCsv(csv);
		expect(rows[1]!.cells[5]).toBe('One\nTwo\nThree');
		expect(problems({ file: 'agency.csv', rows })).toEqual([
			'agency.csv row 4, column "number": "7a" is not a whole number',
		]);
	});

	it('reads a CSV separated by semicolons, as some spreadsheets save it', () => {
		const rows = parseCsv('set;edition;number;title;part\ncom;2016;1;Mandate, explained;A\n');
		const pack = ok({ file: 'agency.csv', rows });
		expect(pack.guidelines[0]!.data).toMatchObject({ id: 'com.mandate-explained', number: 1 });
	});

	it('reads the same pack from an XLSX sheet as from the CSV', async () => {
		const csvFile = path.resolve('content/examples/agency-standard.csv');
		const fromCsv = sheetToPack(await readSheetFile(csvFile));
		expect(fromCsv.ok).toBe(true);
		const rows = parseCsv(await readFile(csvFile, 'utf8'));
		const xlsx = path.join(dir, 'agency-standard.xlsx');
		await writeExcelFile(
			rows.map((r) =>
				r.cells.map((c) =>
					/^\d+$/.test(c) ? { value: Number(c), type: Number } : c === '' ? null : { value: c }
				)
			)
		).toFile(xlsx);
		const xlsxSheet = await readSheetFile(xlsx);
		const fromXlsx = sheetToPack({ ...xlsxSheet, file: 'agency-standard.csv' });
		expect(fromXlsx).toEqual(fromCsv);
		// The example shipped beside the CSV holds the same rows.
		const shipped = await readSheetFile(path.resolve('content/examples/agency-standard.xlsx'));
		expect(sheetToPack({ ...shipped, file: 'agency-standard.csv' })).toEqual(fromCsv);
	});

	it('writes front matter that YAML cannot misread', async () => {
		const tricky = [
			'yes',
			'null',
			'1.50',
			'Key: value # not a comment',
			'It\'s “quoted” and "double"',
			'- not a list',
			'@{<b>}',
		];
		const rows = tricky.map((title, i) =>
			row({ number: String(i + 1), title, id: `com.tricky-${'abcdefg'[i]}`, statement: title })
		);
		const pack = ok(sheet(rows));
		const { pack: back, issues } = await roundTrip(pack);
		expect(issues).toEqual([]);
		expect(back.guidelines.map((g) => g.data.title)).toEqual(tricky);
		expect(back.guidelines.map((g) => g.data.statement)).toEqual(tricky);
		const text = [...packFiles(pack).values()].join('\n');
		expect(text).toContain("title: 'yes'");
		expect(text).toContain("edition: '2016'");
	});

	it('escapes what MDX would read as JSX in a body', () => {
		expect(mdxText('Use {braces} and <tags>')).toBe('Use \\{braces\\} and \\<tags\\>');
		expect(mdxText('export duties\nimport rules | important')).toBe(
			'&#101;xport duties\n&#105;mport rules | important'
		);
	});
});

describe('ids and lists', () => {
	it('makes ASCII kebab-case ids from titles in any script, unique within the sheet', () => {
		expect(slugify('Décisions prises à temps — « délais »')).toBe(
			'decisions-prises-a-temps-delais'
		);
		expect(slugify('Straße & Œuvre: 2nd review')).toBe('strasse-oeuvre-2nd-review');
		expect(slugify('7.1 Risk management')).toBe('risk-management');
		expect(slugify('მმართველობა')).toBe('');
		expect(slugify('a '.repeat(40)).length).toBeLessThanOrEqual(48);
		const pack = ok(
			sheet([
				row({ title: 'Décisions à temps' }),
				row({ number: '2', title: 'Decisions a temps' }),
				row({ number: '3', title: 'კარგი მმართველობა' }),
			])
		);
		expect(pack.guidelines.map((g) => g.data.id)).toEqual([
			'com.decisions-a-temps',
			'com.decisions-a-temps-2',
			'com.guideline-3',
		]);
		expect(pack.guidelines[2]!.data.title).toBe('კარგი მმართველობა');
	});

	it('splits list cells on new lines and " | "', () => {
		expect(splitList('a\r\nb | c|d\n\n e ')).toEqual(['a', 'b', 'c|d', 'e']);
	});

	it('keeps Unicode titles exactly through the round trip', async () => {
		const titles = ['Qualité du service — accès', 'კარგი მმართველობა', 'Прозрачность'];
		const { pack, issues } = await roundTrip(
			ok(sheet(titles.map((title, i) => row({ number: String(i + 1), title }))))
		);
		expect(issues).toEqual([]);
		expect(pack.guidelines.map((g) => g.data.title).sort()).toEqual([...titles].sort());
	});
});

describe('broken cells are refused with their row and column', () => {
	it.each([
		{
			name: 'a missing required column',
			sheet: sheet(
				[row()],
				HEADER.filter((h) => h !== 'Number')
			),
			expected: [
				'agency.csv row 1, column "number": is missing: every sheet needs the columns set, edition, number, title, part',
			],
		},
		{
			name: 'an unknown column',
			sheet: sheet([row()], [...HEADER, 'Colour']),
			expected: [
				expect.stringMatching(/^agency\.csv row 1, column "Colour": is not a known column/),
			],
		},
		{
			name: 'a number that is not a whole number',
			sheet: sheet([row(), row({ number: '7a', title: 'Other' })]),
			expected: ['agency.csv row 3, column "number": "7a" is not a whole number'],
		},
		{
			name: 'a number used twice in a set',
			sheet: sheet([row(), row({ title: 'Other' })]),
			expected: ['agency.csv row 3, column "number": 1 is already used in set com by row 2'],
		},
		{
			name: 'an id used twice',
			sheet: sheet([row({ id: 'com.mandate' }), row({ number: '2', id: 'com.mandate' })]),
			expected: ['agency.csv row 3, column "id": "com.mandate" is already used by row 2'],
		},
		{
			name: 'an id of another set',
			sheet: sheet([row({ id: 'gg.mandate' })]),
			expected: [
				'agency.csv row 2, column "id": "gg.mandate" must start with the row\'s set, "com."',
			],
		},
		{
			name: 'a section outside the row’s part',
			sheet: sheet([row({ part: 'A', section: 'B.1' })]),
			expected: [
				'agency.csv row 2, column "section": "B.1" is not a section of part A (a section of part A is "A.1", "A.2", …)',
			],
		},
		{
			name: 'a part that is not a part id',
			sheet: sheet([row({ part: 'A1' })]),
			expected: ['agency.csv row 2, column "part": "A1" must be a capital letter such as "A"'],
		},
		{
			name: 'two titles for one part',
			sheet: sheet([row(), row({ number: '2', title: 'Other', part_title: 'Rules' })]),
			expected: [
				'agency.csv row 3, column "part_title": "Rules" differs from "Principles" in row 2 (part A of set com)',
			],
		},
		{
			name: 'two editions in one set',
			sheet: sheet([row(), row({ number: '2', title: 'Other', edition: '2019' })]),
			expected: [
				'agency.csv row 3, column "edition": "2019" differs from "2016" in row 2 (one per set; set com)',
			],
		},
		{
			name: 'a source that is not a URL',
			sheet: sheet([row({ source: 'iskm.issa.int/node/1' })]),
			expected: [
				'agency.csv row 2, column "source": "iskm.issa.int/node/1" is not an http(s) URL (leave the cell empty when no source confirms the number and title)',
			],
		},
		{
			name: 'an empty title',
			sheet: sheet([row({ title: '  ' })]),
			expected: ['agency.csv row 2, column "title": is empty: every guideline needs one'],
		},
		{
			name: 'a related id that no row has',
			sheet: sheet([row({ related: 'com.nowhere' })]),
			expected: [
				'agency.csv row 2, column "related": "com.nowhere" is not the id of any guideline in the sheet',
			],
		},
		{
			name: 'a bad edition',
			sheet: sheet([row({ edition: 'latest' })]),
			expected: [
				'agency.csv row 2, column "edition": "latest" must start with a year, such as "2019"',
			],
		},
	])('$name', ({ sheet: s, expected }) => {
		expect(problems(s)).toEqual(expected);
	});

	it('lists every problem of every row, in row order', () => {
		const found = problems(
			sheet([
				row({ number: 'x', title: '' }),
				row({ number: '2', source: 'nope' }),
				row({ number: '3', part: '?' }),
			])
		);
		expect(found.map((p) => p.replace(/:.*/, ''))).toEqual([
			'agency.csv row 2, column "number"',
			'agency.csv row 2, column "title"',
			'agency.csv row 3, column "source"',
			'agency.csv row 4, column "part"',
		]);
	});

	it('refuses an empty sheet and one with a header only', () => {
		expect(problems({ file: 'a.csv', rows: [] })).toEqual([
			'a.csv row 1: the sheet is empty: it needs a header row and one row per guideline',
		]);
		expect(problems(sheet([]))).toEqual([
			'agency.csv row 1: the sheet has a header but no guideline rows',
		]);
	});
});

describe('a set the built-in catalogue lacks', () => {
	it('needs a title', () => {
		expect(problems(sheet([row({ set: 'agency', source: '' })]))).toEqual([
			expect.stringMatching(
				/^agency\.csv row 2, column "set_title": is needed: set "agency" is not in the built-in catalogue/
			),
		]);
	});

	it('is imported with its own title and no source page', async () => {
		const { pack, issues } = await roundTrip(
			ok(
				sheet([
					row({ set: 'Agency', set_title: 'Our service standard', edition: '2026' }),
					row({ set: 'agency', number: '2', title: 'Second', edition: '2026' }),
				])
			)
		);
		expect(issues).toEqual([]);
		expect(pack.sets[0]!.data).toMatchObject({
			code: 'agency',
			title: 'Our service standard',
			edition: '2026',
		});
		expect(pack.sets[0]!.data.sourceUrl).toBeUndefined();
		expect(pack.guidelines.map((g) => g.data.id)).toEqual([
			'agency.communicating-the-mandate',
			'agency.second',
		]);
	});
});

describe('scaffoldSet', () => {
	it('makes a set the build accepts, for an ISSA set and for one of the pack’s own', async () => {
		for (const options of [
			{ code: 'gg', edition: '2026' },
			{ code: 'agency', edition: '2026', title: 'Agency standard' },
		]) {
			const result = scaffoldSet(options);
			if (!result.ok) throw new Error(result.problems.join('\n'));
			const { pack, issues } = await roundTrip(result.pack);
			expect(issues).toEqual([]);
			expect(pack.guidelines.map((g) => g.data.id)).toEqual([`${options.code}.example-guideline`]);
		}
	});

	it('refuses a bad code or edition, and a set of its own without a title', () => {
		expect(scaffoldSet({ code: 'A1', edition: 'soon' })).toEqual({
			ok: false,
			problems: [
				'the set code "A1" must be 2 to 12 lower-case letters, such as "gg"',
				'the edition "soon" must start with a year, such as "2019"',
				'set "A1" is not in the built-in catalogue of ISSA sets: give its title with --title',
			],
		});
		expect(scaffoldSet({ code: 'agency', edition: '2026' })).toMatchObject({ ok: false });
	});
});
