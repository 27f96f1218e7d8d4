/**
 * One workshop pack, as a trainer builds it: its details, the guidelines in order (sortable by
 * drag and by keyboard, each with its time, facilitator notes, questions and exercises), the
 * agenda whose times add up, the three phases, and the outputs: the participant handout and
 * facilitator guide (PDF, made in a worker by the report's engine), the print view, the file
 * and a share link. Every change is saved as it is made.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../domain/locales.ts';
import { workshopsPath } from '../../domain/paths.ts';
import { agenda, checkIns } from '../../domain/workshop/agenda.ts';
import { clockTime, WORKSHOP_LIMITS, type Workshop } from '../../domain/workshop/model.ts';
import type { WorkshopOp } from '../../domain/workshop/ops.ts';
import { encodeShare, SHARE_PARAM } from '../../domain/workshop/share.ts';
import * as z from 'zod/mini';
import type { Text } from '../../i18n/text.ts';
import { formText, SaveStatus, StorageNotice } from '../assess/common.tsx';
import { PdfButton } from '../assess/PdfButton.tsx';
import {
	downloadPack,
	guidelineIndex,
	guidelineName,
	type Found,
	type ScreenProps,
} from './common.ts';
import { loadWorkshopData } from './data.ts';
import { SavingField, wholeMinutes } from './fields.tsx';
import { useWorkshopSession } from './hooks.ts';
import { SortableItems } from './SortableItems.tsx';

export function Builder(props: ScreenProps & { id: string }) {
	const { text, storage, base, id } = props;
	const { session, state } = useWorkshopSession(storage, id);
	/** The library's guidelines by id, for the list and the agenda (built once per data file). */
	const index = useMemo(() => guidelineIndex(props.data), [props.data]);
	const pack = state.pack;
	const back = (
		<p>
			<a href={`${base}${workshopsPath(text.locale)}`}>{text.t('workshop.back')}</a>
		</p>
	);
	if (state.status === 'loading') return <p role="status">{text.t('workshop.loading')}</p>;
	if (state.status === 'missing' || !pack)
		return (
			<>
				<p className="notice error" role="alert">
					{text.t('workshop.missing')}
				</p>
				{back}
			</>
		);
	const change = (ops: WorkshopOp[]) => session.change(ops);
	return (
		<div className="workshop-builder">
			{back}
			<StorageNotice
				failure={state.failure}
				stale={false}
				durable={storage.repo.durable}
				text={text}
				onExport={() => downloadPack(pack)}
			/>
			<h2 className="pack-title">{pack.title}</h2>
			<SaveStatus pending={state.pending} failure={state.failure} text={text} />
			<Details pack={pack} text={text} change={change} />
			<Guidelines {...props} pack={pack} change={change} index={index} />
			<AgendaSection pack={pack} text={text} index={index} />
			<Phases pack={pack} text={text} />
			<Outputs
				{...props}
				pack={pack}
				onExported={() => change([{ op: 'exported', at: new Date().toISOString() }])}
			/>
		</div>
	);
}

