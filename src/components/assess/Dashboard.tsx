/**
 * The dashboard of an assessment (`?id=…`): per set its figures, each opening the breakdown
 * that made it; readiness (our heuristic) with its blockers linked to the workbook; the
 * largest gaps; part scores against targets as a chart with a table and a summary in words;
 * every guideline by level. Then the history: snapshots and comparisons. The figures follow
 * edits made in other tabs as they happen.
 */
import { memo, useCallback, useId, useMemo, useState } from 'react';
import { assessedSets, type AssessedSet } from '../../domain/assessment/guidelines.ts';
import type { Catalogue } from '../../domain/assessment/catalogue.ts';
import type { Assessment, GuidelineRecord } from '../../domain/assessment/model.ts';
import { reportScope, type SetReport, type Summary } from '../../domain/assessment/scoring.ts';
import type { Locale } from '../../domain/locales.ts';
import { headingLabel } from '../../domain/navigation.ts';
import { assessPath, guidelineAnchor, workbookPath } from '../../domain/paths.ts';
import { openAssessmentStorage } from '../../state/assessments/open.ts';
import { PartChartView, GuidelineGridView } from './Charts.tsx';
import { StorageNotice } from './common.tsx';
import { exportAssessment } from './export.ts';
import { History } from './History.tsx';
import { ReportButton } from './ReportButton.tsx';
import { useAssessData, useAssessmentStorage, useSession } from './hooks.ts';
import { makeText, type Text } from '../../i18n/text.ts';

if (typeof window !== 'undefined') void openAssessmentStorage();

export interface DashboardProps {
	locale: Locale;
	dataUrl: string;
	base: string;
	loadError: string;
	loading: string;
}

export default function Dashboard({ locale, dataUrl, base, loadError, loading }: DashboardProps) {
	const [id] = useState(() => new URLSearchParams(window.location.search).get('id'));
	const { data, failed } = useAssessData(dataUrl);
	const { storage, stale } = useAssessmentStorage();
	const { session, state } = useSession(storage, id, stale);
	const text = useMemo(() => data && makeText(locale, data.strings), [data, locale]);
	const assessment = state?.assessment ?? null;
	// The sets depend on the scope and the agency's guidelines only: a rating keeps them.
	const scope = assessment?.scope;
	const custom = assessment?.customGuidelines;
	const sets = useMemo(
		() =>
			scope && custom && data
				? assessedSets({ scope, customGuidelines: custom }, data.catalogue)
				: [],
		[scope, custom, data]
	);
	const records = assessment?.guidelines;
	const reports = useMemo(
		() => (records ? sets.map((set) => reportFor(set, records)) : []),
		[sets, records]
	);
	// Read when a set's report is asked for, so that a rating does not re-render every set.
	const current = useCallback(
		() => Promise.resolve(session?.store.getState().assessment ?? null),
		[session]
	);

	if (failed)
		return (
			<p className="notice error" role="alert">
				{loadError}
			</p>
		);
	if (!text || !data || !state || state.status === 'loading' || !storage)
		return <p role="status">{loading}</p>;
	if (!assessment || !session)
		return (
			<div className="notice warning" role="alert">
				<p>{text.t('assess.workbook.missing')}</p>
				<p>
					<a href={`${base}${assessPath(locale)}`}>{text.t('assess.workbook.back')}</a>
				</p>
			</div>
		);
	return (
		<div className="dashboard">
			<StorageNotice
				failure={state.failure}
				stale={stale || state.status === 'stale'}
				durable={storage.repo.durable}
				text={text}
				onExport={() => exportAssessment(session)}
			/>
			<p className="lead">
				<strong>{assessment.title}</strong>
				{assessment.organisation.name && <> · {assessment.organisation.name}</>}
			</p>
			<p>{text.t('dash.intro')}</p>
			<p>
				<ReportButton
					text={text}
					catalogue={data.catalogue}
					assessment={assessment}
					label={text.t('report.download')}
				/>
			</p>
			<p>
				<a href={`${base}${assessPath(locale)}`}>{text.t('assess.workbook.back')}</a>
			</p>
			{reports.map((report, i) => (
				<SetScores
					key={report.set}
					report={report}
					text={text}
					base={base}
					assessmentId={assessment.id}
					parts={sets[i]!.parts}
					catalogue={data.catalogue}
					current={current}
				/>
			))}
			<History text={text} assessment={assessment} catalogue={data.catalogue} storage={storage} />
		</div>
	);
}

