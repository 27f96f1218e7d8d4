/**
 * The workbook of one set of an assessment (`?id=…&set=…`), in guideline order as the
 * Recognition workbook is: per part and section, each guideline with its rating, evidence and
 * actions. Filters narrow the list (the shown list stays put while you rate, until the filter
 * changes); progress is shown per part and for the set. Every change is saved at once.
 */
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import {
	assessedSets,
	type AssessedGuideline,
	type AssessedSet,
} from '../../domain/assessment/guidelines.ts';
import type { Assessment, GuidelineRecord } from '../../domain/assessment/model.ts';
import type { RecordOp } from '../../domain/assessment/ops.ts';
import { recordOf, summarizeSet } from '../../domain/assessment/scoring.ts';
import type { Locale } from '../../domain/locales.ts';
import { headingLabel } from '../../domain/navigation.ts';
import {
	assessPath,
	dashboardPath,
	guidelineAnchor,
	guidelinePath,
	workbookPath,
} from '../../domain/paths.ts';
import { activeAssessment } from '../../state/assessments/active.ts';
import { openAssessmentStorage } from '../../state/assessments/open.ts';
import type { Session } from '../../state/assessments/session.ts';
import type { WriteFailure } from '../../state/local.ts';
import { AddGuidelines } from './AddGuidelines.tsx';
import { SaveStatus, StorageNotice } from './common.tsx';
import { GuidelineRating } from './GuidelineRating.tsx';
import { useActive, useAssessData, useAssessmentStorage, useSession } from './hooks.ts';
import { makeText, type Text } from '../../i18n/text.ts';
import { exportAssessment } from './export.ts';

export interface WorkbookProps {
	locale: Locale;
	dataUrl: string;
	/** Shown when the data file cannot be loaded (its strings are in that file). */
	loadError: string;
	loading: string;
	/** Deployment base without trailing slash. */
	base: string;
}

// Open the database while React starts: the island's module runs before its first render.
if (typeof window !== 'undefined') void openAssessmentStorage();

/** Guidelines rendered in the first frame; the rest follow in a transition. */
const FIRST_FRAME = 3;

const FILTERS = ['all', 'unrated', 'below', 'noEvidence', 'na'] as const;
type Filter = (typeof FILTERS)[number];

function matches(filter: Filter, r: GuidelineRecord): boolean {
	switch (filter) {
		case 'all':
			return true;
		case 'unrated':
			return r.notApplicable === null && r.level === null;
		case 'below':
			return r.notApplicable === null && r.level !== null && r.level < r.target;
		case 'noEvidence':
			return r.notApplicable === null && r.evidence.length === 0;
		case 'na':
			return r.notApplicable !== null;
	}
}

export default function Workbook({ locale, dataUrl, base, loadError, loading }: WorkbookProps) {
	const [{ id, set: setCode }] = useState(() => {
		const query = new URLSearchParams(window.location.search);
		return { id: query.get('id'), set: query.get('set') };
	});
	const { data, failed } = useAssessData(dataUrl);
	const { storage, stale } = useAssessmentStorage();
	const { session, state } = useSession(storage, id, stale);
	const text = useMemo(() => data && makeText(locale, data.strings), [data, locale]);

	if (failed)
		return (
			<p className="notice error" role="alert">
				{loadError}
			</p>
		);
	if (!text || !data || !state || state.status === 'loading') return <p role="status">{loading}</p>;
	if (state.status === 'missing' || !state.assessment || !session)
		return (
			<div className="notice warning" role="alert">
				<p>{text.t('assess.workbook.missing')}</p>
				<p>
					<a href={`${base}${assessPath(locale)}`}>{text.t('assess.workbook.back')}</a>
				</p>
			</div>
		);
	const sets = assessedSets(state.assessment, data.catalogue);
	const current = sets.find((s) => s.scope.set === setCode) ?? sets[0]!;
	return (
		<Sheet
			key={current.scope.set}
			text={text}
			base={base}
			assessment={state.assessment}
			sets={sets}
			current={current}
			session={session}
			pending={state.pending}
			failure={state.failure}
			skipped={state.skipped}
			stale={stale || state.status === 'stale'}
			durable={storage?.repo.durable ?? true}
		/>
	);
}

