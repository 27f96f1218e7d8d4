/**
 * The workshop packs kept in this browser: open, choose the one "Add to workshop" adds to,
 * duplicate, export, delete (with a confirmation and an undo); a form to start a pack, and the
 * import of a pack file (previewed first; nothing changes until confirmed).
 */
import {
	useEffect,
	useId,
	useMemo,
	useRef,
	useState,
	useSyncExternalStore,
	type FormEvent,
} from 'react';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../domain/locales.ts';
import { workshopsPath } from '../../domain/paths.ts';
import { createWorkshop, WORKSHOP_LIMITS, type Workshop } from '../../domain/workshop/model.ts';
import { requestPersistence } from '../../state/assessments/open.ts';
import { activeWorkshopId, chooseWorkshop } from '../../state/workshops/active.ts';
import {
	createWorkshopList,
	type WorkshopImport,
	type WorkshopList,
} from '../../state/workshops/list.ts';
import {
	ConfirmDelete,
	UndoableMessage,
	describedBy,
	ErrorSummary,
	errorFor,
	Field,
	formText,
	ProblemList,
	StorageNotice,
	type FieldError,
} from '../assess/common.tsx';
import { downloadPack, type ScreenProps } from './common.ts';

/** Pack files above this size are refused before they are read. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export function List({ text, storage, base }: ScreenProps) {
	const list = useMemo(
		() =>
			createWorkshopList({
				repo: storage.repo,
				channel: storage.channel,
				tab: storage.tab,
				onWrite: storage.report,
			}),
		[storage]
	);
	useEffect(() => {
		void list.refresh();
		return () => list.dispose();
	}, [list]);
	const state = useSyncExternalStore(list.store.subscribe, list.store.getState);
	const [active, setActive] = useState(activeWorkshopId);
	const [message, setMessage] = useState<{ text: string; undo?: Workshop } | null>(null);
	const open = (pack: Workshop) => location.assign(`${base}${workshopsPath(text.locale, pack.id)}`);
	const choose = (id: string | null) => {
		chooseWorkshop(id);
		setActive(id);
	};

	return (
		<div className="workshops">
			<StorageNotice
				failure={state.failure}
				stale={false}
				durable={storage.repo.durable}
				text={text}
			/>
			{state.skipped > 0 && (
				<p className="notice">{text.t('workshop.skipped', { count: state.skipped })}</p>
			)}
			<div role="status" className="workspace-message">
				<UndoableMessage
					message={message}
					undoLabel={text.t('workshop.undo')}
					onUndo={(pack) =>
						void list
							.restore(pack)
							.then(() =>
								setMessage({ text: text.t('workshop.import.done', { title: pack.title }) })
							)
					}
				/>
			</div>

			<section aria-labelledby="wl-heading">
				<h2 id="wl-heading">{text.t('workshop.list.heading')}</h2>
				{state.status === 'ready' && state.packs.length === 0 && (
					<p>{text.t('workshop.list.empty')}</p>
				)}
				<ul className="assessment-list">
					{state.packs.map((pack) => (
						<PackItem
							key={pack.id}
							pack={pack}
							props={{ text, base, list }}
							isActive={active === pack.id}
							onChoose={() => choose(pack.id)}
							onMessage={(note) => setMessage({ text: note })}
							onDeleted={(removed) => {
								if (active === pack.id) choose(null);
								setMessage({
									text: text.t('workshop.deleted', { title: pack.title }),
									...(removed ? { undo: removed } : {}),
								});
							}}
						/>
					))}
				</ul>
			</section>

			<CreateForm
				text={text}
				onCreate={(pack) =>
					void list.add(pack).then(async () => {
						choose(pack.id);
						await requestPersistence();
						open(pack);
					})
				}
			/>
			<ImportForm
				text={text}
				list={list}
				onImported={(pack) =>
					setMessage({ text: text.t('workshop.import.done', { title: pack.title }) })
				}
			/>
		</div>
	);
}

function PackItem({
	pack,
	props: { text, base, list },
	isActive,
	onChoose,
	onMessage,
	onDeleted,
}: {
	pack: Workshop;
	props: { text: ScreenProps['text']; base: string; list: WorkshopList };
	isActive: boolean;
	onChoose: () => void;
	onMessage: (note: string) => void;
	onDeleted: (pack: Workshop | null) => void;
}) {
	const uid = useId();
	const [confirming, setConfirming] = useState(false);
	const deleteButton = useRef<HTMLButtonElement>(null);
	const href = `${base}${workshopsPath(text.locale, pack.id)}`;
	const who = <span className="sr-only"> — {pack.title}</span>;
	return (
		<li className={`assessment${isActive ? ' active' : ''}`} aria-labelledby={`${uid}-title`}>
			<h3 id={`${uid}-title`}>
				<a href={href}>{pack.title}</a>
			</h3>
			<dl className="facts">
				<div>
					<dt>{text.t('workshop.list.date')}</dt>
					<dd>{pack.date ? text.date(pack.date) : text.t('workshop.noDate')}</dd>
				</div>
				{pack.audience && (
					<div>
						<dt>{text.t('workshop.field.audience')}</dt>
						<dd>{pack.audience}</dd>
					</div>
				)}
				<div>
					<dt>{text.t('workshop.list.guidelines')}</dt>
					<dd>{text.number(pack.items.length)}</dd>
				</div>
				<div>
					<dt>{text.t('workshop.field.language')}</dt>
					<dd lang={pack.language}>{LOCALE_NAMES[pack.language]}</dd>
				</div>
				<div>
					<dt>{text.t('workshop.list.updated')}</dt>
					<dd>{text.date(pack.updatedAt)}</dd>
				</div>
			</dl>
			{isActive ? (
				<p className="badge active-badge">{text.t('workshop.list.active')}</p>
			) : (
				<p>
					<button type="button" className="secondary" onClick={onChoose}>
						{text.t('workshop.list.makeActive')}
						{who}
					</button>
				</p>
			)}
			<div
				className="button-row"
				role="group"
				aria-label={text.t('workshop.list.actionsFor', { title: pack.title })}
			>
				<a className="button" href={href}>
					{text.t('workshop.list.open')}
					{who}
				</a>
				<button
					type="button"
					onClick={() =>
						void list.exportJson(pack.id).then((out) => {
							if (out) onMessage(text.t('workshop.exported', { file: downloadPack(out.pack) }));
						})
					}
				>
					{text.t('workshop.export')}
					{who}
				</button>
				<button
					type="button"
					className="secondary"
					onClick={() =>
						void list
							.saveCopy(pack, text.t('workshop.copyTitle', { title: pack.title }))
							.then((copy) => onMessage(text.t('workshop.import.done', { title: copy.title })))
					}
				>
					{text.t('workshop.duplicate')}
					{who}
				</button>
				<button
					type="button"
					className="danger"
					ref={deleteButton}
					onClick={() => setConfirming(true)}
				>
					{text.t('workshop.delete')}
					{who}
				</button>
			</div>
			{confirming && (
				<ConfirmDelete
					id={`${uid}-confirm`}
					question={text.t('workshop.delete.confirm', { title: pack.title })}
					yes={text.t('workshop.delete.yes')}
					no={text.t('workshop.delete.no')}
					onYes={() => void list.remove(pack.id).then(onDeleted)}
					onNo={() => {
						setConfirming(false);
						deleteButton.current?.focus();
					}}
				/>
			)}
		</li>
	);
}

function CreateForm({
	text,
	onCreate,
}: {
	text: ScreenProps['text'];
	onCreate: (pack: Workshop) => void;
}) {
	const uid = useId();
	const [errors, setErrors] = useState<FieldError[]>([]);
	const submit = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		const form = new FormData(event.currentTarget);
		const title = formText(form, 'title').trim();
		const duration = Number(formText(form, 'duration'));
		const found: FieldError[] = [];
		if (!title) found.push({ field: `${uid}-title`, message: text.t('workshop.error.title') });
		if (!Number.isInteger(duration) || duration < 15 || duration > WORKSHOP_LIMITS.duration)
			found.push({
				field: `${uid}-duration`,
				message: text.t('workshop.error.duration', { min: 15, max: WORKSHOP_LIMITS.duration }),
			});
		setErrors(found);
		if (found.length > 0) return;
		const language = formText(form, 'language') as Locale;
		onCreate(
			createWorkshop(
				{
					title: title.slice(0, WORKSHOP_LIMITS.shortText),
					audience: formText(form, 'audience').trim().slice(0, WORKSHOP_LIMITS.shortText),
					date: formText(form, 'date') || null,
					duration,
					language: LOCALES.includes(language) ? language : text.locale,
					facilitator: formText(form, 'facilitator').trim().slice(0, WORKSHOP_LIMITS.shortText),
				},
				crypto.randomUUID(),
				new Date().toISOString()
			)
		);
	};
	const titleError = errorFor(errors, `${uid}-title`);
	const durationError = errorFor(errors, `${uid}-duration`);
	return (
		<section aria-labelledby={`${uid}-heading`}>
			<h2 id={`${uid}-heading`}>{text.t('workshop.new.heading')}</h2>
			<form className="item-form" onSubmit={submit} noValidate>
				<ErrorSummary errors={errors} text={text} />
				<Field id={`${uid}-title`} label={text.t('workshop.field.title')} error={titleError}>
					<input
						id={`${uid}-title`}
						name="title"
						maxLength={WORKSHOP_LIMITS.shortText}
						aria-invalid={titleError ? true : undefined}
						aria-describedby={describedBy(`${uid}-title`, false, titleError)}
					/>
				</Field>
				<Field
					id={`${uid}-audience`}
					label={text.t('workshop.field.audience')}
					hint={text.t('workshop.field.audience.hint')}
				>
					<input
						id={`${uid}-audience`}
						name="audience"
						maxLength={WORKSHOP_LIMITS.shortText}
						aria-describedby={`${uid}-audience-hint`}
					/>
				</Field>
				<div className="field-row">
					<Field id={`${uid}-date`} label={text.t('workshop.field.date')}>
						<input id={`${uid}-date`} name="date" type="date" />
					</Field>
					<Field
						id={`${uid}-duration`}
						label={text.t('workshop.field.duration')}
						error={durationError}
					>
						<input
							id={`${uid}-duration`}
							name="duration"
							type="number"
							inputMode="numeric"
							min={15}
							max={WORKSHOP_LIMITS.duration}
							step={5}
							defaultValue={180}
							aria-invalid={durationError ? true : undefined}
							aria-describedby={describedBy(`${uid}-duration`, false, durationError)}
						/>
					</Field>
				</div>
				<div className="field-row">
					<Field id={`${uid}-language`} label={text.t('workshop.field.language')}>
						<select id={`${uid}-language`} name="language" defaultValue={text.locale}>
							{LOCALES.map((l) => (
								<option key={l} value={l} lang={l}>
									{LOCALE_NAMES[l]}
								</option>
							))}
						</select>
					</Field>
					<Field id={`${uid}-facilitator`} label={text.t('workshop.field.facilitator')}>
						<input
							id={`${uid}-facilitator`}
							name="facilitator"
							maxLength={WORKSHOP_LIMITS.shortText}
						/>
					</Field>
				</div>
				<p>
					<button type="submit">{text.t('workshop.new.create')}</button>
				</p>
			</form>
		</section>
	);
}

function ImportForm({
	text,
	list,
	onImported,
}: {
	text: ScreenProps['text'];
	list: WorkshopList;
	onImported: (pack: Workshop) => void;
}) {
	const uid = useId();
	const [preview, setPreview] = useState<WorkshopImport | { ok: false; message: string } | null>(
		null
	);
	const input = useRef<HTMLInputElement>(null);
	const previewRef = useRef<HTMLDivElement>(null);
	useEffect(() => {
		if (preview?.ok) previewRef.current?.focus();
	}, [preview]);

	const read = async (file: File | undefined) => {
		setPreview(null);
		if (!file) return;
		if (file.size > MAX_IMPORT_BYTES) {
			setPreview({
				ok: false,
				message: text.t('assess.import.tooLarge', {
					size: text.number(file.size / 1024 / 1024, 1),
					max: MAX_IMPORT_BYTES / 1024 / 1024,
				}),
			});
			return;
		}
		try {
			setPreview(list.preview(await file.text()));
		} catch {
			setPreview({ ok: false, message: text.t('assess.import.unreadable') });
		}
	};
	const commit = (p: Extract<WorkshopImport, { ok: true }>, mode: 'replace' | 'copy') =>
		void list
			.commitImport(p, mode, text.t('workshop.copyTitle', { title: p.workshop.title }))
			.then((pack) => {
				setPreview(null);
				if (input.current) input.current.value = '';
				onImported(pack);
			});

	return (
		<section aria-labelledby={`${uid}-heading`} className="import">
			<h2 id={`${uid}-heading`}>{text.t('workshop.import.heading')}</h2>
			<Field id={`${uid}-file`} label={text.t('workshop.import.label')}>
				<input
					id={`${uid}-file`}
					ref={input}
					type="file"
					accept="application/json,.json"
					onChange={(e) => void read(e.target.files?.[0])}
				/>
			</Field>
			{preview && !preview.ok && 'message' in preview && (
				<div className="notice error" role="alert">
					<p>
						<strong>{text.t('workshop.import.refused')}</strong>
					</p>
					<p>{preview.message}</p>
				</div>
			)}
			{preview && !preview.ok && 'problems' in preview && (
				<ProblemList
					problems={preview.problems}
					text={text}
					title={text.t('workshop.import.refused')}
				/>
			)}
			{preview?.ok && (
				<div className="notice import-preview" tabIndex={-1} ref={previewRef}>
					<p>
						{text.t('workshop.import.preview', {
							title: preview.workshop.title,
							count: text.number(preview.workshop.items.length),
						})}
					</p>
					{preview.existing && (
						<p>{text.t('workshop.import.existing', { title: preview.existing.title })}</p>
					)}
					<p className="button-row">
						{preview.existing ? (
							<>
								<button type="button" onClick={() => commit(preview, 'replace')}>
									{text.t('workshop.import.replace')}
								</button>
								<button type="button" onClick={() => commit(preview, 'copy')}>
									{text.t('workshop.import.copy')}
								</button>
							</>
						) : (
							<button type="button" onClick={() => commit(preview, 'replace')}>
								{text.t('workshop.import.confirm')}
							</button>
						)}
						<button type="button" className="secondary" onClick={() => setPreview(null)}>
							{text.t('workshop.import.cancel')}
						</button>
					</p>
				</div>
			)}
		</section>
	);
}
