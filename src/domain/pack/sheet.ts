/**
 * A sheet with one row per guideline (CSV or XLSX, read by `src/pack/import-fs.ts`) turned into
 * a content pack: the sets it declares and their guideline files, or every problem with the row
 * (as the sheet shows it, the header being row 1) and the column. Pure: the cell rules come from
 * the pack schemas (`schema.ts`) and the cross-file checks from `validatePack`, so an imported
 * pack is refused exactly where the build would refuse it. `gw pack import` and `gw pack new`
 * write what this returns.
 */
import type { z } from 'zod';
import { SET_CODES, SET_TITLES, issaSetUrl } from '../sets.ts';
import type { PackFile, RawPack } from './files.ts';
import {
	GUIDELINE_ID_PATTERN,
	guidelineSchema,
	partSchema,
	provenanceSchema,
	sectionSchema,
	setSchema,
} from './schema.ts';
import { validatePack } from './validate.ts';

/** The columns a sheet may have, in the order the documentation lists them. */
export const SHEET_COLUMNS = [
	'set',
	'set_title',
	'set_short_title',
	'set_description',
	'set_source',
	'edition',
	'number',
	'title',
	'part',
	'part_title',
	'section',
	'section_title',
	'id',
	'statement',
	'structure',
	'mechanism',
	'evidence',
	'questions',
	'keywords',
	'related',
	'source',
	'explanation',
] as const;

export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** The columns every sheet needs. */
export const REQUIRED_COLUMNS: readonly SheetColumn[] = [
	'set',
	'edition',
	'number',
	'title',
	'part',
];

/** Columns whose cell holds a list: items on separate lines or separated by ` | `. */
const LIST_COLUMNS = ['mechanism', 'evidence', 'questions', 'keywords', 'related'] as const;

/** One row of a sheet: its number as the sheet shows it (from 1) and its cells as text. */
export interface SheetRow {
	row: number;
	cells: string[];
}

/** A sheet: the name to show in messages (e.g. `agency.csv`) and its rows, header first. */
export interface Sheet {
	file: string;
	rows: SheetRow[];
}

/** A problem in a sheet: the row, the column when one is to blame, and what is wrong. */
export interface SheetProblem {
	row: number;
	column?: string;
	message: string;
}

/** Formats a problem as one line: `agency.csv row 7, column "number": "7a" is not a whole number`. */
export function formatSheetProblem(file: string, problem: SheetProblem): string {
	const column = problem.column === undefined ? '' : `, column "${problem.column}"`;
	return `${file} row ${problem.row}${column}: ${problem.message}`;
}

/** Front matter of a set file, as written (the schema's input). */
export type SetFrontMatter = z.input<typeof setSchema>;
/** Front matter of a guideline file, as written (the schema's input). */
export type GuidelineFrontMatter = z.input<typeof guidelineSchema>;

/** A set to write: `en/<code>/_set.mdx`. */
export interface SheetSet {
	code: string;
	data: SetFrontMatter;
	body: string;
}

/** A guideline to write: `en/<set>/<slug>.mdx`, from the sheet's row `row`. */
export interface SheetGuideline {
	set: string;
	slug: string;
	row: number;
	data: GuidelineFrontMatter;
	body: string;
}

/** A pack made from a sheet (English files only). */
export interface SheetPack {
	sets: SheetSet[];
	guidelines: SheetGuideline[];
}

export type SheetResult = { ok: true; pack: SheetPack } | { ok: false; problems: SheetProblem[] };

/** The paths of a pack's files inside the pack folder, e.g. `en/com/_set.mdx`. */
export function setPath(code: string): string {
	return `en/${code}/_set.mdx`;
}
export function guidelinePath(set: string, slug: string): string {
	return `en/${set}/${slug}.mdx`;
}

/** Normalises a header cell: `Set Title`, ` set-title ` → `set_title`. */
export function columnKey(header: string): string {
	return header
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}

/** Splits a list cell into its items: one per line, or separated by ` | `. */
export function splitList(cell: string): string[] {
	return cell
		.split(/\r?\n| \| /)
		.map((item) => item.trim())
		.filter((item) => item !== '');
}

