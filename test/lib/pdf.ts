/**
 * Reading a generated PDF back in tests: its text with positions (pdfjs-dist), its outline,
 * and poppler's view of it (pdftoppm renders pages for an ink check and reports broken fonts;
 * qpdf checks the structure). CI installs poppler-utils and qpdf.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = promisify(execFile);

/**
 * Whether poppler (pdftoppm) and qpdf are installed. CI installs them and sets
 * GW_REQUIRE_PDF_TOOLS=1, so that there a missing tool is a failure, not a skip.
 */
export async function pdfTools(): Promise<boolean> {
	try {
		await run('pdftoppm', ['-v']);
		await run('qpdf', ['--version']);
		return true;
	} catch {
		if (process.env['GW_REQUIRE_PDF_TOOLS'] === '1')
			throw new Error(
				'pdftoppm (poppler-utils) and qpdf are required: apt-get install poppler-utils qpdf'
			);
		return false;
	}
}

export interface TextItem {
	str: string;
	/** Box in PDF points, origin bottom-left. */
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PdfText {
	pages: TextItem[][];
	/** All text, items joined, whitespace collapsed. */
	all: string;
	outline: string[];
	info: Record<string, unknown>;
	pageCount: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
	const doc = await getDocument({
		data: new Uint8Array(bytes),
		useSystemFonts: false,
		verbosity: 0,
	}).promise;
	const pages: TextItem[][] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const content = await page.getTextContent();
		pages.push(
			content.items.flatMap((item) =>
				'str' in item
					? [
							{
								str: item.str,
								x: item.transform[4] as number,
								y: item.transform[5] as number,
								width: item.width,
								height: item.height,
							},
						]
					: []
			)
		);
	}
	type OutlineNode = { title: string; items?: OutlineNode[] };
	const nodes = ((await doc.getOutline()) ?? []) as OutlineNode[];
	const outline: string[] = nodes.flatMap((o) => [o.title, ...(o.items ?? []).map((c) => c.title)]);
	const meta = await doc.getMetadata();
	const all = pages
		.flat()
		.map((i) => i.str)
		.join(' ')
		.replace(/\s+/g, ' ');
	await doc.destroy();
	return {
		pages,
		all,
		outline,
		info: meta.info as Record<string, unknown>,
		pageCount: pages.length,
	};
}

/** Writes the PDF to a temporary file. */
export async function tempPdf(bytes: Uint8Array, name = 'report.pdf'): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'gw-pdf-'));
	const file = path.join(dir, name);
	await writeFile(file, bytes);
	return file;
}

/** `qpdf --check`: exit code 0 means a clean structure. */
export async function qpdfCheck(file: string): Promise<{ code: number; output: string }> {
	try {
		const { stdout } = await run('qpdf', ['--check', file]);
		return { code: 0, output: stdout };
	} catch (error) {
		const e = error as { code?: number; stdout?: string; stderr?: string };
		return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
	}
}

/** A page rendered by poppler in grey levels, and what poppler complained about. */
export interface Raster {
	width: number;
	height: number;
	/** 0 = black, 255 = white. */
	pixels: Uint8Array;
	/** Points to pixels. */
	scale: number;
	warnings: string;
}

export async function renderPage(file: string, page: number, dpi = 72): Promise<Raster> {
	const out = path.join(path.dirname(file), `p${page}`);
	const { stderr } = await run('pdftoppm', [
		'-gray',
		'-r',
		String(dpi),
		'-f',
		String(page),
		'-l',
		String(page),
		'-singlefile',
		file,
		out,
	]);
	const data = await readFile(`${out}.pgm`);
	// Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
	const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'));
	if (!header) throw new Error('pdftoppm did not write a PGM');
	const width = Number(header[1]);
	const height = Number(header[2]);
	return {
		width,
		height,
		pixels: data.subarray(header[0].length),
		scale: dpi / 72,
		warnings: stderr,
	};
}

/** Dark pixels inside a box given in PDF points (origin bottom-left). */
export function inkIn(
	r: Raster,
	box: { x: number; y: number; width: number; height: number },
	pageHeight: number
): number {
	const x0 = Math.max(0, Math.floor(box.x * r.scale));
	const x1 = Math.min(r.width, Math.ceil((box.x + Math.max(box.width, 2)) * r.scale));
	const y0 = Math.max(0, Math.floor((pageHeight - box.y - Math.max(box.height, 6)) * r.scale));
	const y1 = Math.min(r.height, Math.ceil((pageHeight - box.y + 3) * r.scale));
	let dark = 0;
	for (let y = y0; y < y1; y++)
		for (let x = x0; x < x1; x++) if (r.pixels[y * r.width + x]! < 140) dark++;
	return dark;
}
