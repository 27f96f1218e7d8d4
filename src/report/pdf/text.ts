/**
 * Drawing laid-out lines on a PDF page: each shaped run with its face's CID font, glyph by
 * glyph where HarfBuzz moved one (marks), otherwise in one TJ with the kerning as adjustments;
 * a character no font has as a visible box.
 */
import {
	PDFHexString,
	PDFName,
	PDFNumber,
	PDFOperator,
	PDFOperatorNames as Ops,
	type PDFContext,
	type PDFPage,
} from 'pdf-lib';
import type { Line, LoadedFace, ShapedRun } from '../text/engine.ts';
import { MISSING_WIDTH } from '../text/engine.ts';
import { CidFont } from './cidfont.ts';

export type Rgb = readonly [number, number, number];

/** The CID fonts of one document, one per loaded face. */
export class FontSet {
	private readonly fonts = new Map<string, CidFont>();
	private readonly context: PDFContext;
	constructor(context: PDFContext) {
		this.context = context;
	}

	get(face: LoadedFace): CidFont {
		let font = this.fonts.get(face.key);
		if (!font) {
			// Deterministic subset tags: AAAAAA, AAAAAB, …
			let n = this.fonts.size;
			let tag = '';
			for (let i = 0; i < 6; i++) {
				tag = String.fromCharCode(65 + (n % 26)) + tag;
				n = Math.floor(n / 26);
			}
			font = new CidFont(this.context, face, tag);
			this.fonts.set(face.key, font);
		}
		return font;
	}

	finish(): void {
		for (const font of this.fonts.values()) font.finish(this.context);
	}
}

const num = (n: number) => PDFNumber.of(Math.round(n * 1000) / 1000);

/** The operators that draw one run with its baseline at (x, y); returns them and the advance. */
function runOperators(
	page: PDFPage,
	fonts: FontSet,
	run: ShapedRun,
	x: number,
	y: number
): PDFOperator[] {
	const ops: PDFOperator[] = [];
	if (!run.font) {
		// One box per missing character: a character no font has is shown, never blank.
		const w = MISSING_WIDTH * run.size;
		const count = Math.max(1, Math.round(run.width / w));
		for (let i = 0; i < count; i++)
			ops.push(
				PDFOperator.of(Ops.AppendRectangle, [
					num(x + i * w + w * 0.1),
					num(y - run.size * 0.05),
					num(w * 0.8),
					num(run.size * 0.75),
				]),
				PDFOperator.of(Ops.StrokePath)
			);
		return [
			PDFOperator.of(Ops.PushGraphicsState),
			PDFOperator.of(Ops.SetLineWidth, [num(0.6)]),
			...ops,
			PDFOperator.of(Ops.PopGraphicsState),
		];
	}
	const font = fonts.get(run.font);
	const key = page.node.newFontDictionary(`G${font.tag}`, font.ref);
	const k = run.size / run.font.upem;
	ops.push(PDFOperator.of(Ops.BeginText), PDFOperator.of(Ops.SetFontAndSize, [key, num(run.size)]));
	let pen = x;
	/** The pieces of the TJ being built: hex strings of ids and adjustments. */
	let array: (PDFHexString | PDFNumber)[] = [];
	let hex = '';
	const flush = () => {
		if (hex) array.push(PDFHexString.of(hex));
		hex = '';
		if (array.length > 0)
			ops.push(PDFOperator.of(Ops.ShowTextAdjusted, [page.doc.context.obj(array)]));
		array = [];
	};
	const moveTo = (px: number, py: number) =>
		ops.push(PDFOperator.of(Ops.SetTextMatrix, [num(1), num(0), num(0), num(1), num(px), num(py)]));
	let placed = false;
	for (const g of run.glyphs) {
		const cid = font.cid(g.gid, g.text);
		if (g.dx !== 0 || g.dy !== 0) {
			// A glyph HarfBuzz moved (a mark): placed on its own.
			flush();
			moveTo(pen + g.dx * k, y + g.dy * k);
			ops.push(PDFOperator.of(Ops.ShowText, [PDFHexString.of(cid)]));
			placed = false;
		} else {
			if (!placed) {
				flush();
				moveTo(pen, y);
				placed = true;
			}
			hex += cid;
			// The viewer advances by the glyph's width; HarfBuzz says by how much it should.
			const drift = font.width(cid) * (run.size / 1000) - g.ax * k;
			if (Math.abs(drift) > 0.001) {
				array.push(PDFHexString.of(hex));
				hex = '';
				array.push(num((drift * 1000) / run.size));
			}
		}
		pen += g.ax * k;
	}
	flush();
	ops.push(PDFOperator.of(Ops.EndText));
	return ops;
}

/** Draws a line with its left edge at x and its baseline at y, in a colour. */
export function drawLine(
	page: PDFPage,
	fonts: FontSet,
	line: Line,
	x: number,
	y: number,
	color: Rgb
): void {
	const ops: PDFOperator[] = [
		PDFOperator.of(Ops.PushGraphicsState),
		PDFOperator.of(Ops.NonStrokingColorRgb, color.map(num)),
		PDFOperator.of(Ops.StrokingColorRgb, color.map(num)),
	];
	let pen = x;
	for (const run of line.runs) {
		ops.push(...runOperators(page, fonts, run, pen, y));
		pen += run.width;
	}
	ops.push(PDFOperator.of(Ops.PopGraphicsState));
	page.pushOperators(...ops);
}

export { PDFName };
