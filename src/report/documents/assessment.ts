/**
 * The assessment report, as blocks: cover, contents, executive summary, per set its part chart
 * and workbook table, the evidence index, the action plan, the appendix that shows how every
 * score was computed (from the same breakdown the dashboard shows), and the sign-off. Every
 * word of the report's own comes from the strings of the chosen language.
 */
import { partChart, partValues } from '../../domain/assessment/charts.ts';
import type { Catalogue } from '../../domain/assessment/catalogue.ts';
import { assessedSets } from '../../domain/assessment/guidelines.ts';
import { PRIORITIES, type Assessment } from '../../domain/assessment/model.ts';
import { recordOf, reportScope, type Summary } from '../../domain/assessment/scoring.ts';
import type { Locale } from '../../domain/locales.ts';
import { headingLabel } from '../../domain/navigation.ts';
import type { AssessStrings } from '../../components/assess/strings.ts';
import { makeText } from '../../i18n/text.ts';
import type { Block, Footer, TableRow } from '../layout/layout.ts';

export interface ReportOptions {
	locale: Locale;
	/** Only these sets of the scope (all by default). */
	sets?: readonly string[];
	/** The report's date, `YYYY-MM-DD`. */
	date: string;
}

export interface ReportDocument {
	blocks: Block[];
	footer: Footer;
	title: string;
	author: string;
	subject: string;
	keywords: string[];
}

