/**
 * The report's layout layer: a list of blocks (headings, paragraphs, tables, charts, the
 * contents, a sign-off) becomes pages of positioned boxes. Tables break across pages with
 * their header row repeated, and a row taller than what is left of a page continues on the
 * next one line by line: a line of text is never cut. Headings keep at least one line of what
 * follows. The contents get their page numbers in a second pass; every page gets its footer
 * ("page X of Y") once the page count is known.
 *
 * Pure: it measures through `Measurer` (the text engine) and never draws; `pdf/` draws.
 * Coordinates are points from the page's top-left corner, y growing downwards.
 */
import type { PartChart } from '../../domain/assessment/charts.ts';
import type { Weight } from '../fonts.ts';
import type { Line, TextStyle } from '../text/engine.ts';

export type Rgb = readonly [number, number, number];

/** What layout needs of the text engine. */
export interface Measurer {
	lines(text: string, style: TextStyle, maxWidth: number): Line[];
	lineHeight(style: TextStyle): number;
	baseline(style: TextStyle): number;
}

export type TextKind =
	'title' | 'subtitle' | 'h1' | 'h2' | 'h3' | 'body' | 'small' | 'muted' | 'cell' | 'header';

export const STYLES: Record<TextKind, TextStyle & { color: Rgb; before: number; after: number }> = {
	title: { size: 24, weight: 'bold', color: [0.06, 0.2, 0.4], before: 0, after: 10 },
	subtitle: { size: 15, weight: 'regular', color: [0.1, 0.12, 0.14], before: 0, after: 8 },
	h1: { size: 16, weight: 'bold', color: [0.06, 0.2, 0.4], before: 14, after: 6 },
	h2: { size: 12.5, weight: 'bold', color: [0.1, 0.12, 0.14], before: 10, after: 4 },
	h3: { size: 10.5, weight: 'bold', color: [0.1, 0.12, 0.14], before: 8, after: 2 },
	body: { size: 9.5, weight: 'regular', color: [0.1, 0.12, 0.14], before: 0, after: 5 },
	small: { size: 8, weight: 'regular', color: [0.1, 0.12, 0.14], before: 0, after: 3 },
	muted: { size: 8, weight: 'regular', color: [0.29, 0.33, 0.38], before: 0, after: 3 },
	cell: { size: 8, weight: 'regular', color: [0.1, 0.12, 0.14], before: 0, after: 0 },
	header: { size: 8, weight: 'bold', color: [0.1, 0.12, 0.14], before: 0, after: 0 },
};

export interface Column {
	title: string;
	/** Share of the table's width. */
	width: number;
}

export interface TableRow {
	cells: string[];
	/** Shaded (for example the agency's own guidelines). */
	shade?: boolean;
	/** Cells in bold. */
	bold?: boolean;
	/** At least this tall, in points (room to write in by hand). */
	minHeight?: number;
}

export type Block =
	| {
			kind: 'text';
			text: string;
			style: TextKind;
			anchor?: string;
			outline?: 1 | 2;
			align?: 'start' | 'end';
	  }
	| { kind: 'list'; items: string[]; style?: TextKind }
	| {
			kind: 'table';
			columns: Column[];
			rows: TableRow[];
			/** Whether the column titles make a header row (repeated on every page); default yes. */
			header?: boolean;
			/** Rules between the columns and at both sides too (a form to fill in); default no. */
			grid?: boolean;
	  }
	| { kind: 'chart'; chart: PartChart; labels: { score: string; target: string }; height: number }
	| { kind: 'contents'; title: string }
	| { kind: 'signature'; fields: string[] }
	| { kind: 'space'; height: number }
	/** Ruled lines to write on by hand, `spacing` points apart (default 22); they break across pages. */
	| { kind: 'lines'; count: number; spacing?: number }
	| { kind: 'pageBreak' };

