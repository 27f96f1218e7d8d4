/**
 * Chart geometry, computed once and drawn twice: as accessible SVG on the dashboard and as
 * vector paths in the PDF report. Pure numbers in a box of the caller's size; y grows
 * downwards (as in SVG; the PDF layer flips it). Labels are the caller's, already localised.
 */
import type { Summary } from './scoring.ts';
import { meanTarget } from './scoring.ts';

export type Point = readonly [number, number];

/** One part's values in a part chart. */
export interface PartValue {
	/** Part id, e.g. `A`. */
	id: string;
	label: string;
	/** 0–4, or null when nothing of the part is rated. */
	score: number | null;
	/** 0–4 (weighted mean target of the rated guidelines), or null. */
	target: number | null;
}

/** The values of a set's parts, from their summaries. */
export function partValues(
	parts: readonly { part: string; label: string; summary: Summary }[]
): PartValue[] {
	return parts.map((p) => ({
		id: p.part,
		label: p.label,
		score: p.summary.score,
		target: meanTarget(p.summary),
	}));
}

export interface RadarChart {
	kind: 'radar';
	width: number;
	height: number;
	center: Point;
	radius: number;
	/** One spoke per part, clockwise from the top, with where its label goes. */
	axes: {
		id: string;
		label: string;
		end: Point;
		labelAt: Point;
		anchor: 'start' | 'middle' | 'end';
	}[];
	/** Rings at levels 1–4. */
	rings: { level: number; points: Point[] }[];
	/** Score and target polygons; an unrated part sits at the centre and is marked `missing`. */
	score: { points: Point[]; missing: boolean[] };
	target: { points: Point[]; missing: boolean[] };
}

export interface BarChart {
	kind: 'bar';
	width: number;
	height: number;
	/** The 0–4 scale on the left: a tick per level with its y. */
	ticks: { level: number; y: number }[];
	/** Where the bars stand. */
	baseline: number;
	bars: {
		id: string;
		label: string;
		labelAt: Point;
		/** The bar's box; height 0 when unrated. */
		x: number;
		y: number;
		width: number;
		height: number;
		missing: boolean;
		/** The target as a horizontal mark across the bar, or null. */
		targetY: number | null;
	}[];
}

export type PartChart = RadarChart | BarChart;

const MAX_LEVEL = 4;

/** A radar of part scores against targets for three or more parts; bars for fewer. */
export function partChart(values: readonly PartValue[], width = 360, height = 300): PartChart {
	return values.length >= 3 ? radar(values, width, height) : bars(values, width, height);
}

function radar(values: readonly PartValue[], width: number, height: number): RadarChart {
	const center: Point = [width / 2, height / 2];
	// Room for labels around the circle.
	const radius = Math.max(10, Math.min(width, height) / 2 - 44);
	const n = values.length;
	const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
	const at = (i: number, r: number): Point => [
		round(center[0] + r * Math.cos(angle(i))),
		round(center[1] + r * Math.sin(angle(i))),
	];
	const polygon = (pick: (v: PartValue) => number | null) => ({
		points: values.map((v, i) =>
			at(i, (Math.min(MAX_LEVEL, Math.max(0, pick(v) ?? 0)) / MAX_LEVEL) * radius)
		),
		missing: values.map((v) => pick(v) === null),
	});
	return {
		kind: 'radar',
		width,
		height,
		center,
		radius,
		axes: values.map((v, i) => {
			const cos = Math.cos(angle(i));
			return {
				id: v.id,
				label: v.label,
				end: at(i, radius),
				labelAt: at(i, radius + 14),
				anchor: Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end',
			};
		}),
		rings: [1, 2, 3, 4].map((level) => ({
			level,
			points: values.map((_, i) => at(i, (level / MAX_LEVEL) * radius)),
		})),
		score: polygon((v) => v.score),
		target: polygon((v) => v.target),
	};
}

function bars(values: readonly PartValue[], width: number, height: number): BarChart {
	const left = 28;
	const top = 12;
	const bottom = height - 36;
	const plot = bottom - top;
	const slot = (width - left) / Math.max(1, values.length);
	const barWidth = Math.min(80, slot * 0.5);
	const y = (level: number) =>
		round(bottom - (Math.min(MAX_LEVEL, Math.max(0, level)) / MAX_LEVEL) * plot);
	return {
		kind: 'bar',
		width,
		height,
		baseline: bottom,
		ticks: [0, 1, 2, 3, 4].map((level) => ({ level, y: y(level) })),
		bars: values.map((v, i) => {
			const x = round(left + slot * i + (slot - barWidth) / 2);
			const topY = y(v.score ?? 0);
			return {
				id: v.id,
				label: v.label,
				labelAt: [round(x + barWidth / 2), bottom + 16] as Point,
				x,
				y: topY,
				width: round(barWidth),
				height: round(bottom - topY),
				missing: v.score === null,
				targetY: v.target === null ? null : y(v.target),
			};
		}),
	};
}

/** Cells of a grid of guidelines, in guideline order, `columns` wide. */
export interface GridCell<T> {
	item: T;
	column: number;
	row: number;
	x: number;
	y: number;
}

export function guidelineGrid<T>(items: readonly T[], columns: number, cell: number, gap = 4) {
	const cells: GridCell<T>[] = items.map((item, i) => {
		const column = i % columns;
		const row = Math.floor(i / columns);
		return { item, column, row, x: column * (cell + gap), y: row * (cell + gap) };
	});
	const rows = Math.ceil(items.length / columns);
	return {
		cells,
		width: Math.min(items.length, columns) * (cell + gap) - (items.length > 0 ? gap : 0),
		height: rows * (cell + gap) - (rows > 0 ? gap : 0),
	};
}

/** SVG path data (`M x y L … Z`) of a closed polygon. */
export function polygonPath(points: readonly Point[]): string {
	return points.length === 0 ? '' : `M ${points.map(([x, y]) => `${x} ${y}`).join(' L ')} Z`;
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}