/** Letters a Unicode decomposition does not reduce to ASCII. */
const LATIN_EXTRA: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ł: 'l',
	ı: 'i',
};

/**
 * An ASCII kebab-case slug of a title, starting with a letter and at most about 48 characters
 * (cut at a word); empty when the title has no Latin letters (a Georgian title, say).
 */
export function slugify(title: string): string {
	const ascii = title
		.toLowerCase()
		.replace(/[ßæœøđðþłı]/g, (c) => LATIN_EXTRA[c] ?? c)
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/['’`]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^[^a-z]+/, '')
		.replace(/-+$/, '');
	if (ascii.length <= 48) return ascii;
	const cut = ascii.slice(0, 49);
	const end = cut.lastIndexOf('-');
	return (end > 0 ? cut.slice(0, end) : cut.slice(0, 48)).replace(/-+$/, '');
}

/**
 * Escapes text for an MDX body: braces and angle brackets would be read as JSX, and a line
 * starting with `import` or `export` as JavaScript (its first letter becomes a character
 * reference).
 */
export function mdxText(text: string): string {
	return text
		.replace(/[{}<>]/g, (c) => `\\${c}`)
		.replace(
			/^([ \t]*)(import|export)\b/gm,
			(_m, lead: string, word: string) => `${lead}&#${word.charCodeAt(0)};${word.slice(1)}`
		);
}

const isIssaSet = (code: string) => (SET_CODES as readonly string[]).includes(code);
const issaTitle = (code: string) =>
	isIssaSet(code) ? SET_TITLES[code as (typeof SET_CODES)[number]] : undefined;
const issaUrl = (code: string) =>
	isIssaSet(code) ? issaSetUrl(code as (typeof SET_CODES)[number]) : undefined;

/** The first message a schema gives for a value, or undefined when it accepts it. */
function refusal(schema: z.ZodType, value: unknown): string | undefined {
	const result = schema.safeParse(value);
	return result.success ? undefined : (result.error.issues[0]?.message ?? 'is not valid');
}

const quote = (value: string) => JSON.stringify(value);

/** A row's cells by column, trimmed; '' for an absent column or an empty cell. */
type Cells = Record<SheetColumn, string>;

interface RowFacts {
	row: number;
	cells: Cells;
	set: string;
	edition: string;
	number: number;
	part: string;
	section: string | undefined;
	id: string | undefined;
}

/** What a set's rows declare, gathered row by row. */
interface SetDraft {
	code: string;
	firstRow: number;
	/** Set-level cells with the row that first gave them. */
	given: Partial<Record<SheetColumn, { value: string; row: number }>>;
	parts: Map<
		string,
		{
			title: { value: string; row: number } | undefined;
			sections: Map<string, { value: string; row: number } | undefined>;
		}
	>;
}

const SET_LEVEL: readonly SheetColumn[] = [
	'set_title',
	'set_short_title',
	'set_description',
	'set_source',
	'edition',
];

/**
 * Maps a sheet to a pack, or lists every problem. Blank rows are skipped. `file` names the
 * sheet in provenance notes and default texts.
 */
export function sheetToPack(sheet: Sheet): SheetResult {
	const problems: SheetProblem[] = [];
	const add = (row: number, column: string | undefined, message: string) =>
		problems.push(column === undefined ? { row, message } : { row, column, message });

	const rows = sheet.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
	const header = rows[0];
	if (!header)
		return {
			ok: false,
			problems: [
				{ row: 1, message: 'the sheet is empty: it needs a header row and one row per guideline' },
			],
		};

	// Header: known columns, each once, the required ones present.
	const index = new Map<SheetColumn, number>();
	header.cells.forEach((cell, i) => {
		const key = columnKey(cell);
		if (key === '') return;
		if (!(SHEET_COLUMNS as readonly string[]).includes(key)) {
			add(header.row, cell.trim(), `is not a known column (known: ${SHEET_COLUMNS.join(', ')})`);
			return;
		}
		const column = key as SheetColumn;
		if (index.has(column)) add(header.row, column, 'appears twice in the header');
		else index.set(column, i);
	});
	for (const column of REQUIRED_COLUMNS)
		if (!index.has(column))
			add(
				header.row,
				column,
				`is missing: every sheet needs the columns ${REQUIRED_COLUMNS.join(', ')}`
			);
	if (problems.length > 0) return { ok: false, problems };

	const data = rows.slice(1);
	if (data.length === 0)
		return {
			ok: false,
			problems: [{ row: header.row, message: 'the sheet has a header but no guideline rows' }],
		};

	const cellsOf = (r: SheetRow): Cells => {
		const out = {} as Cells;
		for (const column of SHEET_COLUMNS) {
			const i = index.get(column);
			out[column] = i === undefined ? '' : (r.cells[i] ?? '').trim();
		}
		return out;
	};

	// Row by row: each cell alone.
	const facts: RowFacts[] = [];
	for (const r of data) {
		const cells = cellsOf(r);
		const before = problems.length;
		const cell = (column: SheetColumn, schema: z.ZodType, value: unknown = cells[column]) => {
			if (cells[column] === '') {
				add(r.row, column, 'is empty: every guideline needs one');
				return false;
			}
			const message = refusal(schema, value);
			if (message) add(r.row, column, `${quote(cells[column])} ${message}`);
			return message === undefined;
		};
		const set = cells.set.toLowerCase();
		cell('set', setSchema.shape.code, set);
		cell('edition', setSchema.shape.edition);
		let number = Number.NaN;
		if (cells.number === '') add(r.row, 'number', 'is empty: every guideline needs one');
		else if (!/^\d+(?:\.0+)?$/.test(cells.number))
			add(r.row, 'number', `${quote(cells.number)} is not a whole number`);
		else {
			number = Number.parseInt(cells.number, 10);
			if (refusal(guidelineSchema.shape.number, number))
				add(r.row, 'number', `${quote(cells.number)} is not a guideline number (1 or more)`);
		}
		cell('title', guidelineSchema.shape.title);
		const part = cells.part.toUpperCase();
		const partOk = cell('part', partSchema.shape.id, part);
		let section: string | undefined;
		if (cells.section !== '') {
			// A bare number is a section of the row's part: "2" in part B is "B.2".
			section = /^\d+$/.test(cells.section)
				? `${part}.${cells.section}`
				: cells.section.toUpperCase();
			const message = refusal(sectionSchema.shape.id, section);
			if (message) add(r.row, 'section', `${quote(cells.section)} ${message}`);
			else if (partOk && !section.startsWith(`${part}.`))
				add(
					r.row,
					'section',
					`${quote(cells.section)} is not a section of part ${part} (a section of part ${part} is "${part}.1", "${part}.2", …)`
				);
		} else if (cells.section_title !== '') {
			add(
				r.row,
				'section',
				`is empty but the row gives a section title (${quote(cells.section_title)})`
			);
		}
		let id: string | undefined;
		if (cells.id !== '') {
			id = cells.id;
			const match = GUIDELINE_ID_PATTERN.exec(id);
			if (!match)
				add(
					r.row,
					'id',
					`${quote(id)} ${refusal(guidelineSchema.shape.id, id) ?? 'is not a guideline id'}`
				);
			else if (match[1] !== set)
				add(r.row, 'id', `${quote(id)} must start with the row's set, "${set}."`);
		}
		for (const column of ['statement', 'structure'] as const) {
			if (cells[column] === '') continue;
			const message = refusal(guidelineSchema.shape[column], cells[column]);
			if (message) add(r.row, column, message);
		}
		for (const column of LIST_COLUMNS) {
			if (cells[column] === '') continue;
			const message = refusal(guidelineSchema.shape[column], splitList(cells[column]));
			if (message) add(r.row, column, `has ${splitList(cells[column]).length} items: ${message}`);
		}
		if (cells.source !== '') {
			const message = refusal(provenanceSchema, { status: 'confirmed', source: cells.source });
			if (message)
				add(
					r.row,
					'source',
					`${quote(cells.source)} is not an http(s) URL (leave the cell empty when no source confirms the number and title)`
				);
		}
		if (cells.set_source !== '') {
			const message = refusal(setSchema.shape.sourceUrl, cells.set_source);
			if (message) add(r.row, 'set_source', `${quote(cells.set_source)} ${message}`);
		}
		if (problems.length === before)
			facts.push({ row: r.row, cells, set, edition: cells.edition, number, part, section, id });
	}

	// Across rows: one declaration per set, numbers and ids unique.
	const sets = new Map<string, SetDraft>();
	const numbers = new Map<string, number>();
	const ids = new Map<string, number>();
	for (const f of facts) {
		let draft = sets.get(f.set);
		if (!draft) {
			draft = { code: f.set, firstRow: f.row, given: {}, parts: new Map() };
			sets.set(f.set, draft);
		}
		for (const column of SET_LEVEL) {
			const value = f.cells[column];
			if (value === '') continue;
			const earlier = draft.given[column];
			if (!earlier) draft.given[column] = { value, row: f.row };
			else if (earlier.value !== value)
				add(
					f.row,
					column,
					`${quote(value)} differs from ${quote(earlier.value)} in row ${earlier.row} (one per set; set ${f.set})`
				);
		}
		let part = draft.parts.get(f.part);
		if (!part) {
			part = { title: undefined, sections: new Map() };
			draft.parts.set(f.part, part);
		}
		const partTitle = f.cells.part_title;
		if (partTitle !== '') {
			if (!part.title) part.title = { value: partTitle, row: f.row };
			else if (part.title.value !== partTitle)
				add(
					f.row,
					'part_title',
					`${quote(partTitle)} differs from ${quote(part.title.value)} in row ${part.title.row} (part ${f.part} of set ${f.set})`
				);
		}
		if (f.section) {
			const sectionTitle = f.cells.section_title;
			const known = part.sections.get(f.section);
			if (sectionTitle === '') {
				if (!part.sections.has(f.section)) part.sections.set(f.section, undefined);
			} else if (!known) part.sections.set(f.section, { value: sectionTitle, row: f.row });
			else if (known.value !== sectionTitle)
				add(
					f.row,
					'section_title',
					`${quote(sectionTitle)} differs from ${quote(known.value)} in row ${known.row} (section ${f.section} of set ${f.set})`
				);
		}
		const numberKey = `${f.set}#${f.number}`;
		const sameNumber = numbers.get(numberKey);
		if (sameNumber !== undefined)
			add(f.row, 'number', `${f.number} is already used in set ${f.set} by row ${sameNumber}`);
		else numbers.set(numberKey, f.row);
		if (f.id !== undefined) {
			const sameId = ids.get(f.id);
			if (sameId !== undefined) add(f.row, 'id', `${quote(f.id)} is already used by row ${sameId}`);
			else ids.set(f.id, f.row);
		}
	}
	for (const draft of sets.values()) {
		if (!draft.given.set_title && !issaTitle(draft.code))
			add(
				draft.firstRow,
				'set_title',
				`is needed: set "${draft.code}" is not in the built-in catalogue of ISSA sets (${SET_CODES.join(', ')}), so give its title`
			);
	}

	// Ids: given ones kept, the others made from the title, unique.
	for (const f of facts) {
		if (f.id !== undefined) continue;
		const base = slugify(f.cells.title) || `guideline-${f.number}`;
		let id = `${f.set}.${base}`;
		for (let n = 2; ids.has(id); n++) id = `${f.set}.${base}-${n}`;
		ids.set(id, f.row);
		f.id = id;
	}
	for (const f of facts) {
		for (const rel of splitList(f.cells.related)) {
			if (rel === f.id) add(f.row, 'related', `${quote(rel)} is the row's own id`);
			else if (!ids.has(rel))
				add(f.row, 'related', `${quote(rel)} is not the id of any guideline in the sheet`);
		}
	}
	if (problems.length > 0) return { ok: false, problems: sorted(problems) };

	// The files.
	const pack: SheetPack = { sets: [], guidelines: [] };
	const counts = new Map<string, number>();
	for (const f of facts) counts.set(f.set, (counts.get(f.set) ?? 0) + 1);
	for (const draft of sets.values()) {
		const g = (column: SheetColumn) => draft.given[column]?.value;
		const title = g('set_title') ?? issaTitle(draft.code) ?? draft.code;
		const description = g('set_description') ?? `${title}: guidelines imported from ${sheet.file}.`;
		const sourceUrl = g('set_source') ?? issaUrl(draft.code);
		const partIds = [...draft.parts.keys()].sort();
		const data: SetFrontMatter = {
			code: draft.code,
			title,
			shortTitle: g('set_short_title') ?? title,
			edition: g('edition') ?? '',
			...(sourceUrl ? { sourceUrl } : {}),
			description,
			guidelines: { inEdition: null, included: counts.get(draft.code) ?? 0 },
			parts: partIds.map((id) => {
				const part = draft.parts.get(id)!;
				const sections = [...part.sections.entries()].sort(
					([a], [b]) => Number(a.split('.')[1]) - Number(b.split('.')[1])
				);
				return {
					id,
					title: part.title?.value ?? null,
					sections: sections.map(([sid, t]) => ({ id: sid, title: t?.value ?? null })),
				};
			}),
		};
		pack.sets.push({ code: draft.code, data, body: mdxText(description) });
	}
	for (const f of facts) {
		const id = f.id!;
		const c = f.cells;
		const list = (column: (typeof LIST_COLUMNS)[number]) => {
			const items = splitList(c[column]);
			return items.length > 0 ? { [column]: items } : {};
		};
		const data: GuidelineFrontMatter = {
			id,
			set: f.set,
			edition: f.edition,
			part: f.part,
			...(f.section ? { section: f.section } : {}),
			number: f.number,
			title: c.title,
			provenance: c.source
				? { status: 'confirmed', source: c.source }
				: { status: 'unconfirmed', note: `imported from ${sheet.file}, row ${f.row}` },
			...(c.statement ? { statement: c.statement } : {}),
			...(c.structure ? { structure: c.structure } : {}),
			...list('mechanism'),
			...list('evidence'),
			...list('questions'),
			...list('keywords'),
			...list('related'),
		};
		const body = c.explanation
			? mdxText(c.explanation)
			: `Imported from ${mdxText(sheet.file)}, row ${f.row}; no explanation has been written yet.`;
		pack.guidelines.push({
			set: f.set,
			slug: id.slice(id.indexOf('.') + 1),
			row: f.row,
			data,
			body,
		});
	}

	// The same checks the build runs, on the files about to be written; each problem traced back
	// to its row. The checks above should leave nothing for these to find.
	const issues = checkPack(pack);
	for (const issue of issues) add(issue.row, issue.column, issue.message);
	if (problems.length > 0) return { ok: false, problems: sorted(problems) };
	return { ok: true, pack };
}

/** Which column of the sheet a front-matter field comes from. */
const FIELD_COLUMN: Record<string, SheetColumn> = {
	id: 'id',
	set: 'set',
	edition: 'edition',
	part: 'part',
	section: 'section',
	number: 'number',
	title: 'title',
	statement: 'statement',
	structure: 'structure',
	mechanism: 'mechanism',
	evidence: 'evidence',
	questions: 'questions',
	keywords: 'keywords',
	related: 'related',
	provenance: 'source',
	code: 'set',
	shortTitle: 'set_short_title',
	description: 'set_description',
	sourceUrl: 'set_source',
	parts: 'part',
};

/**
 * Validates a sheet pack with the pack schemas and `validatePack`, as the build would; each
 * problem names the row of the guideline (or the first row of the set) and the column.
 */
export function checkPack(pack: SheetPack): SheetProblem[] {
	const problems: SheetProblem[] = [];
	const raw: RawPack = { sets: [], guidelines: [], setTranslations: [], guidelineTranslations: [] };
	const rowOf = new Map<string, number>();
	const firstRow = new Map<string, number>();
	for (const g of pack.guidelines)
		if (!firstRow.has(g.set) || g.row < firstRow.get(g.set)!) firstRow.set(g.set, g.row);
	const column = (field: string) => FIELD_COLUMN[field.split(/[.[]/)[0] ?? ''];
	for (const s of pack.sets) {
		const file = setPath(s.code);
		const row = firstRow.get(s.code) ?? 1;
		rowOf.set(file, row);
		const parsed = setSchema.safeParse(s.data);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				problems.push(
					problem(row, column(String(issue.path[0] ?? '')), `set ${s.code}: ${issue.message}`)
				);
			continue;
		}
		raw.sets.push(packFile(file, s.code, '_set', parsed.data, s.body));
	}
	for (const g of pack.guidelines) {
		const file = guidelinePath(g.set, g.slug);
		rowOf.set(file, g.row);
		const parsed = guidelineSchema.safeParse(g.data);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				problems.push(problem(g.row, column(String(issue.path[0] ?? '')), issue.message));
			continue;
		}
		raw.guidelines.push(packFile(file, g.set, g.slug, parsed.data, g.body));
	}
	if (problems.length > 0) return problems;
	for (const issue of validatePack(raw))
		problems.push(
			problem(rowOf.get(issue.file) ?? 1, column(issue.field), `${issue.field} ${issue.message}`)
		);
	return problems;
}