export type Box =
	| { kind: 'text'; line: Line; x: number; y: number; color: Rgb }
	| { kind: 'rule'; x1: number; y1: number; x2: number; y2: number; width: number; color: Rgb }
	| { kind: 'rect'; x: number; y: number; w: number; h: number; fill: Rgb }
	| {
			kind: 'chart';
			chart: PartChart;
			x: number;
			y: number;
			scale: number;
			labelStyle: TextStyle;
			labels: { score: string; target: string };
	  }
	| { kind: 'link'; x: number; y: number; w: number; h: number; anchor: string };

export interface LaidPage {
	boxes: Box[];
}

export interface OutlineEntry {
	title: string;
	anchor: string;
	level: 1 | 2;
}

export interface Layout {
	pages: LaidPage[];
	/** Where each anchor is: page index and y. */
	anchors: Map<string, { page: number; y: number }>;
	outline: OutlineEntry[];
}

export interface PageGeometry {
	width: number;
	height: number;
	margin: { top: number; bottom: number; left: number; right: number };
}

export const A4: PageGeometry = {
	width: 595.28,
	height: 841.89,
	margin: { top: 54, bottom: 64, left: 50, right: 50 },
};

export interface Footer {
	/** `{page}` and `{pages}` are filled in. */
	pageOf: string;
	/** A short line on every page (the independence statement). */
	note: string;
}

const GREY: Rgb = [0.45, 0.48, 0.52];
const LIGHT: Rgb = [0.93, 0.94, 0.96];
const SHADE: Rgb = [0.97, 0.95, 0.88];
const CELL_PAD = 3;

class Pager {
	pages: LaidPage[] = [{ boxes: [] }];
	y: number;
	readonly top: number;
	readonly bottom: number;
	anchors = new Map<string, { page: number; y: number }>();
	readonly geometry: PageGeometry;

	constructor(geometry: PageGeometry) {
		this.geometry = geometry;
		this.top = geometry.margin.top;
		this.bottom = geometry.height - geometry.margin.bottom;
		this.y = this.top;
	}

	get page(): LaidPage {
		return this.pages[this.pages.length - 1]!;
	}

	get left(): number {
		return this.geometry.margin.left;
	}

	get width(): number {
		return this.geometry.width - this.geometry.margin.left - this.geometry.margin.right;
	}

	room(): number {
		return this.bottom - this.y;
	}

	newPage(): void {
		this.pages.push({ boxes: [] });
		this.y = this.top;
	}

	/** Makes room for `height`, starting a page when there is not enough (unless at its top). */
	ensure(height: number): void {
		if (this.y > this.top && this.y + height > this.bottom) this.newPage();
	}
}

