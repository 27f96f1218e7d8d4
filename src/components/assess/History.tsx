/**
 * The history of an assessment: freeze it under a name, list the snapshots, and compare two
 * states (two snapshots, a snapshot and today, or another assessment of the same scope in this
 * browser): per set and part how the score moved, per guideline what changed. Directions are
 * written out ("up 0.5"), so they are read aloud, not only shown as arrows.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Catalogue } from '../../domain/assessment/catalogue.ts';
import { compareAssessments, type Comparison } from '../../domain/assessment/compare.ts';
import type { Assessment, AssessmentHeader } from '../../domain/assessment/model.ts';
import type { AssessmentStorage } from '../../state/assessments/open.ts';
import type { Snapshot } from '../../state/assessments/repo.ts';
import { storageError } from '../../state/assessments/repo.ts';
import { describedBy, Field, formText } from './common.tsx';
import type { Text } from '../../i18n/text.ts';

const CURRENT = 'current';

export function History({
	text,
	assessment,
	catalogue,
	storage,
}: {
	text: Text;
	assessment: Assessment;
	catalogue: Catalogue;
	storage: AssessmentStorage;
}) {
	const uid = useId();
	const [snapshots, setSnapshots] = useState<Snapshot[]>([]);
	const [others, setOthers] = useState<AssessmentHeader[]>([]);
	const [message, setMessage] = useState('');
	const [error, setError] = useState<string>();
	const [choice, setChoice] = useState<{ before: string; after: string }>({
		before: '',
		after: CURRENT,
	});
	const [result, setResult] = useState<Comparison | null>(null);
	const [version, setVersion] = useState(0);

	useEffect(() => {
		let live = true;
		void Promise.all([storage.repo.snapshots(assessment.id), storage.repo.list()]).then(
			([snaps, list]) => {
				if (!live) return;
				setSnapshots(snaps);
				const sets = new Set(assessment.scope.map((s) => `${s.set}@${s.edition}`));
				setOthers(
					list.headers.filter(
						(h) => h.id !== assessment.id && h.scope.some((s) => sets.has(`${s.set}@${s.edition}`))
					)
				);
			}
		);
		return () => {
			live = false;
		};
	}, [storage, assessment.id, assessment.scope, version]);

	const freeze = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		const form = event.currentTarget;
		const name = formText(new FormData(form), 'name').trim().slice(0, 300);
		if (!name) {
			setError(text.t('history.nameHint'));
			document.getElementById(`${uid}-name`)?.focus();
			return;
		}
		setError(undefined);
		const snapshot: Snapshot = {
			id: crypto.randomUUID(),
			assessmentId: assessment.id,
			name,
			createdAt: new Date().toISOString(),
			assessment: structuredClone(assessment),
		};
		storage.repo.putSnapshot(snapshot).then(
			() => {
				form.reset();
				setMessage(text.t('history.frozen', { name }));
				setVersion((v) => v + 1);
			},
			(e: unknown) => {
				storage.report(storageError(e).failure);
				setMessage(text.t('assess.storage.quota'));
			}
		);
	};

	/** A state to compare, by its choice value. */
	const stateOf = async (value: string): Promise<Assessment | null> => {
		if (value === CURRENT) return assessment;
		if (value.startsWith('snap:'))
			return snapshots.find((s) => s.id === value.slice(5))?.assessment ?? null;
		if (value.startsWith('other:'))
			return (await storage.repo.load(value.slice(6)))?.assessment ?? null;
		return null;
	};

	// Until the reader picks, compare the oldest snapshot with today.
	const before = choice.before || (snapshots[0] ? `snap:${snapshots[0].id}` : CURRENT);

	const compare = async (event: FormEvent) => {
		event.preventDefault();
		const [a, b] = await Promise.all([stateOf(before), stateOf(choice.after)]);
		setResult(a && b ? compareAssessments(a, b, catalogue) : null);
	};

	const options = (
		<>
			<option value={CURRENT}>{text.t('history.current')}</option>
			{snapshots.map((s) => (
				<option key={s.id} value={`snap:${s.id}`}>
					{s.name} ({text.date(s.createdAt)})
				</option>
			))}
			{others.map((h) => (
				<option key={h.id} value={`other:${h.id}`}>
					{text.t('history.otherAssessment', { title: h.title })}
				</option>
			))}
		</>
	);

	return (
		<section className="history" aria-labelledby={`${uid}-heading`}>
			<h2 id={`${uid}-heading`}>{text.t('history.heading')}</h2>
			<p>{text.t('history.intro')}</p>
			<form onSubmit={freeze} noValidate className="field-row">
				<Field
					id={`${uid}-name`}
					label={text.t('history.name')}
					hint={text.t('history.nameHint')}
					error={error}
				>
					<input
						id={`${uid}-name`}
						name="name"
						maxLength={300}
						aria-invalid={error ? true : undefined}
						aria-describedby={describedBy(`${uid}-name`, true, error)}
					/>
				</Field>
				<button type="submit">{text.t('history.freeze')}</button>
			</form>
			<p role="status">{message}</p>

			<h3>{text.t('history.list')}</h3>
			{snapshots.length === 0 ? (
				<p>{text.t('history.none')}</p>
			) : (
				<ul className="snapshots">
					{snapshots.map((s) => (
						<li key={s.id}>
							{s.name} <span className="muted">({text.date(s.createdAt)})</span>{' '}
							<button
								type="button"
								className="secondary small"
								onClick={() =>
									void storage.repo.removeSnapshot(s.id).then(() => setVersion((v) => v + 1))
								}
							>
								{text.t('history.remove')}
								<span className="sr-only"> — {s.name}</span>
							</button>
						</li>
					))}
				</ul>
			)}

			<h3>{text.t('history.compare')}</h3>
			<form onSubmit={(e) => void compare(e)} className="field-row">
				<div className="field">
					<label htmlFor={`${uid}-before`}>{text.t('history.before')}</label>
					<select
						id={`${uid}-before`}
						value={before}
						onChange={(e) => setChoice({ ...choice, before: e.target.value })}
					>
						{options}
					</select>
				</div>
				<div className="field">
					<label htmlFor={`${uid}-after`}>{text.t('history.after')}</label>
					<select
						id={`${uid}-after`}
						value={choice.after}
						onChange={(e) => setChoice({ ...choice, after: e.target.value })}
					>
						{options}
					</select>
				</div>
				<button type="submit">{text.t('history.compareButton')}</button>
			</form>
			<div aria-live="polite">
				{result && <ComparisonView comparison={result} text={text} catalogue={catalogue} />}
			</div>
		</section>
	);
}

