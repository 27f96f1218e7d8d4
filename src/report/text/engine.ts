/**
 * The report's text layer: which font draws each character (fallback across the Noto faces,
 * a face loaded only when the text needs it), right-to-left and mixed text ordered with the
 * Unicode bidi algorithm (bidi-js), every run shaped by HarfBuzz (Arabic joining, marks,
 * kerning, emoji sequences), measuring, and line breaking that never loses a character: a
 * word longer than the line is broken between graphemes. A character no font has becomes a
 * visible replacement box, never a blank.
 *
 * Sizes here are in points; glyph metrics stay in font units until drawn.
 */
import bidiFactory from 'bidi-js';
import * as hb from 'harfbuzzjs';
import LineBreaker from 'linebreak';
import { FACES, mayCover, type Face, type FontLoader, type Weight } from '../fonts.ts';
import { cleanText } from './sanitize.ts';

const bidi = bidiFactory();

/** A face loaded at one weight. */
export interface LoadedFace {
	key: string;
	face: Face;
	weight: Weight;
	bytes: Uint8Array;
	upem: number;
	hbFont: hb.Font;
	unicodes: ReadonlySet<number>;
}

export interface ShapedGlyph {
	gid: number;
	/** The characters this glyph stands for (empty for a second glyph of one character). */
	text: string;
	/** Advance and offsets in font units. */
	ax: number;
	dx: number;
	dy: number;
}

/** A run of text in one face and direction, shaped, in visual glyph order. */
export interface ShapedRun {
	/** Null: characters no font has, drawn as replacement boxes. */
	font: LoadedFace | null;
	rtl: boolean;
	text: string;
	glyphs: ShapedGlyph[];
	size: number;
	/** Width in points. */
	width: number;
}

export interface Line {
	/** Runs in visual order, left to right. */
	runs: ShapedRun[];
	width: number;
	/** The paragraph's direction (right-to-left lines are aligned to the right). */
	rtl: boolean;
}

export interface TextStyle {
	size: number;
	weight: Weight;
}

/** Width of the replacement box drawn for a character no font has, in em. */
export const MISSING_WIDTH = 0.6;

const segmenterGraphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A run of text one face draws (indices into the text). */
interface FontRun {
	font: LoadedFace | null;
	start: number;
	end: number;
}

/** Characters that may join others into one grapheme (marks, joiners, selectors, emoji, jamo). */
const COMBINING =
	/\p{M}|\u200C|\u200D|[\uFE00-\uFE0F]|\u20E3|[\u1100-\u11FF]|[\u{1F000}-\u{1FAFF}]|[\u{E0000}-\u{E007F}]/u;

/** Characters of right-to-left scripts (and explicit bidi controls): only then is bidi run. */
const RTL =
	/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202B\u202E\u2067\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

const PUNCTUATION = /^[\s\p{P}\p{Zs}]+$/u;

/** The code points of a text as graphemes (for text in which none combine). */
function* codePoints(text: string): Generator<{ segment: string; index: number }> {
	let index = 0;
	for (const segment of text) {
		yield { segment, index };
		index += segment.length;
	}
}

/** Characters that take the font of what they follow (joiners, selectors, tags, marks). */
function isFollower(cp: number): boolean {
	return (
		cp === 0x200c ||
		cp === 0x200d ||
		cp === 0x20e3 ||
		(cp >= 0xfe00 && cp <= 0xfe0f) ||
		(cp >= 0xe0020 && cp <= 0xe007f) ||
		(cp >= 0x1f3fb && cp <= 0x1f3ff) ||
		/\p{M}/u.test(String.fromCodePoint(cp))
	);
}

export class TextEngine {
	private readonly loader: FontLoader;
	private readonly loaded = new Map<string, Promise<LoadedFace | null>>();
	private readonly ready = new Map<string, LoadedFace | null>();
	private readonly shapeCache = new Map<string, ShapedGlyph[]>();
	private readonly faceCache = new Map<string, LoadedFace | null>();
	private readonly runsCache = new Map<string, FontRun[]>();
	private readonly linesCache = new Map<string, Line[]>();

	constructor(loader: FontLoader) {
		this.loader = loader;
	}

	/** Every face loaded so far. */
	faces(): LoadedFace[] {
		return [...this.ready.values()].filter((f): f is LoadedFace => f !== null);
	}

