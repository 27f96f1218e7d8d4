/**
 * The worksheet of a shared pack: a participant rates their institution on each guideline of
 * the workshop (level, not applicable with a reason, notes) and turns the answers into a
 * starter self-assessment kept in this browser, ready to continue in the workbook.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { LEVELS, type Level } from '../../domain/assessment/model.ts';
import { workbookPath } from '../../domain/paths.ts';
import type { Workshop } from '../../domain/workshop/model.ts';
import {
	answered,
	starterAssessment,
	type Worksheet as Answers,
} from '../../domain/workshop/worksheet.ts';
import type { Text } from '../../i18n/text.ts';
import { activeAssessment } from '../../state/assessments/active.ts';
import { openAssessmentStorage } from '../../state/assessments/open.ts';
import { formText } from '../assess/common.tsx';
import { guidelineIndex, guidelineName } from './common.ts';
import type { WorkshopData } from './data.ts';

export function Worksheet({
	pack,
	text,
	data,
	base,
}: {
	pack: Workshop;
	text: Text;
	data: WorkshopData;
	base: string;
}) {
	const uid = useId();
	const index = useMemo(() => guidelineIndex(data), [data]);
	const items = pack.items.filter((i) => index.has(i.guideline));
	const [answers, setAnswers] = useState<Answers>({});
	const [outcome, setOutcome] = useState<
		{ kind: 'none' } | { kind: 'failed' } | { kind: 'done'; title: string; href: string } | null
	>(null);
	const answer = (id: string) => answers[id] ?? { level: null, notApplicable: null, notes: '' };
	const update = (id: string, patch: Partial<Answers[string]>) =>
		setAnswers((all) => ({ ...all, [id]: { ...answer(id), ...patch } }));

	const submit = async (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		if (!items.some((i) => answered(answers[i.guideline]))) {
			setOutcome({ kind: 'none' });
			return;
		}
		const form = new FormData(event.currentTarget);
		const assessment = starterAssessment(pack, answers, data.catalogue, {
			id: crypto.randomUUID(),
			at: new Date().toISOString(),
			title: text.t('workshop.worksheet.title', { title: pack.title }).slice(0, 300),
			organisation: {
				name: formText(form, 'organisation').trim().slice(0, 300),
				country: formText(form, 'country').trim().slice(0, 300),
			},
		});
		try {
			const { repo, channel, tab } = await openAssessmentStorage();
			await repo.put(assessment);
			channel.post({ kind: 'added', assessmentId: assessment.id, tab });
			activeAssessment.getState().choose(assessment.id);
			const first = assessment.scope[0]?.set ?? '';
			setOutcome({
				kind: 'done',
				title: assessment.title,
				href: `${base}${workbookPath(text.locale, assessment.id, first)}`,
			});
		} catch {
			setOutcome({ kind: 'failed' });
		}
	};

	if (items.length === 0) return null;
	return (
		<section aria-labelledby={`${uid}-h`} className="worksheet">
			<h2 id={`${uid}-h`}>{text.t('workshop.worksheet.heading')}</h2>
			<p>{text.t('workshop.worksheet.intro')}</p>
			<p className="muted">{text.t('scale.note')}</p>
			<form onSubmit={(e) => void submit(e)} noValidate>
				{items.map((item) => {
					const id = item.guideline;
					const found = index.get(id)!;
					const a = answer(id);
					const key = id.replace(/\W/g, '-');
					return (
						<fieldset key={id} className="worksheet-item">
							<legend lang={found.guideline.fallback ? 'en' : undefined}>
								{guidelineName(found)}
							</legend>
							<fieldset className="radios">
								<legend>{text.t('workshop.worksheet.level')}</legend>
								<div className="radio">
									<input
										type="radio"
										id={`${uid}-${key}-none`}
										name={`${uid}-${key}-level`}
										checked={a.level === null}
										onChange={() => update(id, { level: null })}
									/>
									<label htmlFor={`${uid}-${key}-none`}>
										{text.t('workshop.worksheet.unanswered')}
									</label>
								</div>
								{LEVELS.map((l: Level) => (
									<div className="radio" key={l}>
										<input
											type="radio"
											id={`${uid}-${key}-${l}`}
											name={`${uid}-${key}-level`}
											checked={a.level === l}
											aria-describedby={`${uid}-${key}-${l}-hint`}
											onChange={() => update(id, { level: l })}
										/>
										<label htmlFor={`${uid}-${key}-${l}`}>{text.t(`scale.level.${l}`)}</label>
										<p id={`${uid}-${key}-${l}-hint`} className="hint">
											{text.t(`scale.hint.${l}`)}
										</p>
									</div>
								))}
							</fieldset>
							<div className="field">
								<label htmlFor={`${uid}-${key}-na`}>{text.t('workshop.worksheet.na')}</label>
								<input
									id={`${uid}-${key}-na`}
									value={a.notApplicable ?? ''}
									maxLength={2000}
									onChange={(e) => update(id, { notApplicable: e.target.value || null })}
								/>
							</div>
							<div className="field">
								<label htmlFor={`${uid}-${key}-notes`}>{text.t('workshop.worksheet.notes')}</label>
								<textarea
									id={`${uid}-${key}-notes`}
									rows={2}
									value={a.notes}
									maxLength={20_000}
									onChange={(e) => update(id, { notes: e.target.value })}
								/>
							</div>
						</fieldset>
					);
				})}
				<div className="field-row">
					<div className="field">
						<label htmlFor={`${uid}-org`}>{text.t('workshop.worksheet.organisation')}</label>
						<input id={`${uid}-org`} name="organisation" maxLength={300} />
					</div>
					<div className="field">
						<label htmlFor={`${uid}-country`}>{text.t('workshop.worksheet.country')}</label>
						<input id={`${uid}-country`} name="country" maxLength={300} />
					</div>
				</div>
				<p>
					<button type="submit">{text.t('workshop.worksheet.start')}</button>
				</p>
				<div role="status">
					{outcome?.kind === 'none' && (
						<p className="notice warning">{text.t('workshop.worksheet.none')}</p>
					)}
					{outcome?.kind === 'failed' && (
						<p className="notice error">{text.t('assess.storage.unavailable')}</p>
					)}
					{outcome?.kind === 'done' && (
						<p className="notice">
							{text.t('workshop.worksheet.started', { title: outcome.title })}{' '}
							<a href={outcome.href}>{text.t('workshop.worksheet.openWorkbook')}</a>
						</p>
					)}
				</div>
			</form>
		</section>
	);
}
