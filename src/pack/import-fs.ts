/**
 * `gw pack import` and `gw pack new` on disk: reading a sheet (CSV with papaparse, XLSX with
 * read-excel-file), writing a pack folder with safely quoted YAML front matter, and checking it
 * with the reader the build uses (`readPack`). The mapping itself is `src/domain/pack/sheet.ts`.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import Papa from 'papaparse';
import type { PackIssue } from '../domain/pack/files.ts';
import { guidelinePath, setPath, type Sheet, type SheetPack } from '../domain/pack/sheet.ts';
import { readPack } from './read.ts';

/** The kinds of sheet `gw pack import` reads, by file extension. */
export const SHEET_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** A cell of an XLSX sheet as text: numbers as written, dates as YYYY-MM-DD. */
function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (typeof value === 'number') return String(value);
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Parses CSV text into rows numbered as a spreadsheet shows them (one record per row). */
export function parseCsv(text: string): Sheet['rows'] {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
	return parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c ?? '') }));
}

/** Reads a CSV or XLSX file (the first sheet) into a Sheet named by its file name. */
export async function readSheetFile(file: string): Promise<Sheet> {
	const name = path.basename(file);
	const ext = path.extname(file).toLowerCase();
	if (!(SHEET_EXTENSIONS as readonly string[]).includes(ext))
		throw new Error(`${file}: must be a .csv or .xlsx file`);
	let bytes: Buffer;
	try {
		bytes = await readFile(file);
	} catch (error) {
		throw new Error(
			`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
			{
				cause: error,
			}
		);
	}
	if (ext === '.csv') {
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch (error) {
			throw new Error(`${file}: is not UTF-8 text: save the sheet as "CSV UTF-8" and try again`, {
				cause: error,
			});
		}
		return { file: name, rows: parseCsv(text) };
	}
	const { readSheet } = await import('read-excel-file/node');
	let data: unknown[][];
	try {
		data = await readSheet(bytes);
	} catch (error) {
		throw new Error(`${file}: is not a readable .xlsx workbook (${(error as Error).message})`, {
			cause: error,
		});
	}
	return { file: name, rows: data.map((cells, i) => ({ row: i + 1, cells: cells.map(cellText) })) };
}

/** Front matter as YAML: every string quoted, no line folding, no anchors. */
export function frontMatter(data: object): string {
	return yaml.dump(data, {
		forceQuotes: true,
		quotingType: "'",
		lineWidth: -1,
		noRefs: true,
		sortKeys: false,
	});
}

/** One MDX file: the front matter between `---` lines, then the body. */
export function mdxFile(data: object, body: string): string {
	return `---\n${frontMatter(data)}---\n\n${body.trim()}\n`;
}

/** The files of a sheet pack, by path inside the pack folder. */
export function packFiles(pack: SheetPack): Map<string, string> {
	const files = new Map<string, string>();
	for (const s of pack.sets) files.set(setPath(s.code), mdxFile(s.data, s.body));
	for (const g of pack.guidelines) files.set(guidelinePath(g.set, g.slug), mdxFile(g.data, g.body));
	return files;
}

/** Whether a folder exists and holds anything. */
export async function isNonEmptyDir(dir: string): Promise<boolean> {
	try {
		return (await readdir(dir)).length > 0;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
		throw error;
	}
}

/**
 * Writes a sheet pack under `dir`. Each set's folder (`dir/en/<set>/`) is emptied first, so a
 * forced re-import leaves no stale guideline behind; nothing else in `dir` is touched.
 */
export async function writeSheetPack(dir: string, pack: SheetPack): Promise<string[]> {
	for (const s of pack.sets)
		await rm(path.join(dir, 'en', s.code), { recursive: true, force: true });
	const written: string[] = [];
	for (const [relative, text] of packFiles(pack)) {
		const target = path.join(dir, relative);
		await mkdir(path.dirname(target), { recursive: true });
		await writeFile(target, text);
		written.push(relative);
	}
	return written;
}

/** Reads a pack folder back with the build's reader and checks; the problems, if any. */
export async function checkPackDir(dir: string): Promise<{
	issues: PackIssue[];
	sets: number;
	guidelines: number;
}> {
	const { pack, issues } = await readPack(dir, dir);
	return { issues, sets: pack.sets.length, guidelines: pack.guidelines.length };
}