/** Lays the blocks out. `contents` holds the page numbers found in an earlier pass. */
function pass(
	blocks: readonly Block[],
	measure: Measurer,
	geometry: PageGeometry,
	contents: Map<string, number>
): Layout {
	const p = new Pager(geometry);
	const outline: OutlineEntry[] = [];
	const lineOf = (text: string, kind: TextKind, width: number) =>
		measure.lines(text, STYLES[kind], width);

	const textLines = (
		lines: Line[],
		kind: TextKind,
		x: number,
		width: number,
		align: 'start' | 'end' = 'start'
	) => {
		const style = STYLES[kind];
		const h = measure.lineHeight(style);
		for (const line of lines) {
			p.ensure(h);
			const right = align === 'end' || line.rtl;
			p.page.boxes.push({
				kind: 'text',
				line,
				x: right ? x + width - line.width : x,
				y: p.y + measure.baseline(style),
				color: style.color,
			});
			p.y += h;
		}
	};

	blocks.forEach((block, index) => {
		switch (block.kind) {
			case 'pageBreak':
				if (p.page.boxes.length > 0) p.newPage();
				break;
			case 'space':
				p.y += block.height;
				break;
			case 'lines': {
				const spacing = block.spacing ?? 22;
				for (let i = 0; i < block.count; i++) {
					p.ensure(spacing);
					p.y += spacing;
					p.page.boxes.push({
						kind: 'rule',
						x1: p.left,
						y1: p.y,
						x2: p.left + p.width,
						y2: p.y,
						width: 0.5,
						color: GREY,
					});
				}
				p.y += 8;
				break;
			}
			case 'text': {
				const style = STYLES[block.style];
				const lines = lineOf(block.text, block.style, p.width);
				const h = measure.lineHeight(style);
				// A heading keeps its own lines and a first line of what follows together.
				const keep = block.style.startsWith('h') ? h * lines.length + h * 2 + style.before : h;
				if (p.y > p.top) p.y += style.before;
				p.ensure(keep);
				if (block.anchor) {
					p.anchors.set(block.anchor, { page: p.pages.length - 1, y: p.y });
					if (block.outline)
						outline.push({ title: block.text, anchor: block.anchor, level: block.outline });
				}
				textLines(lines, block.style, p.left, p.width, block.align);
				p.y += style.after;
				break;
			}
			case 'list': {
				const kind = block.style ?? 'body';
				const style = STYLES[kind];
				const indent = 12;
				for (const item of block.items) {
					const lines = lineOf(item, kind, p.width - indent);
					p.ensure(measure.lineHeight(style));
					const bullet = lineOf('•', kind, indent)[0]!;
					p.page.boxes.push({
						kind: 'text',
						line: bullet,
						x: p.left + 2,
						y: p.y + measure.baseline(style),
						color: style.color,
					});
					textLines(lines, kind, p.left + indent, p.width - indent);
					p.y += 1.5;
				}
				p.y += style.after;
				break;
			}
			case 'contents': {
				const style = STYLES.body;
				textLines(lineOf(block.title, 'h1', p.width), 'h1', p.left, p.width);
				p.y += STYLES.h1.after;
				// The headings that go in the outline, with the pages an earlier pass found.
				for (const entry of blocks.slice(index + 1)) {
					if (entry.kind !== 'text' || !entry.outline || !entry.anchor) continue;
					const indent = entry.outline === 2 ? 14 : 0;
					const pageNumber = String(contents.get(entry.anchor) ?? 0);
					const numberLine = lineOf(pageNumber, 'body', 40)[0]!;
					const lines = lineOf(
						entry.text,
						entry.outline === 1 ? 'h3' : 'body',
						p.width - indent - 50
					);
					const h = measure.lineHeight(style);
					p.ensure(h * lines.length);
					const top = p.y;
					textLines(
						lines,
						entry.outline === 1 ? 'h3' : 'body',
						p.left + indent,
						p.width - indent - 50
					);
					p.page.boxes.push({
						kind: 'text',
						line: numberLine,
						x: p.left + p.width - numberLine.width,
						y: top + measure.baseline(style),
						color: style.color,
					});
					p.page.boxes.push({
						kind: 'link',
						x: p.left,
						y: top,
						w: p.width,
						h: p.y - top,
						anchor: entry.anchor,
					});
				}
				p.y += style.after;
				break;
			}
			case 'table':
				layoutTable(
					p,
					measure,
					block.columns,
					block.rows,
					block.header ?? true,
					block.grid ?? false
				);
				p.y += 8;
				break;
			case 'chart': {
				const scale = Math.min(1, p.width / block.chart.width, block.height / block.chart.height);
				const h = block.chart.height * scale;
				p.ensure(h + 18);
				p.page.boxes.push({
					kind: 'chart',
					chart: block.chart,
					x: p.left,
					y: p.y,
					scale,
					labelStyle: STYLES.small,
					labels: block.labels,
				});
				p.y += h + 18;
				break;
			}
			case 'signature': {
				const style = STYLES.body;
				const h = measure.lineHeight(style);
				p.ensure(block.fields.length * (h + 26));
				for (const field of block.fields) {
					textLines(lineOf(field, 'body', 140), 'body', p.left, 140);
					const lineY = p.y + 10;
					p.page.boxes.push({
						kind: 'rule',
						x1: p.left + 150,
						y1: lineY,
						x2: p.left + p.width,
						y2: lineY,
						width: 0.6,
						color: GREY,
					});
					p.y += 22;
				}
				break;
			}
		}
	});
	return { pages: p.pages, anchors: p.anchors, outline };
}