function Details({
	pack,
	text,
	change,
}: {
	pack: Workshop;
	text: Text;
	change: (ops: WorkshopOp[]) => void;
}) {
	const uid = useId();
	const minutes = wholeMinutes(
		0,
		WORKSHOP_LIMITS.itemMinutes,
		text.t('workshop.error.minutes', { max: WORKSHOP_LIMITS.itemMinutes })
	);
	return (
		<section aria-labelledby={`${uid}-h`}>
			<h2 id={`${uid}-h`}>{text.t('workshop.details')}</h2>
			<div className="item-form">
				<SavingField
					id={`${uid}-title`}
					label={text.t('workshop.field.title')}
					value={pack.title}
					maxLength={WORKSHOP_LIMITS.shortText}
					validate={(v) => (v.trim() ? undefined : text.t('workshop.error.title'))}
					onSave={(value) => change([{ op: 'set', field: 'title', value }])}
				/>
				<SavingField
					id={`${uid}-audience`}
					label={text.t('workshop.field.audience')}
					hint={text.t('workshop.field.audience.hint')}
					value={pack.audience}
					maxLength={WORKSHOP_LIMITS.shortText}
					onSave={(value) => change([{ op: 'set', field: 'audience', value }])}
				/>
				<div className="field-row">
					<SavingField
						id={`${uid}-date`}
						kind="date"
						label={text.t('workshop.field.date')}
						value={pack.date ?? ''}
						onSave={(value) => change([{ op: 'set', field: 'date', value: value || null }])}
					/>
					<SavingField
						id={`${uid}-start`}
						kind="time"
						label={text.t('workshop.field.start')}
						value={pack.start}
						validate={(v) =>
							z.safeParse(clockTime, v).success ? undefined : text.t('workshop.error.start')
						}
						onSave={(value) => change([{ op: 'set', field: 'start', value }])}
					/>
					<SavingField
						id={`${uid}-duration`}
						kind="number"
						label={text.t('workshop.field.duration')}
						value={String(pack.duration)}
						min={15}
						max={WORKSHOP_LIMITS.duration}
						validate={wholeMinutes(
							15,
							WORKSHOP_LIMITS.duration,
							text.t('workshop.error.duration', { min: 15, max: WORKSHOP_LIMITS.duration })
						)}
						onSave={(value) => change([{ op: 'set', field: 'duration', value: Number(value) }])}
					/>
				</div>
				<div className="field-row">
					<div className="field">
						<label htmlFor={`${uid}-language`}>{text.t('workshop.field.language')}</label>
						<select
							id={`${uid}-language`}
							value={pack.language}
							onChange={(e) =>
								change([{ op: 'set', field: 'language', value: e.target.value as Locale }])
							}
						>
							{LOCALES.map((l) => (
								<option key={l} value={l} lang={l}>
									{LOCALE_NAMES[l]}
								</option>
							))}
						</select>
					</div>
					<SavingField
						id={`${uid}-facilitator`}
						label={text.t('workshop.field.facilitator')}
						value={pack.facilitator}
						maxLength={WORKSHOP_LIMITS.shortText}
						onSave={(value) => change([{ op: 'set', field: 'facilitator', value }])}
					/>
				</div>
				<div className="field-row">
					<SavingField
						id={`${uid}-opening`}
						kind="number"
						label={text.t('workshop.field.opening')}
						value={String(pack.opening)}
						min={0}
						max={WORKSHOP_LIMITS.itemMinutes}
						validate={minutes}
						onSave={(value) => change([{ op: 'set', field: 'opening', value: Number(value) }])}
					/>
					<SavingField
						id={`${uid}-closing`}
						kind="number"
						label={text.t('workshop.field.closing')}
						value={String(pack.closing)}
						min={0}
						max={WORKSHOP_LIMITS.itemMinutes}
						validate={minutes}
						onSave={(value) => change([{ op: 'set', field: 'closing', value: Number(value) }])}
					/>
				</div>
				<SavingField
					id={`${uid}-preparation`}
					kind="textarea"
					label={text.t('workshop.field.preparation')}
					hint={text.t('workshop.field.preparation.hint')}
					value={pack.preparation}
					maxLength={WORKSHOP_LIMITS.notes}
					onSave={(value) => change([{ op: 'set', field: 'preparation', value }])}
				/>
			</div>
		</section>
	);
}

function Guidelines({
	text,
	data,
	base,
	pack,
	change,
	index,
}: ScreenProps & {
	pack: Workshop;
	change: (ops: WorkshopOp[]) => void;
	index: Map<string, Found>;
}) {
	const uid = useId();
	return (
		<section aria-labelledby={`${uid}-h`}>
			<h2 id={`${uid}-h`}>{text.t('workshop.guidelines.heading')}</h2>
			{pack.items.length === 0 ? (
				<p>{text.t('workshop.guidelines.empty')}</p>
			) : (
				<SortableItems
					pack={pack}
					text={text}
					data={data}
					base={base}
					index={index}
					change={change}
				/>
			)}
			<AddGuideline pack={pack} text={text} data={data} change={change} />
		</section>
	);
}

