/**
 * Merging several assessors' files into a new assessment: the files are read and checked
 * (each refusal with its problems), their scopes compared (different sets or editions are
 * refused, or merged on the shared sets after the coordinator accepts), then every value
 * the assessors gave differently is shown side by side (who said what, their notes and
 * evidence) for the coordinator to pick, or to enter another value.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Catalogue } from '../../domain/assessment/catalogue.ts';
import {
	applyDecisions,
	planMerge,
	preferNewest,
	type Conflict,
	type Decision,
	type MergeSource,
	type Rating,
} from '../../domain/assessment/merge.ts';
import { LEVELS } from '../../domain/assessment/model.ts';
import { parseAssessmentJson } from '../../domain/assessment/parse.ts';
import type { Problem } from '../../domain/assessment/problems.ts';
import type { Locale } from '../../domain/locales.ts';
import { assessPath, workbookPath } from '../../domain/paths.ts';
import { activeAssessment } from '../../state/assessments/active.ts';
import { createWorkspace } from '../../state/assessments/workspace.ts';
import { ErrorSummary, Field, formText, ProblemList, type FieldError } from './common.tsx';
import { useAssessData, useAssessmentStorage } from './hooks.ts';
import { makeText, type Text } from '../../i18n/text.ts';

export interface MergeProps {
	locale: Locale;
	dataUrl: string;
	base: string;
	loadError: string;
	loading: string;
}

export default function Merge({ locale, dataUrl, base, loadError, loading }: MergeProps) {
	const { data, failed } = useAssessData(dataUrl);
	const { storage } = useAssessmentStorage();
	const text = useMemo(() => data && makeText(locale, data.strings), [data, locale]);
	if (failed)
		return (
			<p className="notice error" role="alert">
				{loadError}
			</p>
		);
	if (!text || !data || !storage) return <p role="status">{loading}</p>;
	return (
		<MergeForm
			text={text}
			catalogue={data.catalogue}
			base={base}
			add={(a) =>
				createWorkspace({ repo: storage.repo, channel: storage.channel, tab: storage.tab }).add(a)
			}
		/>
	);
}

function MergeForm({
	text,
	catalogue,
	base,
	add,
}: {
	text: Text;
	catalogue: Catalogue;
	base: string;
	add: (a: ReturnType<typeof applyDecisions>) => Promise<void>;
}) {
	const uid = useId();
	const [sources, setSources] = useState<MergeSource[]>([]);
	const [refused, setRefused] = useState<{ file: string; problems: Problem[] }[]>([]);
	const [acceptPartial, setAcceptPartial] = useState(false);
	const [decisions, setDecisions] = useState<Record<string, Decision>>({});
	const [errors, setErrors] = useState<FieldError[]>([]);
	const [done, setDone] = useState<{ id: string; title: string; set: string } | null>(null);
	const [planId] = useState(() => crypto.randomUUID());
	const plan = useMemo(
		() =>
			sources.length >= 2
				? planMerge(sources, catalogue, {
						id: planId,
						title: sources[0]!.assessment.title,
						now: new Date().toISOString(),
					})
				: null,
		[sources, catalogue, planId]
	);

	const read = async (files: FileList | null) => {
		setDecisions({});
		setDone(null);
		const ok: MergeSource[] = [];
		const bad: typeof refused = [];
		for (const file of [...(files ?? [])]) {
			const result = file.size > 20 * 1024 * 1024 ? null : parseAssessmentJson(await file.text());
			if (result?.ok) ok.push({ label: file.name, assessment: result.assessment });
			else
				bad.push({
					file: file.name,
					problems: result
						? result.problems
						: [
								{
									path: '$',
									code: 'too-large',
									params: { size: file.size, max: 20 * 1024 * 1024 },
								},
							],
				});
		}
		setSources(ok);
		setRefused(bad);
	};

	const create = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		if (!plan || 'error' in plan) return;
		const form = new FormData(event.currentTarget);
		const title = formText(form, 'title').trim();
		const found: FieldError[] = [];
		if (!title) found.push({ field: `${uid}-title`, message: text.t('assess.error.title') });
		for (const c of plan.conflicts)
			if (!(c.key in decisions))
				found.push({
					field: `${uid}-${c.key}-0`,
					message: text.t('merge.undecided', {
						guideline: `${c.set.toUpperCase()} ${c.number}`,
						field: text.t(`merge.field.${c.field}`),
					}),
				});
		setErrors(found);
		if (found.length > 0) return;
		const merged = { ...applyDecisions(plan, decisions), title: title.slice(0, 300) };
		void add(merged).then(() => {
			activeAssessment.getState().choose(merged.id);
			setDone({ id: merged.id, title: merged.title, set: merged.scope[0]!.set });
		});
	};

	return (
		<div className="merge">
			<Field id={`${uid}-files`} label={text.t('merge.files')} hint={text.t('merge.filesHint')}>
				<input
					id={`${uid}-files`}
					type="file"
					multiple
					accept="application/json,.json"
					aria-describedby={`${uid}-files-hint`}
					onChange={(e) => void read(e.target.files)}
				/>
			</Field>
			{refused.map((r) => (
				<ProblemList
					key={r.file}
					problems={r.problems}
					text={text}
					title={text.t('merge.fileProblems', { file: r.file })}
				/>
			))}
			{sources.length === 1 && <p className="notice">{text.t('merge.needTwo')}</p>}
			{plan && 'error' in plan && (
				<p className="notice error" role="alert">
					{text.t('merge.noCommon')}
				</p>
			)}
			{plan && !('error' in plan) && (
				<>
					<h2>{text.t('merge.sources')}</h2>
					<ul>
						{sources.map((s) => (
							<li key={s.label}>
								{s.label}: {s.assessment.title} —{' '}
								{s.assessment.assessors.map((a) => a.name).join(', ')}
							</li>
						))}
					</ul>
					{plan.scope.status === 'partial' && (
						<div className="notice warning" role="alert">
							<p>
								{text.t('merge.partial', {
									sets: plan.scope.scope.map((s) => s.set.toUpperCase()).join(', '),
									dropped: plan.scope.dropped.map((s) => s.toUpperCase()).join(', '),
								})}
							</p>
							<div className="checkbox">
								<input
									id={`${uid}-partial`}
									type="checkbox"
									checked={acceptPartial}
									onChange={(e) => setAcceptPartial(e.target.checked)}
								/>
								<label htmlFor={`${uid}-partial`}>{text.t('merge.partialAccept')}</label>
							</div>
						</div>
					)}
					{(plan.scope.status === 'same' || acceptPartial) && !done && (
						<form onSubmit={create} noValidate>
							<ErrorSummary errors={errors} text={text} />
							{plan.conflicts.length === 0 ? (
								<p>{text.t('merge.noConflict')}</p>
							) : (
								<>
									<p>{text.tn('merge.conflicts', plan.conflicts.length)}</p>
									<p role="status">
										{text.t('merge.decided', {
											decided: plan.conflicts.filter((c) => c.key in decisions).length,
											total: plan.conflicts.length,
										})}
									</p>
									<p>
										<button
											type="button"
											className="secondary"
											onClick={() => setDecisions(preferNewest(plan))}
										>
											{text.t('merge.newest')}
										</button>
									</p>
									{plan.conflicts.map((c) => (
										<ConflictView
											key={c.key}
											uid={uid}
											conflict={c}
											text={text}
											decision={decisions[c.key]}
											onDecide={(d) => setDecisions((all) => ({ ...all, [c.key]: d }))}
										/>
									))}
								</>
							)}
							<Field
								id={`${uid}-title`}
								label={text.t('merge.resultTitle')}
								error={errors.find((e) => e.field === `${uid}-title`)?.message}
							>
								<input
									id={`${uid}-title`}
									name="title"
									defaultValue={sources[0]!.assessment.title}
									maxLength={300}
								/>
							</Field>
							<button type="submit">{text.t('merge.create')}</button>
						</form>
					)}
				</>
			)}
			<div role="status">
				{done && (
					<p className="notice">
						{text.t('merge.created', { title: done.title })}{' '}
						<a href={`${base}${workbookPath(text.locale, done.id, done.set)}`}>
							{text.t('merge.open')}
						</a>{' '}
						· <a href={`${base}${assessPath(text.locale)}`}>{text.t('assess.workbook.back')}</a>
					</p>
				)}
			</div>
		</div>
	);
}

/** One conflict: a radio per assessor's value, and "another value" to type or choose. */
function ConflictView({
	uid,
	conflict,
	text,
	decision,
	onDecide,
}: {
	uid: string;
	conflict: Conflict;
	text: Text;
	decision: Decision | undefined;
	onDecide: (d: Decision) => void;
}) {
	const id = `${uid}-${conflict.key}`;
	const describe = (value: unknown): string => {
		if (conflict.field === 'rating') {
			const r = value as Rating;
			return r.notApplicable
				? `${text.t('scale.notApplicable')} (${r.notApplicable.reason})`
				: r.level === null
					? text.t('scale.unrated')
					: text.t(`scale.level.${r.level as 0}`);
		}
		if (conflict.field === 'target') return text.t(`scale.level.${value as 0}`);
		return typeof value === 'number' ? String(value) : (value as string);
	};
	const editing = decision !== undefined && 'value' in decision;
	const combined = conflict.options.map((o) => `${o.who}: ${describe(o.value)}`).join('\n\n');
	return (
		<fieldset className="conflict">
			<legend>
				{conflict.set.toUpperCase()} · {text.t('guideline.short', { number: conflict.number })}.{' '}
				{conflict.title} — {text.t(`merge.field.${conflict.field}`)}
			</legend>
			{conflict.options.map((o, i) => (
				<div className="radio" key={i}>
					<input
						type="radio"
						id={`${id}-${i}`}
						name={id}
						checked={decision !== undefined && 'option' in decision && decision.option === i}
						aria-describedby={`${id}-${i}-hint`}
						onChange={() => onDecide({ option: i })}
					/>
					<label htmlFor={`${id}-${i}`}>
						{text.t('merge.option', { who: o.who, value: describe(o.value) })}
					</label>
					<span id={`${id}-${i}-hint`} className="hint">
						{[
							o.notes && conflict.field !== 'notes'
								? text.t('merge.optionNotes', { notes: o.notes })
								: '',
							text.tn('merge.optionEvidence', o.evidence.length),
							o.changedAt ? text.date(o.changedAt) : '',
						]
							.filter(Boolean)
							.join(' · ')}
					</span>
				</div>
			))}
			<div className="radio">
				<input
					type="radio"
					id={`${id}-edit`}
					name={id}
					checked={editing}
					onChange={() =>
						onDecide({
							value:
								conflict.field === 'rating'
									? { level: null, notApplicable: null }
									: conflict.field === 'notes'
										? combined
										: conflict.options[0]!.value,
						})
					}
				/>
				<label htmlFor={`${id}-edit`}>
					{conflict.field === 'notes' ? text.t('merge.combineNotes') : text.t('merge.edit')}
				</label>
			</div>
			{editing && (conflict.field === 'rating' || conflict.field === 'target') && (
				<div className="field">
					<label htmlFor={`${id}-value`}>
						{text.t(conflict.field === 'rating' ? 'scale.name' : 'assess.workbook.target')}
					</label>
					<select
						id={`${id}-value`}
						value={
							conflict.field === 'rating'
								? String((decision.value as Rating).level ?? '')
								: typeof decision.value === 'number'
									? String(decision.value)
									: ''
						}
						onChange={(e) =>
							onDecide({
								value:
									conflict.field === 'rating'
										? {
												level: e.target.value === '' ? null : Number(e.target.value),
												notApplicable: null,
											}
										: Number(e.target.value),
							})
						}
					>
						{conflict.field === 'rating' && <option value="">{text.t('scale.unrated')}</option>}
						{LEVELS.map((l) => (
							<option key={l} value={l}>
								{text.t(`scale.level.${l}`)}
							</option>
						))}
					</select>
				</div>
			)}
			{editing && conflict.field === 'weight' && (
				<div className="field">
					<label htmlFor={`${id}-value`}>{text.t('assess.workbook.weight')}</label>
					<input
						id={`${id}-value`}
						inputMode="decimal"
						defaultValue={describe(decision.value)}
						onChange={(e) => {
							const v = Number(e.target.value.replace(',', '.'));
							if (Number.isFinite(v) && v > 0 && v <= 100) onDecide({ value: v });
						}}
					/>
				</div>
			)}
			{editing && conflict.field === 'notes' && (
				<div className="field">
					<label htmlFor={`${id}-value`}>{text.t('merge.field.notes')}</label>
					<textarea
						id={`${id}-value`}
						rows={4}
						maxLength={20_000}
						value={describe(decision.value)}
						onChange={(e) => onDecide({ value: e.target.value })}
					/>
				</div>
			)}
		</fieldset>
	);
}
