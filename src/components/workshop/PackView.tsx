/**
 * A pack as participants read it (the shared view and the print view): its facts, the
 * preparation template, the agenda, each guideline with our summary, the chosen questions and
 * exercises, and the follow-up. Facilitator notes are never shown here.
 */
import { useId, useMemo } from 'react';
import { LOCALE_NAMES } from '../../domain/locales.ts';
import type { Workshop, WorkshopItem } from '../../domain/workshop/model.ts';
import type { Text } from '../../i18n/text.ts';
import { AgendaSection, FollowUp, Preparation } from './Builder.tsx';
import { guidelineIndex, guidelineName, type Found } from './common.ts';
import type { WorkshopData } from './data.ts';

export function PackFacts({ pack, text }: { pack: Workshop; text: Text }) {
	return (
		<dl className="facts">
			<div>
				<dt>{text.t('workshop.list.date')}</dt>
				<dd>{pack.date ? text.date(pack.date) : text.t('workshop.noDate')}</dd>
			</div>
			<div>
				<dt>{text.t('workshop.field.start')}</dt>
				<dd>{pack.start}</dd>
			</div>
			<div>
				<dt>{text.t('workshop.field.duration')}</dt>
				<dd>{text.number(pack.duration)}</dd>
			</div>
			{pack.facilitator && (
				<div>
					<dt>{text.t('workshop.field.facilitator')}</dt>
					<dd>{pack.facilitator}</dd>
				</div>
			)}
			{pack.audience && (
				<div>
					<dt>{text.t('workshop.field.audience')}</dt>
					<dd>{pack.audience}</dd>
				</div>
			)}
			<div>
				<dt>{text.t('workshop.field.language')}</dt>
				<dd lang={pack.language}>{LOCALE_NAMES[pack.language]}</dd>
			</div>
		</dl>
	);
}

export function PackView({ pack, text, data }: { pack: Workshop; text: Text; data: WorkshopData }) {
	const uid = useId();
	const index = useMemo(() => guidelineIndex(data), [data]);
	return (
		<div className="pack-view">
			<PackFacts pack={pack} text={text} />
			{pack.preparation && <p className="preparation-note">{pack.preparation}</p>}
			<Preparation text={text} />
			<AgendaSection pack={pack} text={text} index={index} />
			<section aria-labelledby={`${uid}-g`}>
				<h2 id={`${uid}-g`}>{text.t('workshop.guidelines.heading')}</h2>
				{pack.items.map((item) => {
					const found = index.get(item.guideline);
					return found ? (
						<GuidelineBlock
							key={item.guideline}
							item={item}
							found={found}
							text={text}
							data={data}
						/>
					) : null;
				})}
			</section>
			<FollowUp pack={pack} text={text} />
		</div>
	);
}

function GuidelineBlock({
	item,
	found,
	text,
	data,
}: {
	item: WorkshopItem;
	found: Found;
	text: Text;
	data: WorkshopData;
}) {
	const uid = useId();
	const texts = data.texts[item.guideline];
	const questions = item.questions.flatMap((i) =>
		texts?.questions[i] ? [texts.questions[i]] : []
	);
	const lang = found.guideline.fallback ? 'en' : undefined;
	return (
		<article className="pack-guideline" aria-labelledby={`${uid}-h`}>
			<h3 id={`${uid}-h`} lang={lang}>
				{guidelineName(found)}
			</h3>
			<p lang={lang}>{found.guideline.statement}</p>
			{texts && <p lang={lang}>{texts.structure}</p>}
			{questions.length > 0 && (
				<>
					<h4>{text.t('workshop.item.questions')}</h4>
					<ol lang={lang}>
						{questions.map((q) => (
							<li key={q}>{q}</li>
						))}
					</ol>
				</>
			)}
			{item.exercises.map((x) => (
				<div key={x} className="exercise">
					<h4>{text.t(`workshop.exercise.${x}`)}</h4>
					{x === 'worksheet' && (
						<ul>
							{([0, 1, 2, 3, 4] as const).map((l) => (
								<li key={l}>
									{text.t(`scale.level.${l}`)}: {text.t(`scale.hint.${l}`)}
								</li>
							))}
						</ul>
					)}
					{x === 'evidence' && texts && (
						<ul lang={lang}>
							{texts.evidence.map((e) => (
								<li key={e}>{e}</li>
							))}
						</ul>
					)}
					{x === 'practice' && texts && (
						<ul lang={lang}>
							{texts.mechanism.map((m) => (
								<li key={m}>{m}</li>
							))}
						</ul>
					)}
				</div>
			))}
		</article>
	);
}