/** Each set's last report, with the records it was computed from. */
const reportCache = new WeakMap<
	AssessedSet,
	{ inputs: (GuidelineRecord | undefined)[]; report: SetReport }
>();

/**
 * A set's report, recomputed only when one of its records changed (a record that did not
 * change keeps its identity), so that one rating re-renders one set's section.
 */
function reportFor(
	set: AssessedSet,
	records: Readonly<Record<string, GuidelineRecord>>
): SetReport {
	const inputs = set.guidelines.map((g) => records[g.id]);
	const cached = reportCache.get(set);
	if (cached?.inputs.every((r, i) => r === inputs[i])) return cached.report;
	const report = reportScope([set], records)[0]!;
	reportCache.set(set, { inputs, report });
	return report;
}

const FIGURES = ['score', 'completeness', 'evidenceCoverage', 'percentToTarget'] as const;
type Figure = (typeof FIGURES)[number];

const SetScores = memo(function SetScores({
	report,
	text,
	base,
	assessmentId,
	parts,
	catalogue,
	current,
}: {
	report: SetReport;
	text: Text;
	base: string;
	assessmentId: string;
	parts: { id: string; title: string | null }[];
	catalogue: Catalogue;
	current: () => Promise<Assessment | null>;
}) {
	const uid = useId();
	const s = report.summary;
	const link = (guideline: string) =>
		`${base}${workbookPath(text.locale, assessmentId, report.set, guideline)}`;
	const partLabel = (id: string) =>
		headingLabel(
			{ id, title: parts.find((p) => p.id === id)?.title ?? null },
			'part',
			text.t('set.untitled')
		);
	const value = (figure: Figure): string => {
		if (figure === 'score')
			return s.score === null
				? text.t('dash.undefined')
				: text.t('dash.scoreValue', {
						score: text.number(s.score, 2),
						percent: text.percent(s.percent),
					});
		const v = s[figure];
		return v === null ? text.t('dash.undefined') : text.percent(v);
	};
	return (
		<section
			className="set-scores"
			aria-labelledby={`${uid}-title`}
			data-set={report.set}
			data-ready={report.readiness.ready}
			data-blockers={report.readiness.blockers.map((b) => b.id).join(' ')}
		>
			<h2 id={`${uid}-title`}>
				{report.title} <span className="muted">({report.edition})</span>
			</h2>
			<p>
				<ReportButton
					text={text}
					catalogue={catalogue}
					assessment={current}
					sets={[report.set]}
					label={text.t('report.downloadSet')}
				/>
			</p>
			<h3>{text.t('dash.figures')}</h3>
			<dl className="figures">
				{FIGURES.map((figure) => (
					<div key={figure} className="figure">
						<dt>{text.t(`dash.${figure}`)}</dt>
						<dd>
							<span
								className="figure-value"
								data-figure={figure}
								data-value={JSON.stringify(s[figure])}
							>
								{value(figure)}
							</span>
							<Explain
								figure={figure}
								summary={s}
								text={text}
								setTitle={report.title}
								link={link}
							/>
						</dd>
					</div>
				))}
			</dl>

			<h3>{text.t('dash.readiness')}</h3>
			<p className="muted">{text.t('dash.readinessRule')}</p>
			{report.readiness.empty ? (
				<p>{text.t('dash.empty')}</p>
			) : report.readiness.ready ? (
				<p className="ready">{text.t('dash.ready')}</p>
			) : (
				<>
					<p>{text.tn('dash.notReady', report.readiness.blockers.length)}</p>
					<ul className="blockers">
						{report.readiness.blockers.map((b) => (
							<li key={b.id}>
								<a href={link(b.id)}>
									{text.t('guideline.short', { number: b.number })}. {b.title}
								</a>
								{' — '}
								{b.reasons.map((r) => text.t(`dash.blocker.${r}`)).join(', ')}
							</li>
						))}
					</ul>
				</>
			)}

			<h3>{text.t('dash.gaps')}</h3>
			{report.gaps.length === 0 ? (
				<p>{text.t('dash.gapsNone')}</p>
			) : (
				<ol className="gaps">
					{report.gaps.map((g) => (
						<li key={g.id}>
							<a href={link(g.id)}>
								{text.t('guideline.short', { number: g.number })}. {g.title}
							</a>
							:{' '}
							{text.t('dash.gap', {
								level: g.level ?? '—',
								target: g.target,
								weight: text.number(g.weight, 1),
							})}
						</li>
					))}
				</ol>
			)}

			<h3>{text.t('dash.parts')}</h3>
			<PartChartView report={report} text={text} partLabel={partLabel} />
			<GuidelineGridView report={report} text={text} link={link} anchor={guidelineAnchor} />
		</section>
	);
});