	private load(face: Face, weight: Weight): Promise<LoadedFace | null> {
		const file = face.files[weight] ?? face.files.regular;
		const key = `${face.id}-${face.files[weight] ? weight : 'regular'}`;
		let promise = this.loaded.get(key);
		if (!promise) {
			promise = this.loader(file).then(
				(bytes) => {
					const hbFace = new hb.Face(new hb.Blob(bytes));
					const loaded: LoadedFace = {
						key,
						face,
						weight,
						bytes,
						upem: hbFace.upem,
						hbFont: new hb.Font(hbFace),
						unicodes: new Set(hbFace.collectUnicodes()),
					};
					this.ready.set(key, loaded);
					return loaded;
				},
				() => {
					this.ready.set(key, null);
					return null;
				}
			);
			this.loaded.set(key, promise);
		}
		return promise;
	}

	private readyFace(face: Face, weight: Weight): LoadedFace | null | undefined {
		const key = `${face.id}-${face.files[weight] ? weight : 'regular'}`;
		return this.ready.get(key);
	}

	/**
	 * Loads the faces these texts need, and only those. Call before laying the texts out; a
	 * text not prepared falls back to the faces already loaded.
	 */
	async prepare(texts: Iterable<{ text: string; weight: Weight }>): Promise<void> {
		const sans = FACES[0]!;
		const list = [...texts];
		// The first face in every weight used, first: it has Latin, Greek, Cyrillic and most
		// punctuation, and what it has needs no other face.
		const weights = new Set<Weight>(['regular', ...list.map((t) => t.weight)]);
		await Promise.all([...weights].map((weight) => this.load(sans, weight)));
		const wanted = new Map<string, { face: Face; weight: Weight }>();
		for (const { text, weight } of list) {
			const first = this.readyFace(sans, weight) ?? this.readyFace(sans, 'regular');
			for (const ch of cleanText(text)) {
				const cp = ch.codePointAt(0)!;
				if (cp < 0x0370 || first?.unicodes.has(cp)) continue;
				for (const face of FACES.slice(1))
					if (mayCover(face, cp)) wanted.set(`${face.id}-${weight}`, { face, weight });
			}
		}
		await Promise.all([...wanted.values()].map(({ face, weight }) => this.load(face, weight)));
	}

	/** The face that draws a grapheme: the first loaded face that has all its characters. */
	private faceFor(grapheme: string, weight: Weight): LoadedFace | null {
		const key = `${weight}|${grapheme}`;
		let face = this.faceCache.get(key);
		if (face === undefined) {
			face = this.findFace(grapheme, weight);
			// Faces load in `prepare`; what is cached before that could change.
			if (face) this.faceCache.set(key, face);
		}
		return face;
	}

	private findFace(grapheme: string, weight: Weight): LoadedFace | null {
		const cps = [...grapheme].map((c) => c.codePointAt(0)!);
		const base = cps[0]!;
		for (const face of FACES) {
			if (!mayCover(face, base)) continue;
			const loaded = this.readyFace(face, weight) ?? this.readyFace(face, 'regular');
			if (!loaded) continue;
			if (cps.every((cp) => loaded.unicodes.has(cp) || isFollower(cp)))
				if (loaded.unicodes.has(base)) return loaded;
		}
		return null;
	}

	/** Shapes a run in font units (cached). */
	private shape(font: LoadedFace, text: string, rtl: boolean): ShapedGlyph[] {
		const key = `${font.key}|${rtl ? 'r' : 'l'}|${text}`;
		const cached = this.shapeCache.get(key);
		if (cached) return cached;
		const buffer = new hb.Buffer();
		buffer.addText(text);
		buffer.guessSegmentProperties();
		buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
		buffer.setClusterLevel(hb.ClusterLevel.MONOTONE_CHARACTERS);
		hb.shape(font.hbFont, buffer);
		const infos = buffer.getGlyphInfos();
		const positions = buffer.getGlyphPositions();
		// Each cluster's characters go to its first glyph in logical order. Clusters are
		// monotone (MONOTONE_CHARACTERS): in logical order, a cluster's glyphs are together
		// and it ends where the next cluster starts.
		const n = infos.length;
		const logical = (k: number) => (rtl ? n - 1 - k : k);
		const texts: string[] = new Array<string>(n).fill('');
		for (let k = 0; k < n;) {
			const i = logical(k);
			const cluster = infos[i]!.cluster;
			let next = k + 1;
			while (next < n && infos[logical(next)]!.cluster === cluster) next++;
			texts[i] = text.slice(cluster, next < n ? infos[logical(next)]!.cluster : text.length);
			k = next;
		}
		const glyphs = infos.map((g, i) => ({
			gid: g.codepoint,
			text: texts[i]!,
			ax: positions[i]!.xAdvance,
			dx: positions[i]!.xOffset,
			dy: positions[i]!.yOffset,
		}));
		if (this.shapeCache.size > 50_000) this.shapeCache.clear();
		this.shapeCache.set(key, glyphs);
		return glyphs;
	}