function problem(row: number, column: string | undefined, message: string): SheetProblem {
	return column === undefined ? { row, message } : { row, column, message };
}

function packFile<T>(
	file: string,
	folder: string,
	slug: string,
	data: T,
	body: string
): PackFile<T> {
	return { file, locale: 'en', folder, slug, data, body };
}

function sorted(problems: SheetProblem[]): SheetProblem[] {
	return problems
		.map((p, i) => ({ p, i }))
		.sort((a, b) => a.p.row - b.p.row || a.i - b.i)
		.map(({ p }) => p);
}

/**
 * A new set's files for `gw pack new`: the set with one part and one example guideline that
 * has the required fields, marked unconfirmed. A set outside the built-in catalogue needs a
 * title.
 */
export function scaffoldSet(options: {
	code: string;
	edition: string;
	title?: string;
}): { ok: true; pack: SheetPack } | { ok: false; problems: string[] } {
	const { code, edition } = options;
	const title = options.title ?? issaTitle(code);
	const problems: string[] = [];
	const codeProblem = refusal(setSchema.shape.code, code);
	if (codeProblem) problems.push(`the set code ${quote(code)} ${codeProblem}`);
	const editionProblem = refusal(setSchema.shape.edition, edition);
	if (editionProblem) problems.push(`the edition ${quote(edition)} ${editionProblem}`);
	if (!title)
		problems.push(
			`set "${code}" is not in the built-in catalogue of ISSA sets: give its title with --title`
		);
	if (problems.length > 0 || !title) return { ok: false, problems };
	const sourceUrl = issaUrl(code);
	const set: SheetSet = {
		code,
		data: {
			code,
			title,
			shortTitle: title,
			edition,
			...(sourceUrl ? { sourceUrl } : {}),
			description: `${title}: one line in your own words for the home page card.`,
			guidelines: { inEdition: null, included: 1 },
			parts: [{ id: 'A', title: null, sections: [] }],
		},
		body: `An overview of ${mdxText(title)}: what the set covers and who it is for, in two to four short paragraphs.`,
	};
	const guideline: SheetGuideline = {
		set: code,
		slug: 'example-guideline',
		row: 1,
		data: {
			id: `${code}.example-guideline`,
			set: code,
			edition,
			part: 'A',
			number: 1,
			title: 'Example guideline',
			provenance: {
				status: 'unconfirmed',
				note: 'an example made by gw pack new: replace it with a real guideline',
			},
			statement: 'One sentence: what the guideline asks of the institution.',
		},
		body: 'A short explanation: why this matters and what good looks like.',
	};
	const pack: SheetPack = { sets: [set], guidelines: [guideline] };
	const issues = checkPack(pack);
	if (issues.length > 0) return { ok: false, problems: issues.map((p) => p.message) };
	return { ok: true, pack };
}
