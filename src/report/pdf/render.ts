/**
 * Drawing a laid-out document with pdf-lib: text lines (through the CID fonts), rules, shaded
 * boxes, charts as vector paths (the dashboard's geometry), internal links from the contents,
 * the outline (bookmarks), and the document's metadata. Deterministic: the same layout and
 * date give the same bytes.
 */
import {
	PDFDocument,
	PDFHexString,
	PDFName,
	PDFNull,
	PDFNumber,
	rgb,
	type PDFPage,
	type PDFRef,
} from 'pdf-lib';
import { polygonPath } from '../../domain/assessment/charts.ts';
import type { Box, Layout, Measurer, OutlineEntry, Rgb } from '../layout/layout.ts';
import type { TextStyle } from '../text/engine.ts';
import { drawLine, FontSet } from './text.ts';

export interface Metadata {
	title: string;
	author: string;
	subject: string;
	keywords: string[];
	language: string;
	/** The document's date (creation and modification), for reproducible output. */
	date: Date;
}

const ACCENT: Rgb = [0.04, 0.36, 0.68];
const INK: Rgb = [0.1, 0.12, 0.14];
const GRID: Rgb = [0.75, 0.78, 0.82];

const color = (c: Rgb) => rgb(c[0], c[1], c[2]);

/** Draws a chart whose top-left corner is at (x, y) from the page's top, scaled. */
function drawChart(
	page: PDFPage,
	fonts: FontSet,
	measure: Measurer,
	box: Extract<Box, { kind: 'chart' }>
): void {
	const { chart, scale } = box;
	const top = page.getHeight() - box.y;
	const path = (
		d: string,
		options: { stroke?: Rgb; fill?: Rgb; width?: number; dash?: number[]; opacity?: number }
	) =>
		page.drawSvgPath(d, {
			x: box.x,
			y: top,
			scale,
			...(options.stroke
				? { borderColor: color(options.stroke), borderWidth: (options.width ?? 1) / scale }
				: {}),
			...(options.fill ? { color: color(options.fill), opacity: options.opacity ?? 1 } : {}),
			...(options.dash ? { borderDashArray: options.dash } : {}),
		});
	const label = (
		text: string,
		x: number,
		y: number,
		anchor: 'start' | 'middle' | 'end',
		style: TextStyle
	) => {
		const line = measure.lines(text, style, 200)[0];
		if (!line) return;
		const px =
			box.x +
			x * scale -
			(anchor === 'middle' ? line.width / 2 : anchor === 'end' ? line.width : 0);
		drawLine(page, fonts, line, px, top - y * scale + style.size * 0.35, INK);
	};
	const style = box.labelStyle;
	if (chart.kind === 'radar') {
		for (const ring of chart.rings) path(polygonPath(ring.points), { stroke: GRID, width: 0.6 });
		for (const axis of chart.axes) {
			path(`M ${chart.center[0]} ${chart.center[1]} L ${axis.end[0]} ${axis.end[1]}`, {
				stroke: GRID,
				width: 0.6,
			});
			label(axis.label, axis.labelAt[0], axis.labelAt[1], axis.anchor, style);
		}
		path(polygonPath(chart.score.points), { fill: ACCENT, opacity: 0.2 });
		path(polygonPath(chart.score.points), { stroke: ACCENT, width: 1.6 });
		path(polygonPath(chart.target.points), { stroke: INK, width: 1, dash: [4, 3] });
	} else {
		for (const t of chart.ticks) {
			path(`M 24 ${t.y} L ${chart.width} ${t.y}`, { stroke: GRID, width: 0.6 });
			label(String(t.level), 18, t.y, 'end', style);
		}
		for (const b of chart.bars) {
			if (b.height > 0)
				path(`M ${b.x} ${b.y} h ${b.width} v ${b.height} h ${-b.width} Z`, { fill: ACCENT });
			if (b.targetY !== null)
				path(`M ${b.x - 6} ${b.targetY} L ${b.x + b.width + 6} ${b.targetY}`, {
					stroke: INK,
					width: 1.2,
					dash: [4, 3],
				});
			label(b.label, b.labelAt[0], b.labelAt[1], 'middle', style);
		}
	}
	// The key: a solid line for the score, a dashed one for the target (not colour alone).
	const keyY = top - chart.height * scale - 10;
	page.drawLine({
		start: { x: box.x, y: keyY },
		end: { x: box.x + 22, y: keyY },
		thickness: 1.6,
		color: color(ACCENT),
	});
	const scoreLine = measure.lines(box.labels.score, style, 150)[0];
	if (scoreLine) drawLine(page, fonts, scoreLine, box.x + 26, keyY - 3, INK);
	const offset = 26 + (scoreLine?.width ?? 40) + 18;
	page.drawLine({
		start: { x: box.x + offset, y: keyY },
		end: { x: box.x + offset + 22, y: keyY },
		thickness: 1,
		color: color(INK),
		dashArray: [4, 3],
	});
	const targetLine = measure.lines(box.labels.target, style, 150)[0];
	if (targetLine) drawLine(page, fonts, targetLine, box.x + offset + 26, keyY - 3, INK);
}