/** A figure's breakdown: the formula with its numbers, the guidelines it counted, what it left out. */
function Explain({
	figure,
	summary,
	text,
	setTitle,
	link,
}: {
	figure: Figure;
	summary: Summary;
	text: Text;
	setTitle: string;
	link: (id: string) => string;
}) {
	const uid = useId();
	const [open, setOpen] = useState(false);
	const s = summary;
	const n = (v: number) => text.number(v, 2);
	const formula = text.t(`dash.formula.${figure}`, {
		weightedLevel: n(s.sums.weightedLevel),
		weight: n(s.sums.weight),
		rated: s.counts.rated,
		applicable: s.counts.applicable,
		withEvidence: s.counts.withEvidence,
		weightedGap: n(s.sums.weightedGap),
		weightedTarget: n(s.sums.weightedTarget),
	});
	const counted = s.rows.filter((r) =>
		figure === 'score' || figure === 'percentToTarget'
			? r.status === 'rated'
			: r.status !== 'not-applicable'
	);
	const excluded = s.rows.filter((r) => !counted.includes(r));
	return (
		<>
			<button
				type="button"
				className="secondary small"
				aria-expanded={open}
				aria-controls={`${uid}-panel`}
				onClick={() => setOpen(!open)}
			>
				{text.t('dash.explain')}
				<span className="sr-only"> — {text.t(`dash.${figure}`)}</span>
			</button>
			<div
				id={`${uid}-panel`}
				className="breakdown"
				hidden={!open}
				role="region"
				aria-label={text.t('dash.explainFor', { figure: text.t(`dash.${figure}`), set: setTitle })}
			>
				<p>{formula}</p>
				<div className="table-scroll">
					<table>
						<thead>
							<tr>
								<th scope="col">{text.t('dash.table.guideline')}</th>
								<th scope="col">{text.t('dash.table.status')}</th>
								<th scope="col">{text.t('dash.table.level')}</th>
								<th scope="col">{text.t('dash.table.target')}</th>
								<th scope="col">{text.t('dash.table.weight')}</th>
								<th scope="col">{text.t('dash.table.evidence')}</th>
								{figure === 'percentToTarget' && <th scope="col">{text.t('dash.table.gap')}</th>}
							</tr>
						</thead>
						<tbody>
							{counted.map((r) => (
								<tr key={r.id}>
									<th scope="row">
										<a href={link(r.id)}>
											{r.number}. {r.title}
										</a>
									</th>
									<td>{text.t(`dash.status.${r.status}`)}</td>
									<td>{r.level ?? '—'}</td>
									<td>{r.target}</td>
									<td>{text.number(r.weight, 1)}</td>
									<td>{r.evidence}</td>
									{figure === 'percentToTarget' && <td>{text.number(r.weightedGap, 1)}</td>}
								</tr>
							))}
						</tbody>
					</table>
				</div>
				{excluded.length > 0 && (
					<>
						<p>
							<strong>{text.t('dash.excluded')}</strong>
						</p>
						<ul>
							{excluded.map((r) => (
								<li key={r.id}>
									{r.number}. {r.title} —{' '}
									{r.status === 'not-applicable'
										? text.t('dash.excludedNa', { reason: r.reason ?? '' })
										: text.t('dash.excludedUnrated')}
								</li>
							))}
						</ul>
					</>
				)}
			</div>
		</>
	);
}
