/**
 * The rating panel of a guideline page, bound to the assessment chosen in this browser: level,
 * not applicable, notes, evidence and actions, and a link to the guideline in the workbook.
 * Its code loads only when an assessment exists here or when the reader asks for it.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { assessedSets } from '../../domain/assessment/guidelines.ts';
import type { AssessmentHeader } from '../../domain/assessment/model.ts';
import type { RecordOp } from '../../domain/assessment/ops.ts';
import { recordOf } from '../../domain/assessment/scoring.ts';
import type { Locale } from '../../domain/locales.ts';
import { assessPath, workbookPath } from '../../domain/paths.ts';
import { activeAssessment } from '../../state/assessments/active.ts';
import { SaveStatus, StorageNotice } from './common.tsx';
import { exportAssessment } from './export.ts';
import { GuidelineRating } from './GuidelineRating.tsx';
import { useActive, useAssessData, useAssessmentStorage, useSession } from './hooks.ts';
import { makeText } from '../../i18n/text.ts';

export interface PanelConfig {
	locale: Locale;
	/** The library guideline of the page. */
	guideline: string;
	set: string;
	dataUrl: string;
	base: string;
	loading: string;
	loadError: string;
}

function Panel({ config, focus }: { config: PanelConfig; focus: boolean }) {
	const uid = useId();
	const { data, failed } = useAssessData(config.dataUrl);
	const { storage, stale } = useAssessmentStorage();
	const active = useActive();
	const [headers, setHeaders] = useState<AssessmentHeader[]>();
	useEffect(() => {
		let live = true;
		void storage?.repo.list().then((l) => live && setHeaders(l.headers));
		return () => {
			live = false;
		};
	}, [storage, active.id]);
	// The chosen assessment, or the newest one when the choice is gone (deleted elsewhere).
	const id = headers?.some((h) => h.id === active.id) ? active.id : (headers?.[0]?.id ?? null);
	const { session, state } = useSession(storage, id, stale);
	const text = useMemo(() => data && makeText(config.locale, data.strings), [data, config.locale]);
	useEffect(() => {
		if (focus && text) document.getElementById(`${uid}-heading`)?.focus();
	}, [focus, text, uid]);
	const names = useMemo(
		() => new Map(state?.assessment?.assessors.map((a) => [a.id, a.name]) ?? []),
		[state?.assessment?.assessors]
	);
	const onChange = useMemo(
		() => (g: string, ops: RecordOp[]) => session?.change(g, ops),
		[session]
	);

	if (failed) return <p className="notice error">{config.loadError}</p>;
	if (!text || !data || !headers) return <p role="status">{config.loading}</p>;
	const heading = (
		<h2 id={`${uid}-heading`} tabIndex={-1}>
			{text.t('assess.panel.heading')}
		</h2>
	);
	if (!id)
		return (
			<>
				{heading}
				<p>{text.t('assess.panel.noAssessment')}</p>
				<p>
					<a href={`${config.base}${assessPath(config.locale)}`}>{text.t('assess.panel.create')}</a>
				</p>
			</>
		);
	if (!state?.assessment || !session) return <p role="status">{config.loading}</p>;
	const a = state.assessment;
	const set = assessedSets(a, data.catalogue).find((s) => s.scope.set === config.set);
	const g = set?.guidelines.find((x) => x.libraryId === config.guideline);
	return (
		<>
			{heading}
			<StorageNotice
				failure={state.failure}
				stale={stale}
				durable={storage?.repo.durable ?? true}
				text={text}
				onExport={() => exportAssessment(session)}
			/>
			<div className="field inline">
				<label htmlFor={`${uid}-choose`}>{text.t('assess.panel.change')}</label>
				<select
					id={`${uid}-choose`}
					value={id}
					onChange={(e) => activeAssessment.getState().choose(e.target.value)}
				>
					{headers.map((h) => (
						<option key={h.id} value={h.id}>
							{h.title}
						</option>
					))}
				</select>
			</div>
			<p>{text.t('assess.panel.for', { title: a.title })}</p>
			{g ? (
				<>
					<GuidelineRating
						guideline={g}
						record={recordOf(a.guidelines, g.id)}
						text={text}
						names={names}
						onChange={onChange}
						compact
					/>
					<div className="button-row">
						<a href={`${config.base}${workbookPath(config.locale, a.id, config.set, g.id)}`}>
							{text.t('assess.panel.openWorkbook')}
						</a>
						<SaveStatus pending={state.pending} failure={state.failure} text={text} />
					</div>
				</>
			) : (
				<p className="notice">{text.t('assess.panel.notInScope', { title: a.title })}</p>
			)}
		</>
	);
}

/** Replaces the page's placeholder with the panel. */
export function mountPanel(host: HTMLElement, config: PanelConfig, focus: boolean): void {
	host.hidden = false;
	host.className = 'assess-panel';
	host.setAttribute('role', 'region');
	host.setAttribute('aria-label', host.dataset['label'] ?? '');
	createRoot(host).render(<Panel config={config} focus={focus} />);
}