/** A destination on a page at a height (from the top). */
function destination(doc: PDFDocument, pageRef: PDFRef, y: number, pageHeight: number) {
	return doc.context.obj([
		pageRef,
		PDFName.of('XYZ'),
		PDFNull,
		PDFNumber.of(Math.round(pageHeight - y + 12)),
		PDFNull,
	]);
}

/** The outline (bookmarks): level-1 entries with their level-2 entries below them. */
function writeOutline(
	doc: PDFDocument,
	layout: Layout,
	pages: PDFPage[],
	entries: OutlineEntry[]
): void {
	if (entries.length === 0) return;
	const context = doc.context;
	const root = context.nextRef();
	type Node = { entry: OutlineEntry; ref: PDFRef; children: Node[] };
	const tops: Node[] = [];
	for (const entry of entries) {
		const node: Node = { entry, ref: context.nextRef(), children: [] };
		const parent = tops[tops.length - 1];
		if (entry.level === 2 && parent) parent.children.push(node);
		else tops.push(node);
	}
	const write = (nodes: Node[], parent: PDFRef) =>
		nodes.forEach((node, i) => {
			const at = layout.anchors.get(node.entry.anchor)!;
			const page = pages[at.page]!;
			const dict = context.obj({
				Title: PDFHexString.fromText(node.entry.title),
				Parent: parent,
				Dest: destination(doc, page.ref, at.y, page.getHeight()),
			});
			if (i > 0) dict.set(PDFName.of('Prev'), nodes[i - 1]!.ref);
			if (i < nodes.length - 1) dict.set(PDFName.of('Next'), nodes[i + 1]!.ref);
			if (node.children.length > 0) {
				dict.set(PDFName.of('First'), node.children[0]!.ref);
				dict.set(PDFName.of('Last'), node.children[node.children.length - 1]!.ref);
				dict.set(PDFName.of('Count'), PDFNumber.of(-node.children.length));
				write(node.children, node.ref);
			}
			context.assign(node.ref, dict);
		});
	write(tops, root);
	context.assign(
		root,
		context.obj({
			Type: 'Outlines',
			First: tops[0]!.ref,
			Last: tops[tops.length - 1]!.ref,
			Count: tops.length,
		})
	);
	doc.catalog.set(PDFName.of('Outlines'), root);
	doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Draws a layout into a new PDF document and returns its bytes. */
export async function renderPdf(
	layout: Layout,
	measure: Measurer,
	metadata: Metadata,
	size: { width: number; height: number },
	onPage?: (done: number, total: number) => void
): Promise<Uint8Array> {
	const doc = await PDFDocument.create({ updateMetadata: false });
	const fonts = new FontSet(doc.context);
	const pages = layout.pages.map(() => doc.addPage([size.width, size.height]));
	layout.pages.forEach((laid, i) => {
		const page = pages[i]!;
		const h = page.getHeight();
		for (const box of laid.boxes) {
			switch (box.kind) {
				case 'text':
					drawLine(page, fonts, box.line, box.x, h - box.y, box.color);
					break;
				case 'rule':
					page.drawLine({
						start: { x: box.x1, y: h - box.y1 },
						end: { x: box.x2, y: h - box.y2 },
						thickness: box.width,
						color: color(box.color),
					});
					break;
				case 'rect':
					page.drawRectangle({
						x: box.x,
						y: h - box.y - box.h,
						width: box.w,
						height: box.h,
						color: color(box.fill),
					});
					break;
				case 'chart':
					drawChart(page, fonts, measure, box);
					break;
				case 'link': {
					const at = layout.anchors.get(box.anchor);
					if (!at) break;
					const target = pages[at.page]!;
					const annot = doc.context.register(
						doc.context.obj({
							Type: 'Annot',
							Subtype: 'Link',
							Rect: [box.x, h - box.y - box.h, box.x + box.w, h - box.y].map(
								(n) => Math.round(n * 100) / 100
							),
							Border: [0, 0, 0],
							Dest: destination(doc, target.ref, at.y, target.getHeight()),
						})
					);
					page.node.addAnnot(annot);
					break;
				}
			}
		}
		onPage?.(i + 1, layout.pages.length);
	});
	fonts.finish();
	writeOutline(doc, layout, pages, layout.outline);
	doc.setTitle(metadata.title, { showInWindowTitleBar: true });
	doc.setAuthor(metadata.author);
	doc.setSubject(metadata.subject);
	doc.setKeywords(metadata.keywords);
	doc.setLanguage(metadata.language);
	doc.setCreator('Guidelines Workbench');
	doc.setProducer('Guidelines Workbench (pdf-lib)');
	doc.setCreationDate(metadata.date);
	doc.setModificationDate(metadata.date);
	return doc.save({ useObjectStreams: true });
}