	/** A shaped run at a size. */
	private run(font: LoadedFace | null, text: string, rtl: boolean, size: number): ShapedRun {
		if (!font) {
			const count = [...segmenterGraphemes.segment(text)].length;
			return { font, rtl, text, glyphs: [], size, width: count * MISSING_WIDTH * size };
		}
		const glyphs = this.shape(font, text, rtl);
		const units = glyphs.reduce((sum, g) => sum + g.ax, 0);
		return { font, rtl, text, glyphs, size, width: (units * size) / font.upem };
	}

	/**
	 * Splits text into runs of one face, keeping joiners and marks with what they follow.
	 * Graphemes come from Intl.Segmenter only where a character can combine with another.
	 */
	private fontRuns(text: string, weight: Weight): FontRun[] {
		const key = `${weight}|${text}`;
		const cached = this.runsCache.get(key);
		if (cached) return cached;
		const runs: FontRun[] = [];
		const graphemes: Iterable<{ segment: string; index: number }> = COMBINING.test(text)
			? segmenterGraphemes.segment(text)
			: codePoints(text);
		for (const { segment, index } of graphemes) {
			const last = runs[runs.length - 1];
			let font = this.faceFor(segment, weight);
			// Spaces and punctuation stay in the run they are in when its face has them.
			if (last?.font && font !== last.font && PUNCTUATION.test(segment))
				if ([...segment].every((c) => last.font!.unicodes.has(c.codePointAt(0)!))) font = last.font;
			if (last && last.font === font) last.end = index + segment.length;
			else runs.push({ font, start: index, end: index + segment.length });
		}
		if (this.runsCache.size > 50_000) this.runsCache.clear();
		this.runsCache.set(key, runs);
		return runs;
	}

	/** The width of a text on one line, in points. */
	width(text: string, style: TextStyle): number {
		const clean = cleanText(text).replace(/\n/g, ' ');
		return this.fontRuns(clean, style.weight).reduce(
			(sum, r) => sum + this.run(r.font, clean.slice(r.start, r.end), false, style.size).width,
			0
		);
	}

	/** The height of a line of text, in points. */
	lineHeight(style: TextStyle): number {
		return style.size * 1.4;
	}

	/** Where the baseline sits below the top of a line, in points. */
	baseline(style: TextStyle): number {
		return style.size * 1.1;
	}

	/**
	 * Lays a text out in lines no wider than `maxWidth`: paragraphs at line breaks, words at
	 * spaces (and between CJK words), a word too long for a line between its graphemes.
	 */
	lines(text: string, style: TextStyle, maxWidth: number): Line[] {
		const key = `${style.size}|${style.weight}|${maxWidth}|${text}`;
		const cached = this.linesCache.get(key);
		if (cached) return cached;
		const out: Line[] = [];
		if (this.linesCache.size > 20_000) this.linesCache.clear();
		this.linesCache.set(key, out);
		for (const paragraph of cleanText(text).split('\n'))
			out.push(...this.paragraphLines(paragraph, style, maxWidth));
		return out;
	}

	private paragraphLines(text: string, style: TextStyle, maxWidth: number): Line[] {
		if (text.trim() === '') return [{ runs: [], width: 0, rtl: false }];
		// Bidi only where right-to-left text is: otherwise every level is 0.
		const levels = RTL.test(text)
			? bidi.getEmbeddingLevels(text, 'auto')
			: {
					levels: new Uint8Array(text.length),
					paragraphs: [{ start: 0, end: text.length - 1, level: 0 }],
				};
		const rtl = (levels.paragraphs[0]?.level ?? 0) % 2 === 1;
		const breaks = this.breakPoints(text, style, maxWidth);
		const lines: Line[] = [];
		for (let i = 0; i < breaks.length - 1; i++)
			lines.push(this.line(text, levels, breaks[i]!, breaks[i + 1]!, style, rtl));
		return lines;
	}