function AddGuideline({
	pack,
	text,
	data,
	change,
}: {
	pack: Workshop;
	text: Text;
	data: ScreenProps['data'];
	change: (ops: WorkshopOp[]) => void;
}) {
	const uid = useId();
	const [set, setSet] = useState(data.catalogue.sets[0]?.code ?? '');
	const guidelines = data.catalogue.sets.find((s) => s.code === set)?.guidelines ?? [];
	const inPack = new Set(pack.items.map((i) => i.guideline));
	const submit = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		const id = formText(new FormData(event.currentTarget), 'guideline');
		if (!id || inPack.has(id)) return;
		change([{ op: 'add', guideline: id, questionCount: data.texts[id]?.questions.length ?? 0 }]);
	};
	return (
		<form className="item-form add-guideline" onSubmit={submit} aria-labelledby={`${uid}-h`}>
			<h3 id={`${uid}-h`}>{text.t('workshop.add.heading')}</h3>
			<div className="field-row">
				<div className="field">
					<label htmlFor={`${uid}-set`}>{text.t('workshop.add.set')}</label>
					<select id={`${uid}-set`} value={set} onChange={(e) => setSet(e.target.value)}>
						{data.catalogue.sets.map((s) => (
							<option key={s.code} value={s.code} lang={s.fallback ? 'en' : undefined}>
								{s.shortTitle}
							</option>
						))}
					</select>
				</div>
				<div className="field">
					<label htmlFor={`${uid}-guideline`}>{text.t('workshop.add.guideline')}</label>
					<select id={`${uid}-guideline`} name="guideline" key={set}>
						{guidelines.map((g) => (
							<option
								key={g.id}
								value={g.id}
								disabled={inPack.has(g.id)}
								lang={g.fallback ? 'en' : undefined}
							>
								{g.number}. {g.title}
								{inPack.has(g.id) ? ` ${text.t('workshop.add.already')}` : ''}
							</option>
						))}
					</select>
				</div>
			</div>
			<p>
				<button type="submit">{text.t('workshop.add.submit')}</button>
			</p>
		</form>
	);
}

/** The agenda as a table, with the total against the planned duration. */
export function AgendaSection({
	pack,
	text,
	index,
}: {
	pack: Workshop;
	text: Text;
	index: Map<string, Found>;
}) {
	const uid = useId();
	const a = agenda(pack);
	const session = (row: (typeof a.rows)[number]) => {
		if (row.kind === 'opening') return text.t('workshop.agenda.opening');
		if (row.kind === 'closing') return text.t('workshop.agenda.closing');
		const found = index.get(row.guideline ?? '');
		return found ? guidelineName(found) : row.guideline;
	};
	return (
		<section aria-labelledby={`${uid}-h`}>
			<h2 id={`${uid}-h`}>{text.t('workshop.agenda.heading')}</h2>
			<table className="agenda">
				<thead>
					<tr>
						<th scope="col">{text.t('workshop.agenda.time')}</th>
						<th scope="col">{text.t('workshop.agenda.session')}</th>
						<th scope="col" className="num">
							{text.t('workshop.agenda.minutes')}
						</th>
					</tr>
				</thead>
				<tbody>
					{a.rows.map((row, i) => (
						<tr key={i}>
							<td>
								{row.start}–{row.end}
							</td>
							<td>{session(row)}</td>
							<td className="num">{text.number(row.minutes)}</td>
						</tr>
					))}
				</tbody>
			</table>
			<p data-agenda-total>
				{text.t('workshop.agenda.total', {
					total: text.number(a.total),
					duration: text.number(a.duration),
					end: a.end,
				})}
			</p>
			<div role="status">
				{a.over > 0 && (
					<p className="notice warning" data-agenda-over>
						{text.t('workshop.agenda.over', { minutes: text.number(a.over) })}
					</p>
				)}
				{a.free > 0 && (
					<p className="muted">
						{text.t('workshop.agenda.free', { minutes: text.number(a.free) })}
					</p>
				)}
			</div>
		</section>
	);
}

/** The preparation phase: the statement-of-purpose template participants fill in. */
export function Preparation({ text }: { text: Text }) {
	const uid = useId();
	return (
		<section aria-labelledby={`${uid}-prep`}>
			<h2 id={`${uid}-prep`}>{text.t('workshop.phase.preparation')}</h2>
			<p>{text.t('workshop.phase.preparation.intro')}</p>
			<ol>
				<li>{text.t('workshop.prep.institution')}</li>
				<li>{text.t('workshop.prep.implementing')}</li>
				<li>{text.t('workshop.prep.obstacles')}</li>
				<li>{text.t('workshop.prep.expect')}</li>
			</ol>
		</section>
	);
}

