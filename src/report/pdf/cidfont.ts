/**
 * A shaped font in the PDF: a TrueType subset (made with fontkit 2; `@pdf-lib/fontkit`
 * corrupts long-`loca` subsets such as Noto Sans) embedded as a Type0/CIDFontType2 font whose
 * character ids are ours. Each (glyph, text) pair gets its own id, so the ToUnicode map gives
 * back exactly the characters each glyph was shaped from: a ligature its two letters, an Arabic
 * letter in any of its forms the letter itself. Text extracts as it was written.
 */
import * as fontkit from 'fontkit';
import { PDFArray, PDFNumber, PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import type { LoadedFace } from '../text/engine.ts';

interface Subset {
	includeGlyph(glyph: number): number;
	encode(): Uint8Array;
}

/** fontkit's parse of each face, made once (a CJK font takes a while to parse). */
const parsed = new WeakMap<LoadedFace, fontkit.Font>();

function fontkitFont(face: LoadedFace): fontkit.Font {
	let font = parsed.get(face);
	if (!font) {
		// fontkit takes any byte array; its types say Buffer.
		font = fontkit.create(face.bytes as Buffer) as fontkit.Font;
		parsed.set(face, font);
	}
	return font;
}

/** UTF-16BE hex of a string, as ToUnicode wants it. */
function utf16Hex(text: string): string {
	let hex = '';
	for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
	return hex;
}

export class CidFont {
	readonly ref: PDFRef;
	readonly font: LoadedFace;
	/** The six-letter subset tag of the font's name (distinct per font, fixed per document). */
	readonly tag: string;
	private readonly subset: Subset;
	private readonly fk: fontkit.Font;
	private readonly ids = new Map<string, number>();
	/** Per character id (from 1): the subset glyph, the text, the advance in 1000ths of an em. */
	private readonly cids: { newGid: number; text: string; width: number }[] = [];

	constructor(context: PDFContext, font: LoadedFace, tag: string) {
		this.ref = context.nextRef();
		this.font = font;
		this.tag = tag;
		this.fk = fontkitFont(font);
		this.subset = this.fk.createSubset() as unknown as Subset;
	}

	/** The character id that draws `gid` and stands for `text`, as 4 hex digits. */
	cid(gid: number, text: string): string {
		const key = `${gid}\u0000${text}`;
		let id = this.ids.get(key);
		if (id === undefined) {
			id = this.cids.length + 1;
			if (id > 0xffff) throw new Error('too many distinct glyphs in one font');
			this.ids.set(key, id);
			this.cids.push({
				newGid: this.subset.includeGlyph(gid),
				text,
				width: Math.round((this.font.hbFont.glyphHAdvance(gid) * 1000) / this.font.upem),
			});
		}
		return id.toString(16).padStart(4, '0');
	}

	/** The advance of a character id in 1000ths of an em (what the PDF viewer moves by). */
	width(cidHex: string): number {
		return this.cids[parseInt(cidHex, 16) - 1]?.width ?? 0;
	}

	/** Writes the font objects. Call once, after the last `cid`. */
	finish(context: PDFContext): void {
		const name = `${this.tag}+${this.fk.postscriptName.replace(/[^A-Za-z0-9-]/g, '')}`;
		const bytes = this.subset.encode();
		const scale = 1000 / this.font.upem;
		const bbox = this.fk.bbox;
		const fontFile = context.register(context.flateStream(bytes, { Length1: bytes.length }));
		const descriptor = context.register(
			context.obj({
				Type: 'FontDescriptor',
				FontName: name,
				Flags: 4,
				FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((n) => Math.round(n * scale)),
				ItalicAngle: 0,
				Ascent: Math.round(this.fk.ascent * scale),
				Descent: Math.round(this.fk.descent * scale),
				CapHeight: Math.round((this.fk.capHeight || this.fk.ascent) * scale),
				StemV: 80,
				FontFile2: fontFile,
			})
		);
		const map = new Uint8Array((this.cids.length + 1) * 2);
		this.cids.forEach((c, i) => {
			map[(i + 1) * 2] = c.newGid >> 8;
			map[(i + 1) * 2 + 1] = c.newGid & 0xff;
		});
		const widths = PDFArray.withContext(context);
		widths.push(PDFNumber.of(1));
		widths.push(context.obj(this.cids.map((c) => c.width)));
		const cidFont = context.register(
			context.obj({
				Type: 'Font',
				Subtype: 'CIDFontType2',
				BaseFont: name,
				CIDSystemInfo: {
					Registry: PDFString.of('Adobe'),
					Ordering: PDFString.of('Identity'),
					Supplement: 0,
				},
				FontDescriptor: descriptor,
				DW: 0,
				W: widths,
				CIDToGIDMap: context.register(context.flateStream(map)),
			})
		);
		const mapped = this.cids
			.map((c, i) => ({ id: i + 1, text: c.text }))
			.filter((c) => c.text !== '');
		const chunks: string[] = [];
		for (let i = 0; i < mapped.length; i += 100) {
			const part = mapped.slice(i, i + 100);
			chunks.push(
				`${part.length} beginbfchar\n${part.map((c) => `<${c.id.toString(16).padStart(4, '0')}> <${utf16Hex(c.text)}>`).join('\n')}\nendbfchar`
			);
		}
		const cmap = [
			'/CIDInit /ProcSet findresource begin',
			'12 dict begin',
			'begincmap',
			'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
			'/CMapName /Adobe-Identity-UCS def',
			'/CMapType 2 def',
			'1 begincodespacerange',
			'<0000> <ffff>',
			'endcodespacerange',
			...chunks,
			'endcmap',
			'CMapName currentdict /CMap defineresource pop',
			'end',
			'end',
		].join('\n');
		context.assign(
			this.ref,
			context.obj({
				Type: 'Font',
				Subtype: 'Type0',
				BaseFont: name,
				Encoding: 'Identity-H',
				DescendantFonts: [cidFont],
				ToUnicode: context.register(context.flateStream(cmap)),
			})
		);
	}
}