/** Builds the report of an assessment. */
export function assessmentReport(
	a: Assessment,
	catalogue: Catalogue,
	strings: AssessStrings,
	options: ReportOptions
): ReportDocument {
	const text = makeText(options.locale, strings);
	const { t } = text;
	const sets = assessedSets(a, catalogue).filter(
		(s) => !options.sets || options.sets.includes(s.scope.set)
	);
	const reports = reportScope(sets, a.guidelines);
	const level = (l: number | null) =>
		l === null ? t('scale.unrated') : t(`scale.level.${l as 0}`);
	const pct = (v: number | null) => text.percent(v);
	const num = (v: number | null) => (v === null ? '—' : text.number(v, 2));
	const guidelineName = (set: string, number: number, title: string) =>
		`${set.toUpperCase()} ${number}. ${title}`;
	const blocks: Block[] = [];

	// Cover.
	blocks.push(
		{ kind: 'space', height: 60 },
		{ kind: 'text', text: t('report.title'), style: 'title' },
		{ kind: 'text', text: a.title, style: 'subtitle' },
		{ kind: 'space', height: 16 },
		{
			kind: 'table',
			header: false,
			columns: [
				{ title: '', width: 1 },
				{ title: '', width: 2.4 },
			],
			rows: [
				{
					cells: [
						t('report.organisation'),
						[a.organisation.name, a.organisation.country].filter(Boolean).join(', ') || '—',
					],
				},
				{
					cells: [
						t('report.scope'),
						sets
							.map((s) =>
								t('report.scopeItem', {
									set: s.catalogue?.title ?? s.scope.set.toUpperCase(),
									edition: s.scope.edition,
								})
							)
							.join('\n'),
					],
				},
				{ cells: [t('report.date'), text.date(options.date)] },
				{
					cells: [
						t('report.assessors'),
						a.assessors
							.map((x) => (x.role ? t('report.assessor', { name: x.name, role: x.role }) : x.name))
							.join('\n') || '—',
					],
				},
			],
		},
		{ kind: 'space', height: 10 },
		{ kind: 'text', text: t('report.statement'), style: 'body' },
		{ kind: 'pageBreak' },
		{ kind: 'contents', title: t('report.contents') },
		{ kind: 'pageBreak' }
	);

	// Executive summary.
	blocks.push(
		{ kind: 'text', text: t('report.summary'), style: 'h1', anchor: 'summary', outline: 1 },
		{ kind: 'text', text: t('report.summaryIntro'), style: 'body' },
		{
			kind: 'table',
			columns: [
				{ title: t('report.col.set'), width: 2.2 },
				{ title: t('report.col.score'), width: 1.05 },
				{ title: t('dash.completeness'), width: 1.2 },
				{ title: t('dash.evidenceCoverage'), width: 1.45 },
				{ title: t('dash.percentToTarget'), width: 1.25 },
				{ title: t('report.col.ready'), width: 1.05 },
			],
			rows: reports.map((r) => ({
				cells: [
					t('report.set', { set: r.title, edition: r.edition }),
					r.summary.score === null ? '—' : `${num(r.summary.score)} (${pct(r.summary.percent)})`,
					pct(r.summary.completeness),
					pct(r.summary.evidenceCoverage),
					pct(r.summary.percentToTarget),
					r.readiness.ready ? t('report.ready') : t('report.notReady'),
				],
			})),
		}
	);
	for (const r of reports) {
		if (r.readiness.blockers.length > 0) {
			blocks.push(
				{ kind: 'text', text: t('report.blockers', { set: r.title }), style: 'h3' },
				{
					kind: 'list',
					style: 'small',
					items: r.readiness.blockers.map((b) =>
						t('report.blocker', {
							guideline: guidelineName(r.set, b.number, b.title),
							reasons: b.reasons.map((x) => t(`dash.blocker.${x}`)).join(', '),
						})
					),
				}
			);
		}
		if (r.gaps.length > 0)
			blocks.push(
				{ kind: 'text', text: t('report.gaps', { set: r.title }), style: 'h3' },
				{
					kind: 'list',
					style: 'small',
					items: r.gaps.slice(0, 5).map((g) =>
						t('report.gap', {
							guideline: guidelineName(r.set, g.number, g.title),
							level: g.level ?? '—',
							target: g.target,
						})
					),
				}
			);
	}

	// Per set: chart and workbook table.
	sets.forEach((set, i) => {
		const r = reports[i]!;
		const partLabel = (id: string) =>
			headingLabel(
				{ id, title: set.parts.find((p) => p.id === id)?.title ?? null },
				'part',
				t('set.untitled')
			);
		blocks.push(
			{ kind: 'pageBreak' },
			{
				kind: 'text',
				text: t('report.set', { set: r.title, edition: r.edition }),
				style: 'h1',
				anchor: `set-${set.scope.set}`,
				outline: 1,
			},
			{ kind: 'text', text: t('report.partsChart'), style: 'h2' },
			{
				kind: 'chart',
				chart: partChart(
					partValues(r.parts.map((p) => ({ part: p.part, label: p.part, summary: p.summary }))),
					360,
					280
				),
				labels: { score: t('dash.chart.score'), target: t('dash.chart.target') },
				height: 280,
			},
			{ kind: 'space', height: 10 },
			{
				kind: 'table',
				columns: [
					{ title: t('dash.chart.part'), width: 3 },
					{ title: t('dash.chart.score'), width: 1 },
					{ title: t('dash.chart.target'), width: 1 },
					{ title: t('dash.completeness'), width: 1 },
				],
				rows: r.parts.map((p) => ({
					cells: [
						partLabel(p.part),
						num(p.summary.score),
						num(
							p.summary.sums.weight === 0
								? null
								: p.summary.sums.weightedTarget / p.summary.sums.weight
						),
						pct(p.summary.completeness),
					],
				})),
			},
			{
				kind: 'text',
				text: t('report.workbook'),
				style: 'h2',
				anchor: `workbook-${set.scope.set}`,
				outline: 2,
			}
		);
		if (set.guidelines.some((g) => g.custom))
			blocks.push({ kind: 'text', text: t('report.ownNote'), style: 'muted' });
		blocks.push({
			kind: 'table',
			columns: [
				{ title: t('report.col.number'), width: 0.45 },
				{ title: t('report.col.guideline'), width: 2.8 },
				{ title: t('report.col.level'), width: 1.25 },
				{ title: t('report.col.target'), width: 0.8 },
				{ title: t('report.col.na'), width: 1.4 },
				{ title: t('report.col.evidenceCount'), width: 0.95 },
				{ title: t('report.col.notes'), width: 2.35 },
			],
			rows: set.guidelines.map((g): TableRow => {
				const rec = recordOf(a.guidelines, g.id);
				return {
					shade: g.custom,
					cells: [
						String(g.number),
						g.custom ? `${g.title} ${t('report.own')}` : g.title,
						rec.notApplicable ? t('scale.notApplicable') : level(rec.level),
						String(rec.target),
						rec.notApplicable?.reason ?? '',
						String(rec.evidence.length),
						rec.notes,
					],
				};
			}),
		});
	});

	// Evidence index.
	blocks.push(
		{ kind: 'pageBreak' },
		{ kind: 'text', text: t('report.evidenceIndex'), style: 'h1', anchor: 'evidence', outline: 1 },
		{ kind: 'text', text: t('report.evidenceIntro'), style: 'body' }
	);
	let anyEvidence = false;
	for (const set of sets)
		for (const g of set.guidelines) {
			const evidence = recordOf(a.guidelines, g.id).evidence;
			if (evidence.length === 0) continue;
			anyEvidence = true;
			blocks.push(
				{ kind: 'text', text: guidelineName(set.scope.set, g.number, g.title), style: 'h3' },
				{
					kind: 'table',
					columns: [
						{ title: t('report.col.evidence'), width: 2.6 },
						{ title: t('report.col.kind'), width: 1 },
						{ title: t('report.col.reference'), width: 2.4 },
						{ title: t('report.col.date'), width: 1 },
						{ title: t('report.col.owner'), width: 1.3 },
					],
					rows: evidence.map((e) => ({
						cells: [e.title, t(`evidence.kind.${e.kind}`), e.reference, text.date(e.date), e.owner],
					})),
				}
			);
		}
	if (!anyEvidence) blocks.push({ kind: 'text', text: t('report.noEvidence'), style: 'body' });

	// Action plan: by priority, then due date (undated last).
	const actions = sets.flatMap((set) =>
		set.guidelines.flatMap((g) =>
			recordOf(a.guidelines, g.id).actions.map((x) => ({
				...x,
				guideline: guidelineName(set.scope.set, g.number, g.title),
			}))
		)
	);
	actions.sort(
		(x, y) =>
			PRIORITIES.indexOf(x.priority) - PRIORITIES.indexOf(y.priority) ||
			(x.due ?? '9999').localeCompare(y.due ?? '9999') ||
			x.guideline.localeCompare(y.guideline)
	);
	blocks.push(
		{ kind: 'pageBreak' },
		{ kind: 'text', text: t('report.actionPlan'), style: 'h1', anchor: 'actions', outline: 1 },
		actions.length === 0
			? { kind: 'text', text: t('report.noActions'), style: 'body' }
			: { kind: 'text', text: t('report.actionIntro'), style: 'body' }
	);
	if (actions.length > 0)
		blocks.push({
			kind: 'table',
			columns: [
				{ title: t('report.col.priority'), width: 0.9 },
				{ title: t('report.col.due'), width: 1 },
				{ title: t('report.col.action'), width: 2.6 },
				{ title: t('report.col.guideline'), width: 2.2 },
				{ title: t('report.col.owner'), width: 1.2 },
				{ title: t('report.col.status'), width: 1 },
			],
			rows: actions.map((x) => ({
				cells: [
					t(`priority.${x.priority}`),
					text.date(x.due),
					x.what,
					x.guideline,
					x.owner,
					t(`action.status.${x.status}`),
				],
			})),
		});

	// Appendix: the breakdown of every figure, set by set.
	blocks.push(
		{ kind: 'pageBreak' },
		{ kind: 'text', text: t('report.appendix'), style: 'h1', anchor: 'appendix', outline: 1 },
		{ kind: 'text', text: t('report.appendixIntro'), style: 'body' },
		{ kind: 'text', text: t('dash.readinessRule'), style: 'body' }
	);
	const formulas = (s: Summary) =>
		(['score', 'completeness', 'evidenceCoverage', 'percentToTarget'] as const).map(
			(f) =>
				`${t(`dash.${f}`)}: ${
					f === 'score'
						? s.score === null
							? t('dash.undefined')
							: num(s.score)
						: s[f] === null
							? t('dash.undefined')
							: pct(s[f])
				}. ${t(`dash.formula.${f}`, {
					weightedLevel: num(s.sums.weightedLevel),
					weight: num(s.sums.weight),
					rated: s.counts.rated,
					applicable: s.counts.applicable,
					withEvidence: s.counts.withEvidence,
					weightedGap: num(s.sums.weightedGap),
					weightedTarget: num(s.sums.weightedTarget),
				})}`
		);
	sets.forEach((set, i) => {
		const r = reports[i]!;
		blocks.push(
			{ kind: 'text', text: t('report.set', { set: r.title, edition: r.edition }), style: 'h2' },
			{ kind: 'list', style: 'small', items: formulas(r.summary) }
		);
		const excluded = r.summary.rows.filter((x) => x.status !== 'rated');
		if (excluded.length > 0)
			blocks.push(
				{ kind: 'text', text: t('dash.excluded'), style: 'h3' },
				{
					kind: 'list',
					style: 'small',
					items: excluded.map(
						(x) =>
							`${guidelineName(set.scope.set, x.number, x.title)}: ${
								x.status === 'not-applicable'
									? t('dash.excludedNa', { reason: x.reason ?? '' })
									: t('dash.excludedUnrated')
							}`
					),
				}
			);
		for (const p of r.parts)
			blocks.push(
				{
					kind: 'text',
					text: headingLabel(
						{
							id: t('set.part', { id: p.part }),
							title: set.parts.find((x) => x.id === p.part)?.title ?? null,
						},
						'part',
						t('set.untitled')
					),
					style: 'h3',
				},
				{ kind: 'list', style: 'small', items: formulas(p.summary) }
			);
	});

	// Sign-off.
	blocks.push(
		{ kind: 'space', height: 14 },
		{ kind: 'text', text: t('report.signoff'), style: 'h1', anchor: 'signoff', outline: 1 },
		{ kind: 'text', text: t('report.signoffIntro'), style: 'body' },
		{ kind: 'space', height: 10 },
		{
			kind: 'signature',
			fields: [t('report.name'), t('report.role'), t('report.signDate'), t('report.signature')],
		}
	);

	return {
		blocks,
		footer: { pageOf: t('report.pageOf'), note: t('report.footer') },
		title: `${t('report.title')}: ${a.title}`,
		author: a.organisation.name || a.assessors.map((x) => x.name).join(', '),
		subject: t('report.subject'),
		keywords: sets.map((s) => s.scope.set.toUpperCase()),
	};
}