	/** Where lines start: indices into the paragraph (the last one is its length). */
	private breakPoints(text: string, style: TextStyle, maxWidth: number): number[] {
		// Tokens: what lies between two break opportunities of UAX #14 (a word with its
		// punctuation and the spaces after it; one ideograph).
		const tokens: { start: number; end: number; contentEnd: number }[] = [];
		const breaker = new LineBreaker(text);
		let start = 0;
		for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
			let contentEnd = b.position;
			while (contentEnd > start && /\s/u.test(text[contentEnd - 1]!)) contentEnd--;
			tokens.push({ start, end: b.position, contentEnd });
			start = b.position;
		}
		const widthOf = (start: number, end: number) => this.width(text.slice(start, end), style);
		const starts: number[] = [0];
		let lineWidth = 0;
		for (const token of tokens) {
			const content = widthOf(token.start, token.contentEnd);
			const spaces = token.end > token.contentEnd ? widthOf(token.contentEnd, token.end) : 0;
			if (lineWidth > 0 && lineWidth + content > maxWidth + 0.01) {
				starts.push(token.start);
				lineWidth = 0;
			}
			if (content > maxWidth + 0.01) {
				// A word longer than a line: break it between graphemes.
				let pieceWidth = lineWidth;
				for (const { segment, index } of segmenterGraphemes.segment(
					text.slice(token.start, token.contentEnd)
				)) {
					const w = widthOf(token.start + index, token.start + index + segment.length);
					if (pieceWidth > 0 && pieceWidth + w > maxWidth + 0.01) {
						starts.push(token.start + index);
						pieceWidth = 0;
					}
					pieceWidth += w;
				}
				lineWidth = pieceWidth + spaces;
				continue;
			}
			lineWidth += content + spaces;
		}
		starts.push(text.length);
		return [...new Set(starts)].sort((a, b) => a - b);
	}

	/** One line, its runs shaped and in visual order (UAX #9, rule L2). */
	private line(
		text: string,
		levels: ReturnType<typeof bidi.getEmbeddingLevels>,
		start: number,
		end: number,
		style: TextStyle,
		rtl: boolean
	): Line {
		// Trailing spaces are not drawn (and take the paragraph's level: rule L1).
		let stop = end;
		while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
		const pieces: { font: LoadedFace | null; level: number; start: number; end: number }[] = [];
		for (const r of this.fontRuns(text.slice(start, stop), style.weight)) {
			for (let i = start + r.start; i < start + r.end; i++) {
				const level = levels.levels[i] ?? 0;
				const last = pieces[pieces.length - 1];
				if (last && last.font === r.font && last.level === level && last.end === i)
					last.end = i + 1;
				else pieces.push({ font: r.font, level, start: i, end: i + 1 });
			}
		}
		// Keep surrogate pairs and graphemes whole: merge pieces split inside one.
		const merged = pieces.reduce<typeof pieces>((acc, p) => {
			const last = acc[acc.length - 1];
			if (last && last.font === p.font && last.level === p.level && last.end === p.start)
				last.end = p.end;
			else acc.push({ ...p });
			return acc;
		}, []);
		// Rule L2: from the highest level down to the lowest odd one, reverse every sequence of
		// pieces at that level or higher.
		const maxLevel = Math.max(0, ...merged.map((p) => p.level));
		const lowestOdd = Math.min(
			...merged.map((p) => p.level).filter((l) => l % 2 === 1),
			maxLevel + 1
		);
		let visual = merged;
		for (let level = maxLevel; level >= lowestOdd && level > 0; level--) {
			const next: typeof merged = [];
			let i = 0;
			while (i < visual.length) {
				if (visual[i]!.level >= level) {
					let j = i;
					while (j < visual.length && visual[j]!.level >= level) j++;
					next.push(...visual.slice(i, j).reverse());
					i = j;
				} else next.push(visual[i++]!);
			}
			visual = next;
		}
		const runs = visual.map((p) =>
			this.run(p.font, text.slice(p.start, p.end), p.level % 2 === 1, style.size)
		);
		return { runs, width: runs.reduce((w, r) => w + r.width, 0), rtl };
	}
}