/** A table: header row on every page it spans; rows split between lines when they must. */
function layoutTable(
	p: Pager,
	measure: Measurer,
	columns: Column[],
	rows: TableRow[],
	header: boolean,
	grid: boolean
): void {
	const total = columns.reduce((s, c) => s + c.width, 0);
	const widths = columns.map((c) => (c.width / total) * p.width);
	const xs = widths.map((_, i) => p.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
	const cellStyle = STYLES.cell;
	const lh = measure.lineHeight(cellStyle);
	const headerLines = columns.map((c, i) =>
		measure.lines(c.title, STYLES.header, widths[i]! - 2 * CELL_PAD)
	);
	const headerHeight = header
		? Math.max(...headerLines.map((l) => l.length)) * lh + 2 * CELL_PAD
		: 0;

	/** Line `j` of a cell in column `i`, from the top of the row at `p.y`. */
	const cellLine = (line: Line, i: number, j: number, kind: TextKind) =>
		p.page.boxes.push({
			kind: 'text',
			line,
			x: line.rtl ? xs[i]! + widths[i]! - CELL_PAD - line.width : xs[i]! + CELL_PAD,
			y: p.y + CELL_PAD + j * lh + measure.baseline(STYLES[kind]),
			color: STYLES[kind].color,
		});
	/** A rule across the table at `p.y`. */
	const rule = () =>
		p.page.boxes.push({
			kind: 'rule',
			x1: p.left,
			y1: p.y,
			x2: p.left + p.width,
			y2: p.y,
			width: 0.4,
			color: GREY,
		});

	/** With a grid, rules down the sides and between the columns, `h` tall from `p.y`. */
	const columnRules = (h: number) => {
		if (!grid) return;
		for (const x of [...xs, p.left + p.width])
			p.page.boxes.push({
				kind: 'rule',
				x1: x,
				y1: p.y,
				x2: x,
				y2: p.y + h,
				width: 0.4,
				color: GREY,
			});
	};

	const drawHeader = () => {
		if (!header) return;
		p.page.boxes.push({
			kind: 'rect',
			x: p.left,
			y: p.y,
			w: p.width,
			h: headerHeight,
			fill: LIGHT,
		});
		headerLines.forEach((lines, i) => lines.forEach((line, j) => cellLine(line, i, j, 'header')));
		columnRules(headerHeight);
		if (grid) rule();
		p.y += headerHeight;
	};

	p.ensure(headerHeight + lh + 2 * CELL_PAD);
	drawHeader();
	// Without a header, a rule closes the table at the top as the rows' rules do below.
	if (!header) rule();
	for (const row of rows) {
		const kind: TextKind = row.bold ? 'header' : 'cell';
		const cells = row.cells.map((text, i) =>
			measure.lines(text, STYLES[kind], widths[i]! - 2 * CELL_PAD)
		);
		let from = 0;
		// A row kept tall for writing counts as that many (empty) lines, so it breaks the same way.
		const most = Math.max(
			1,
			...cells.map((c) => c.length),
			Math.ceil(((row.minHeight ?? 0) - 2 * CELL_PAD) / lh)
		);
		while (from < most) {
			// How many more lines fit on this page (at least one on a fresh page).
			let fit = Math.floor((p.bottom - p.y - 2 * CELL_PAD) / lh);
			if (fit < 1 || (from === 0 && fit < Math.min(most, 3))) {
				p.newPage();
				drawHeader();
				fit = Math.floor((p.bottom - p.y - 2 * CELL_PAD) / lh);
			}
			const count = Math.min(most - from, Math.max(1, fit));
			const h = count * lh + 2 * CELL_PAD;
			if (row.shade)
				p.page.boxes.push({ kind: 'rect', x: p.left, y: p.y, w: p.width, h, fill: SHADE });
			cells.forEach((lines, i) =>
				lines.slice(from, from + count).forEach((line, j) => cellLine(line, i, j, kind))
			);
			columnRules(h);
			p.y += h;
			rule();
			from += count;
		}
	}
}

/** The footer of every page: the note on the left, "page X of Y" on the right. */
function footers(layout: Layout, measure: Measurer, geometry: PageGeometry, footer: Footer): void {
	const style = STYLES.muted;
	const width = geometry.width - geometry.margin.left - geometry.margin.right;
	const y = geometry.height - geometry.margin.bottom + 22;
	layout.pages.forEach((page, i) => {
		const pageOf = measure.lines(
			footer.pageOf
				.replace('{page}', String(i + 1))
				.replace('{pages}', String(layout.pages.length)),
			style,
			120
		)[0]!;
		page.boxes.push({
			kind: 'rule',
			x1: geometry.margin.left,
			y1: y - 12,
			x2: geometry.margin.left + width,
			y2: y - 12,
			width: 0.4,
			color: GREY,
		});
		page.boxes.push({
			kind: 'text',
			line: pageOf,
			x: geometry.margin.left + width - pageOf.width,
			y,
			color: style.color,
		});
		measure.lines(footer.note, style, width - 140).forEach((line, j) =>
			page.boxes.push({
				kind: 'text',
				line,
				x: geometry.margin.left,
				y: y + j * measure.lineHeight(style),
				color: style.color,
			})
		);
	});
}

/** Lays a document out: a first pass finds the pages, a second writes them into the contents. */
export function layoutDocument(
	blocks: readonly Block[],
	measure: Measurer,
	footer: Footer,
	geometry: PageGeometry = A4
): Layout {
	const first = pass(blocks, measure, geometry, new Map());
	const numbers = new Map([...first.anchors].map(([anchor, at]) => [anchor, at.page + 1]));
	const second = pass(blocks, measure, geometry, numbers);
	// Page numbers are short: the second pass has the same pages. Check rather than assume.
	const again = new Map([...second.anchors].map(([anchor, at]) => [anchor, at.page + 1]));
	const final = [...again].every(([a, n]) => numbers.get(a) === n)
		? second
		: pass(blocks, measure, geometry, again);
	footers(final, measure, geometry, footer);
	return final;
}

/** Every text a document's blocks hold, with its weight (for loading just the fonts needed). */
export function textsOf(
	blocks: readonly Block[],
	footer: Footer
): { text: string; weight: Weight }[] {
	const out: { text: string; weight: Weight }[] = [
		{ text: footer.note, weight: 'regular' },
		{ text: footer.pageOf, weight: 'regular' },
	];
	for (const b of blocks) {
		if (b.kind === 'text') out.push({ text: b.text, weight: STYLES[b.style].weight });
		else if (b.kind === 'list') b.items.forEach((text) => out.push({ text, weight: 'regular' }));
		else if (b.kind === 'table') {
			b.columns.forEach((c) => out.push({ text: c.title, weight: 'bold' }));
			b.rows.forEach((r) =>
				r.cells.forEach((text) => out.push({ text, weight: r.bold ? 'bold' : 'regular' }))
			);
		} else if (b.kind === 'chart') {
			const labels =
				b.chart.kind === 'radar'
					? b.chart.axes.map((a) => a.label)
					: b.chart.bars.map((x) => x.label);
			labels.forEach((text) => out.push({ text, weight: 'regular' }));
			out.push({ text: `${b.labels.score} ${b.labels.target} 01234`, weight: 'regular' });
		} else if (b.kind === 'contents') out.push({ text: `${b.title} 0123456789`, weight: 'bold' });
		else if (b.kind === 'signature')
			b.fields.forEach((text) => out.push({ text, weight: 'regular' }));
	}
	return out;
}