function Sheet({
	text,
	base,
	assessment,
	sets,
	current,
	session,
	pending,
	failure,
	skipped,
	stale,
	durable,
}: {
	text: Text;
	base: string;
	assessment: Assessment;
	sets: AssessedSet[];
	current: AssessedSet;
	session: Session;
	pending: number;
	failure: WriteFailure | null;
	skipped: number;
	stale: boolean;
	durable: boolean;
}) {
	const { locale } = text;
	const active = useActive();
	const me = active.me[assessment.id] ?? '';
	const [filter, setFilter] = useState<Filter>('all');
	// The guidelines shown, fixed when the filter is chosen: rating one never makes it vanish.
	const [shown, setShown] = useState<Set<string> | null>(null);
	const records = assessment.guidelines;
	const summary = useMemo(() => summarizeSet(current, records), [current, records]);
	const names = useMemo(
		() => new Map(assessment.assessors.map((a) => [a.id, a.name])),
		[assessment.assessors]
	);
	const onChange = useCallback((g: string, ops: RecordOp[]) => session.change(g, ops), [session]);
	const matching = (g: AssessedGuideline) => (shown ? shown.has(g.id) : true);
	const count = current.guidelines.filter(matching).length;
	// The first guidelines come first, so the page is usable at once; the others follow.
	const [limit, setLimit] = useState(FIRST_FRAME);
	const rendered = new Set(
		current.guidelines
			.filter(matching)
			.slice(0, limit)
			.map((g) => g.id)
	);
	const visible = (g: AssessedGuideline) => rendered.has(g.id);
	useEffect(() => {
		if (limit !== FIRST_FRAME) return;
		const frame = requestAnimationFrame(() =>
			startTransition(() => setLimit(Number.POSITIVE_INFINITY))
		);
		return () => cancelAnimationFrame(frame);
	}, [limit]);
	// A link to one guideline (`#g-…`) lands once every guideline is there.
	useEffect(() => {
		if (limit === FIRST_FRAME || !location.hash) return;
		document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
	}, [limit]);
	const title = current.catalogue?.title ?? current.scope.set.toUpperCase();

	const chooseFilter = (f: Filter) => {
		setFilter(f);
		setShown(
			f === 'all'
				? null
				: new Set(
						current.guidelines.filter((g) => matches(f, recordOf(records, g.id))).map((g) => g.id)
					)
		);
	};

	return (
		<div className="workbook">
			<StorageNotice
				failure={failure}
				stale={stale}
				durable={durable}
				text={text}
				onExport={() => void exportAssessment(session, text)}
			/>
			{skipped > 0 && <p className="notice">{text.tn('assess.storage.skipped', skipped)}</p>}
			<div className="workbook-head">
				<p className="lead">
					<strong>{assessment.title}</strong>
					{assessment.organisation.name && <> · {assessment.organisation.name}</>}
				</p>
				<SaveStatus pending={pending} failure={failure} text={text} />
			</div>
			<nav aria-label={text.t('assess.workbook.sets')} className="set-tabs">
				<ul>
					{sets.map((s) => (
						<li key={s.scope.set}>
							<a
								href={`${base}${workbookPath(locale, assessment.id, s.scope.set)}`}
								aria-current={s === current ? 'page' : undefined}
								lang={s.catalogue?.fallback ? 'en' : undefined}
							>
								{s.catalogue?.shortTitle ?? s.scope.set.toUpperCase()}
							</a>
						</li>
					))}
				</ul>
			</nav>
			<p className="button-row">
				<a href={`${base}${assessPath(locale)}`}>{text.t('assess.workbook.back')}</a>
				<a href={`${base}${dashboardPath(locale, assessment.id)}`}>
					{text.t('assess.list.dashboard')}
				</a>
			</p>

			<div className="field inline">
				<label htmlFor="wb-me">{text.t('assess.workbook.me')}</label>
				<select
					id="wb-me"
					value={me}
					onChange={(e) => activeAssessment.getState().setMe(assessment.id, e.target.value)}
				>
					<option value="">{text.t('assess.workbook.meNone')}</option>
					{assessment.assessors.map((a) => (
						<option key={a.id} value={a.id}>
							{a.role ? `${a.name} (${a.role})` : a.name}
						</option>
					))}
				</select>
			</div>

			<h2>
				<span lang={current.catalogue?.fallback ? 'en' : undefined}>{title}</span>{' '}
				<span className="muted">({current.scope.edition})</span>
			</h2>
			<p className="muted">{text.t('scale.note')}</p>

			<section aria-labelledby="wb-progress" className="progress-block">
				<h3 id="wb-progress">{text.t('assess.workbook.progress')}</h3>
				<Progress text={text} label={title} summary={summary.summary} />
				<ul className="part-progress">
					{summary.parts.map((p) => {
						const part = current.parts.find((x) => x.id === p.part);
						const label = headingLabel(
							{ id: p.part, title: part?.title ?? null },
							'part',
							text.t('set.untitled')
						);
						return (
							<li key={p.part}>
								<Progress text={text} label={label} summary={p.summary} />
							</li>
						);
					})}
				</ul>
			</section>

			<fieldset className="filters">
				<legend>{text.t('assess.workbook.filter')}</legend>
				{FILTERS.map((f) => (
					<div className="radio inline" key={f}>
						<input
							type="radio"
							id={`wb-filter-${f}`}
							name="wb-filter"
							checked={filter === f}
							onChange={() => chooseFilter(f)}
						/>
						<label htmlFor={`wb-filter-${f}`}>{text.t(`assess.workbook.filter.${f}`)}</label>
					</div>
				))}
			</fieldset>
			<p role="status" className="muted">
				{count === 0 ? text.t('assess.workbook.none') : text.tn('assess.workbook.shown', count)}
			</p>

			{current.guidelines.length === 0 && (
				<p className="notice">{text.t('assess.workbook.empty')}</p>
			)}

			{current.parts.map((part) => {
				const inPart = current.guidelines.filter((g) => g.part === part.id && visible(g));
				if (inPart.length === 0) return null;
				const direct = inPart.filter((g) => g.section === null);
				const sectionIds = [
					...new Set(inPart.map((g) => g.section).filter((s): s is string => s !== null)),
				];
				return (
					<section key={part.id} className="wb-part" aria-labelledby={`wb-part-${part.id}`}>
						<h3 id={`wb-part-${part.id}`}>
							{headingLabel(
								{ id: text.t('set.part', { id: part.id }), title: part.title },
								'part',
								text.t('set.untitled')
							)}
						</h3>
						{direct.map((g) => (
							<Guideline
								key={g.id}
								level={4}
								g={g}
								{...{ text, base, records, names, onChange, session }}
							/>
						))}
						{sectionIds.map((sectionId) => {
							const section = part.sections.find((s) => s.id === sectionId);
							return (
								<section key={sectionId} aria-labelledby={`wb-section-${sectionId}`}>
									<h4 id={`wb-section-${sectionId}`}>
										{headingLabel(
											{ id: sectionId, title: section?.title ?? null },
											'section',
											text.t('set.untitled')
										)}
									</h4>
									{inPart
										.filter((g) => g.section === sectionId)
										.map((g) => (
											<Guideline
												key={g.id}
												level={5}
												g={g}
												{...{ text, base, records, names, onChange, session }}
											/>
										))}
								</section>
							);
						})}
					</section>
				);
			})}

			<AddGuidelines text={text} assessment={assessment} set={current} session={session} />
		</div>
	);
}