function Delta({ delta, text }: { delta: number | null; text: Text }) {
	if (delta === null) return <span>—</span>;
	const abs = text.number(Math.abs(delta), 2);
	if (Math.abs(delta) < 1e-9) return <span>{text.t('history.same')}</span>;
	return delta > 0 ? (
		<span className="up">
			<span aria-hidden="true">▲ </span>
			{text.t('history.up', { delta: abs })}
		</span>
	) : (
		<span className="down">
			<span aria-hidden="true">▼ </span>
			{text.t('history.down', { delta: abs })}
		</span>
	);
}

function ComparisonView({
	comparison,
	text,
	catalogue,
}: {
	comparison: Comparison;
	text: Text;
	catalogue: Catalogue;
}) {
	const setTitle = (code: string) =>
		catalogue.sets.find((s) => s.code === code)?.shortTitle ?? code.toUpperCase();
	const level = (l: number | null) =>
		l === null ? text.t('scale.unrated') : text.t(`scale.level.${l as 0}`);
	const dropped = [...new Set([...comparison.onlyBefore, ...comparison.onlyAfter])];
	return (
		<div className="comparison">
			{dropped.length > 0 && (
				<p className="notice">
					{text.t('history.notCompared', { sets: dropped.map(setTitle).join(', ') })}
				</p>
			)}
			<h4>{text.t('history.scoreChanges')}</h4>
			<div className="table-scroll">
				<table>
					<thead>
						<tr>
							<th scope="col">{text.t('dash.chart.part')}</th>
							<th scope="col">{text.t('history.before')}</th>
							<th scope="col">{text.t('history.after')}</th>
							<th scope="col">{text.t('dash.score')}</th>
						</tr>
					</thead>
					<tbody>
						{comparison.scores
							// Whole sets always; parts only where the score moved.
							.filter((s) => s.part === null || s.from !== s.to)
							.map((s) => (
								<tr key={`${s.set}-${s.part ?? ''}`}>
									<th scope="row">
										{setTitle(s.set)} ·{' '}
										{s.part === null ? text.t('history.set') : text.t('set.part', { id: s.part })}
									</th>
									<td>{s.from === null ? '—' : text.number(s.from, 2)}</td>
									<td>{s.to === null ? '—' : text.number(s.to, 2)}</td>
									<td>
										<Delta delta={s.delta} text={text} />
									</td>
								</tr>
							))}
					</tbody>
				</table>
			</div>
			<h4>{text.t('history.guidelineChanges')}</h4>
			{comparison.guidelines.length === 0 ? (
				<p>{text.t('history.noChange')}</p>
			) : (
				<ul className="changes">
					{comparison.guidelines.map((g) => (
						<li key={g.id}>
							<strong>
								{setTitle(g.set)} · {text.t('guideline.short', { number: g.number })}. {g.title}
							</strong>
							<ul>
								{g.level && (
									<li>
										{text.t('history.levelChange', {
											from: level(g.level.from),
											to: level(g.level.to),
										})}{' '}
										{g.level.from !== null && g.level.to !== null && (
											<>
												(<Delta delta={g.level.to - g.level.from} text={text} />)
											</>
										)}
									</li>
								)}
								{g.notApplicable && (
									<li>
										{text.t('history.naChange', {
											from: g.notApplicable.from
												? `${text.t('scale.notApplicable')} (${g.notApplicable.from})`
												: text.t('history.applicable'),
											to: g.notApplicable.to
												? `${text.t('scale.notApplicable')} (${g.notApplicable.to})`
												: text.t('history.applicable'),
										})}
									</li>
								)}
								{g.evidenceAdded.length > 0 && (
									<li>
										{text.t('history.evidenceAdded', {
											titles: g.evidenceAdded.map((e) => e.title).join('; '),
										})}
									</li>
								)}
								{g.evidenceRemoved.length > 0 && (
									<li>
										{text.t('history.evidenceRemoved', {
											titles: g.evidenceRemoved.map((e) => e.title).join('; '),
										})}
									</li>
								)}
							</ul>
						</li>
					))}
				</ul>
			)}
		</div>
	);
}