/** The follow-up phase: the action plan and the three monthly check-ins with their dates. */
export function FollowUp({ pack, text }: { pack: Workshop; text: Text }) {
	const uid = useId();
	return (
		<section aria-labelledby={`${uid}-fu`}>
			<h2 id={`${uid}-fu`}>{text.t('workshop.phase.followUp')}</h2>
			<p>{text.t('workshop.followUp.intro')}</p>
			{!pack.date && <p className="muted">{text.t('workshop.followUp.noDate')}</p>}
			<table className="check-ins">
				<thead>
					<tr>
						<th scope="col">{text.t('workshop.phase.followUp')}</th>
						<th scope="col">{text.t('workshop.followUp.when')}</th>
					</tr>
				</thead>
				<tbody>
					{checkIns(pack.date).map((c) => (
						<tr key={c.months}>
							<td>{text.tn('workshop.followUp.checkIn', c.months)}</td>
							<td>{c.date ? text.date(c.date) : text.t('workshop.noDate')}</td>
						</tr>
					))}
				</tbody>
			</table>
		</section>
	);
}

/** The three phases as the builder shows them. */
function Phases({ pack, text }: { pack: Workshop; text: Text }) {
	const uid = useId();
	return (
		<>
			<Preparation text={text} />
			<section aria-labelledby={`${uid}-ws`}>
				<h2 id={`${uid}-ws`}>{text.t('workshop.phase.workshop')}</h2>
				<p>{text.t('workshop.phase.workshop.intro')}</p>
			</section>
			<FollowUp pack={pack} text={text} />
		</>
	);
}

/** The share link of a pack: the builder in the pack's language, the pack in the fragment. */
export function shareUrl(pack: Workshop, base: string): string {
	return `${location.origin}${base}${workshopsPath(pack.language)}#${SHARE_PARAM}=${encodeShare(pack)}`;
}

function Outputs({
	text,
	base,
	dataUrls,
	pack,
	onExported,
}: ScreenProps & { pack: Workshop; onExported: () => void }) {
	const uid = useId();
	const [note, setNote] = useState('');
	const link = useMemo(() => shareUrl(pack, base), [pack, base]);
	const request = (kind: 'handout' | 'guide') => async () => {
		const data = await loadWorkshopData(dataUrls, pack.language);
		return {
			kind: 'workshop' as const,
			input: {
				workshop: pack,
				catalogue: data.catalogue,
				texts: data.texts,
				strings: data.strings,
				locale: pack.language,
				kind,
				date: new Date().toISOString().slice(0, 10),
			},
		};
	};
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(link);
			setNote(text.t('workshop.share.copied'));
		} catch {
			(document.getElementById(`${uid}-link`) as HTMLInputElement | null)?.select();
			setNote(text.t('workshop.share.copyFailed'));
		}
	};
	return (
		<section aria-labelledby={`${uid}-h`} className="outputs">
			<h2 id={`${uid}-h`}>{text.t('workshop.outputs')}</h2>
			<p className="button-row">
				<PdfButton
					text={text}
					label={text.t('workshop.handout')}
					fileTitle={`${pack.title} handout`}
					request={request('handout')}
				/>
			</p>
			<p className="button-row">
				<PdfButton
					text={text}
					label={text.t('workshop.guide')}
					fileTitle={`${pack.title} guide`}
					request={request('guide')}
				/>
			</p>
			<p className="button-row">
				<a
					className="button secondary"
					href={`${base}${workshopsPath(text.locale, pack.id, 'print')}`}
				>
					{text.t('workshop.print')}
				</a>
				<button
					type="button"
					onClick={() => {
						setNote(text.t('workshop.exported', { file: downloadPack(pack) }));
						onExported();
					}}
				>
					{text.t('workshop.export')}
				</button>
			</p>
			<div className="field">
				<label htmlFor={`${uid}-link`}>{text.t('workshop.share.label')}</label>
				<p id={`${uid}-link-hint`} className="hint">
					{text.t('workshop.share.hint')}
				</p>
				<input
					id={`${uid}-link`}
					readOnly
					value={link}
					aria-describedby={`${uid}-link-hint`}
					onFocus={(e) => e.target.select()}
				/>
			</div>
			<p className="button-row">
				<button type="button" onClick={() => void copy()}>
					{text.t('workshop.share')}
				</button>
			</p>
			<p role="status">{note}</p>
		</section>
	);
}