/** A progress bar with its figures in words. */
function Progress({
	text,
	label,
	summary,
}: {
	text: Text;
	label: string;
	summary: ReturnType<typeof summarizeSet>['summary'];
}) {
	const { rated, applicable } = summary.counts;
	return (
		<div className="progress">
			<span className="progress-label">{label}</span>
			<progress max={Math.max(applicable, 1)} value={rated} aria-label={label} />
			<span>
				{text.t('assess.workbook.progressValue', { rated, applicable })} (
				{text.percent(summary.completeness)})
			</span>
		</div>
	);
}

function Guideline({
	g,
	level,
	text,
	base,
	records,
	names,
	onChange,
	session,
}: {
	g: AssessedGuideline;
	level: 4 | 5;
	text: Text;
	base: string;
	records: Assessment['guidelines'];
	names: ReadonlyMap<string, string>;
	onChange: (g: string, ops: RecordOp[]) => void;
	session: Session;
}) {
	const Heading = level === 4 ? 'h4' : 'h5';
	const anchor = guidelineAnchor(g.id);
	const library = g.libraryId;
	return (
		<article id={anchor} className="wb-guideline" aria-labelledby={`${anchor}-title`}>
			<Heading id={`${anchor}-title`}>
				{text.t('guideline.short', { number: g.number })}.{' '}
				<span lang={g.fallback ? 'en' : undefined}>{g.title}</span>{' '}
				{g.custom && (
					<span className="badge own" title={text.t('assess.workbook.ownHint')}>
						{text.t('assess.workbook.own')}
					</span>
				)}
			</Heading>
			{g.statement && (
				<p className="statement" lang={g.fallback ? 'en' : undefined}>
					{g.statement}
				</p>
			)}
			{library && (
				<p>
					<a href={`${base}${guidelinePath(text.locale, library)}`}>
						{text.t('assess.workbook.readGuideline')}
						<span className="sr-only"> — {text.t('guideline.short', { number: g.number })}</span>
					</a>
				</p>
			)}
			<GuidelineRating
				guideline={g}
				record={recordOf(records, g.id)}
				text={text}
				names={names}
				onChange={onChange}
			/>
			{g.custom && (
				<p>
					<button
						type="button"
						className="secondary small"
						onClick={() => {
							if (confirm(text.t('assess.add.removeConfirm', { number: g.number, title: g.title })))
								session.changeHeader([{ op: 'removeCustom', id: g.id }]);
						}}
					>
						{text.t('assess.add.remove')}
						<span className="sr-only"> — {text.t('guideline.short', { number: g.number })}</span>
					</button>
				</p>
			)}
		</article>
	);
}
