/**
 * The dashboard's charts, drawn from the geometry in `domain/assessment/charts.ts` (the PDF
 * report draws the same): part scores against targets as SVG with a summary in words and a
 * table, and every guideline as a cell showing its level digit (colour is never the only cue).
 */
import { useId } from 'react';
import {
	guidelineGrid,
	partChart,
	partValues,
	polygonPath,
} from '../../domain/assessment/charts.ts';
import type { SetReport } from '../../domain/assessment/scoring.ts';
import type { Text } from '../../i18n/text.ts';

export function PartChartView({
	report,
	text,
	partLabel,
}: {
	report: SetReport;
	text: Text;
	partLabel: (id: string) => string;
}) {
	const uid = useId();
	const values = partValues(
		report.parts.map((p) => ({ part: p.part, label: p.part, summary: p.summary }))
	);
	const chart = partChart(values);
	const rated = values.filter((v) => v.score !== null);
	const best = [...rated].sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0];
	const worst = [...rated].sort((a, b) => (a.score ?? 0) - (b.score ?? 0))[0];
	const summary =
		best && worst
			? text.t('dash.chart.summary', {
					parts: values.length,
					best: best.id,
					bestScore: text.number(best.score ?? 0, 2),
					worst: worst.id,
					worstScore: text.number(worst.score ?? 0, 2),
				})
			: text.t('dash.chart.summaryNone');
	const title = text.t('dash.chart.title', { set: report.title });
	return (
		<figure className="chart">
			<svg
				role="img"
				aria-labelledby={`${uid}-title ${uid}-desc`}
				viewBox={`0 0 ${chart.width} ${chart.height}`}
				width={chart.width}
				height={chart.height}
			>
				<title id={`${uid}-title`}>{title}</title>
				<desc id={`${uid}-desc`}>{summary}</desc>
				{chart.kind === 'radar' ? (
					<g>
						{chart.rings.map((ring) => (
							<path key={ring.level} d={polygonPath(ring.points)} className="chart-grid" />
						))}
						{chart.axes.map((axis) => (
							<g key={axis.id}>
								<line
									x1={chart.center[0]}
									y1={chart.center[1]}
									x2={axis.end[0]}
									y2={axis.end[1]}
									className="chart-grid"
								/>
								<text
									x={axis.labelAt[0]}
									y={axis.labelAt[1]}
									textAnchor={axis.anchor}
									dominantBaseline="middle"
									className="chart-label"
								>
									{axis.label}
								</text>
							</g>
						))}
						<path d={polygonPath(chart.target.points)} className="chart-target" />
						<path d={polygonPath(chart.score.points)} className="chart-score" />
						{chart.score.points.map(([x, y], i) =>
							chart.score.missing[i] ? null : (
								<circle key={i} cx={x} cy={y} r={3} className="chart-point" />
							)
						)}
					</g>
				) : (
					<g>
						{chart.ticks.map((t) => (
							<g key={t.level}>
								<line x1={24} x2={chart.width} y1={t.y} y2={t.y} className="chart-grid" />
								<text
									x={18}
									y={t.y}
									textAnchor="end"
									dominantBaseline="middle"
									className="chart-label"
								>
									{t.level}
								</text>
							</g>
						))}
						{chart.bars.map((b) => (
							<g key={b.id}>
								<rect x={b.x} y={b.y} width={b.width} height={b.height} className="chart-bar" />
								{b.targetY !== null && (
									<line
										x1={b.x - 6}
										x2={b.x + b.width + 6}
										y1={b.targetY}
										y2={b.targetY}
										className="chart-target"
									/>
								)}
								<text x={b.labelAt[0]} y={b.labelAt[1]} textAnchor="middle" className="chart-label">
									{b.label}
								</text>
							</g>
						))}
					</g>
				)}
			</svg>
			<figcaption>
				<ul className="chart-legend">
					<li>
						<svg width="28" height="10" aria-hidden="true" focusable="false">
							<line x1="0" x2="28" y1="5" y2="5" className="chart-score-key" />
						</svg>{' '}
						{text.t('dash.chart.score')}
					</li>
					<li>
						<svg width="28" height="10" aria-hidden="true" focusable="false">
							<line x1="0" x2="28" y1="5" y2="5" className="chart-target" />
						</svg>{' '}
						{text.t('dash.chart.target')}
					</li>
				</ul>
				<p>{summary}</p>
				<details>
					<summary>{text.t('dash.chart.table')}</summary>
					{/* Focusable, so a keyboard can scroll it where it is wider than a phone. */}
					<div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
						<table>
							<caption className="sr-only">{title}</caption>
							<thead>
								<tr>
									<th scope="col">{text.t('dash.chart.part')}</th>
									<th scope="col">{text.t('dash.chart.score')}</th>
									<th scope="col">{text.t('dash.chart.target')}</th>
									<th scope="col">{text.t('dash.completeness')}</th>
								</tr>
							</thead>
							<tbody>
								{report.parts.map((p, i) => (
									<tr key={p.part}>
										<th scope="row">{partLabel(p.part)}</th>
										<td>{values[i]!.score === null ? '—' : text.number(values[i]!.score, 2)}</td>
										<td>{values[i]!.target === null ? '—' : text.number(values[i]!.target, 2)}</td>
										<td>{text.percent(p.summary.completeness)}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				</details>
			</figcaption>
		</figure>
	);
}

/** Every guideline of the set as a cell with its level digit, in guideline order. */
export function GuidelineGridView({
	report,
	text,
	link,
}: {
	report: SetReport;
	text: Text;
	link: (id: string) => string;
	anchor: (id: string) => string;
}) {
	const uid = useId();
	const grid = guidelineGrid(report.summary.rows, 12, 36);
	const state = (r: (typeof report.summary.rows)[number]) =>
		r.status === 'not-applicable'
			? { cls: 'lvl-na', mark: '–', name: text.t('scale.notApplicable') }
			: r.status === 'unrated'
				? { cls: 'lvl-none', mark: '?', name: text.t('scale.unrated') }
				: {
						cls: `lvl-${r.level}`,
						mark: String(r.level),
						name: text.t(`scale.level.${r.level as 0}`),
					};
	return (
		<section className="level-grid-block" aria-labelledby={`${uid}-title`}>
			<h4 id={`${uid}-title`}>{text.t('dash.grid.title', { set: report.title })}</h4>
			<ol className="level-grid">
				{grid.cells.map(({ item }) => {
					const s = state(item);
					return (
						<li key={item.id}>
							<a
								className={`cell ${s.cls}`}
								href={link(item.id)}
								title={`${item.number}. ${item.title} — ${s.name}`}
								aria-label={text.t('dash.grid.cell', { number: item.number, state: s.name })}
							>
								<span aria-hidden="true">{s.mark}</span>
							</a>
						</li>
					);
				})}
			</ol>
			<p className="legend-title">{text.t('dash.grid.legend')}</p>
			<ul className="legend">
				{[0, 1, 2, 3, 4].map((l) => (
					<li key={l}>
						<span className={`cell lvl-${l}`} aria-hidden="true">
							{l}
						</span>{' '}
						{text.t(`scale.level.${l as 0}`)}
					</li>
				))}
				<li>
					<span className="cell lvl-na" aria-hidden="true">
						–
					</span>{' '}
					{text.t('scale.notApplicable')}
				</li>
				<li>
					<span className="cell lvl-none" aria-hidden="true">
						?
					</span>{' '}
					{text.t('scale.unrated')}
				</li>
			</ul>
		</section>
	);
}
