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

/** A glyph's outline as path operators, filled: font units (y up, as in PDF) scaled by k. */
function glyphPath(font: LoadedFace, gid: number, x: number, y: number, k: number): PDFOperator[] {
	const ops: PDFOperator[] = [];
	let cx = 0;
	let cy = 0;
	const p = (vx: number, vy: number) => [num(x + vx * k), num(y + vy * k)];
	for (const c of font.hbFont.glyphToJson(gid)) {
		const v = c.values;
		if (c.type === 'M') {
			ops.push(PDFOperator.of(Ops.MoveTo, p(v[0]!, v[1]!)));
			[cx, cy] = [v[0]!, v[1]!];
		} else if (c.type === 'L') {
			ops.push(PDFOperator.of(Ops.LineTo, p(v[0]!, v[1]!)));
			[cx, cy] = [v[0]!, v[1]!];
		} else if (c.type === 'Q') {
			// PDF has cubic curves only: raise the quadratic's degree.
			const [qx, qy, ex, ey] = v as [number, number, number, number];
			ops.push(
				PDFOperator.of(Ops.AppendBezierCurve, [
					...p(cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy)),
					...p(ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey)),
					...p(ex, ey),
				])
			);
			[cx, cy] = [ex, ey];
		} else if (c.type === 'C') {
			ops.push(
				PDFOperator.of(Ops.AppendBezierCurve, [
					...p(v[0]!, v[1]!),
					...p(v[2]!, v[3]!),
					...p(v[4]!, v[5]!),
				])
			);
			[cx, cy] = [v[4]!, v[5]!];
		} else if (c.type === 'Z') ops.push(PDFOperator.of(Ops.ClosePath));
	}
	if (ops.length > 0) ops.push(PDFOperator.of(Ops.FillNonZero));
	return ops;
}

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
	// One positioning at the start; after that, every glyph is placed by TJ adjustments
	// (horizontal offsets and the difference between HarfBuzz's advance and the glyph's width)
	// and text rise (vertical offsets), so that text extraction sees one continuous run.
	ops.push(PDFOperator.of(Ops.SetTextMatrix, [num(1), num(0), num(0), num(1), num(x), num(y)]));
	/** Where HarfBuzz's pen is, and where the PDF's text position is, from x. */
	let pen = 0;
	let cursor = 0;
	let rise = 0;
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
	/** Glyphs that stand for no character of their own (an Arabic dot, a decomposed mark): drawn as outlines after the text, so that text extraction never sees them. */
	const outlines: { gid: number; x: number; y: number }[] = [];
	for (const g of run.glyphs) {
		if (g.text === '') {
			outlines.push({ gid: g.gid, x: x + pen + g.dx * k, y: y + g.dy * k });
			pen += g.ax * k;
			continue;
		}
		const cid = font.cid(g.gid, g.text);
		const dy = g.dy * k;
		if (Math.abs(dy - rise) > 0.001) {
			flush();
			ops.push(PDFOperator.of(Ops.SetTextRise, [num(dy)]));
			rise = dy;
		}
		// Move the text position to where this glyph starts (TJ numbers move left when positive).
		const shift = pen + g.dx * k - cursor;
		if (Math.abs(shift) > 0.001) {
			if (hex) array.push(PDFHexString.of(hex));
			hex = '';
			array.push(num((-shift * 1000) / run.size));
		}
		hex += cid;
		cursor = pen + g.dx * k + font.width(cid) * (run.size / 1000);
		pen += g.ax * k;
	}
	flush();
	if (rise !== 0) ops.push(PDFOperator.of(Ops.SetTextRise, [num(0)]));
	ops.push(PDFOperator.of(Ops.EndText));
	for (const o of outlines) ops.push(...glyphPath(run.font, o.gid, o.x, o.y, k));
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
