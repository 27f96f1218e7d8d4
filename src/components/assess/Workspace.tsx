/**
 * The self-assessment workspace: the assessments kept in this browser (open, rename,
 * duplicate, export, delete with an undo), a form to start one, the import of a file (a
 * preview first; nothing changes until confirmed) and a sample to try. Warns when storage is
 * full or refused, and reminds to export a backup.
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
import type { Catalogue } from '../../domain/assessment/catalogue.ts';
import { demoAssessment } from '../../domain/assessment/demo.ts';
import { assessedSets } from '../../domain/assessment/guidelines.ts';
import {
	createAssessment,
	type Assessment,
	type AssessmentHeader,
	type Assessor,
} from '../../domain/assessment/model.ts';
import type { Locale } from '../../domain/locales.ts';
import { dashboardPath, mergePath, workbookPath } from '../../domain/paths.ts';
import { demoPhrases } from '../../i18n/demo.ts';
import { activeAssessment } from '../../state/assessments/active.ts';
import { requestPersistence, type AssessmentStorage } from '../../state/assessments/open.ts';
import {
	createWorkspace,
	needsBackup,
	type ImportPreview,
	type Workspace as WorkspaceApi,
} from '../../state/assessments/workspace.ts';
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
} from './common.tsx';
import { downloadCsv, downloadJson } from './export.ts';
import { ReportButton } from './ReportButton.tsx';
import { useActive, useAssessData, useAssessmentStorage } from './hooks.ts';
import { makeText, type Text } from '../../i18n/text.ts';

export interface WorkspaceProps {
	locale: Locale;
	dataUrl: string;
	base: string;
	loadError: string;
	loading: string;
}

/** Files above this size are refused before they are read. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export default function Workspace({ locale, dataUrl, base, loadError, loading }: WorkspaceProps) {
	const { data, failed } = useAssessData(dataUrl);
	const { storage, stale } = useAssessmentStorage();
	const text = useMemo(() => data && makeText(locale, data.strings), [data, locale]);
	const ws = useMemo(
		() =>
			storage &&
			createWorkspace({
				repo: storage.repo,
				channel: storage.channel,
				tab: storage.tab,
				onWrite: storage.report,
			}),
		[storage]
	);
	useEffect(() => {
		if (!ws) return;
		void ws.refresh();
		return () => ws.dispose();
	}, [ws]);

	if (failed)
		return (
			<p className="notice error" role="alert">
				{loadError}
			</p>
		);
	if (!text || !data || !ws || !storage) return <p role="status">{loading}</p>;
	return (
		<Loaded
			text={text}
			catalogue={data.catalogue}
			ws={ws}
			storage={storage}
			stale={stale}
			base={base}
		/>
	);
}

function Loaded({
	text,
	catalogue,
	ws,
	storage,
	stale,
	base,
}: {
	text: Text;
	catalogue: Catalogue;
	ws: WorkspaceApi;
	storage: AssessmentStorage;
	stale: boolean;
	base: string;
}) {
	const state = useSyncExternalStore(ws.store.subscribe, ws.store.getState);
	const active = useActive();
	const [message, setMessage] = useState<{ text: string; undo?: Assessment } | null>(null);
	const [persisted, setPersisted] = useState(false);

	/** After an assessment is added: make it the one guideline pages rate into. */
	const adopt = async (a: Assessment, note: string) => {
		const store = activeAssessment.getState();
		store.choose(a.id);
		if (a.assessors[0] && !store.me[a.id]) store.setMe(a.id, a.assessors[0].id);
		setMessage({ text: note });
		setPersisted(await requestPersistence());
	};

	const exportAll = () => {
		for (const h of state.headers)
			void ws.exportJson(h.id).then((out) => out && downloadJson(out.assessment));
	};

	return (
		<div className="workspace">
			<StorageNotice
				failure={state.failure}
				stale={stale}
				durable={storage.repo.durable}
				text={text}
				onExport={state.headers.length > 0 ? exportAll : undefined}
			/>
			{state.skipped > 0 && (
				<p className="notice">{text.tn('assess.storage.skipped', state.skipped)}</p>
			)}
			<div role="status" className="workspace-message">
				<UndoableMessage
					message={message}
					undoLabel={text.t('assess.undo')}
					onUndo={(a) =>
						void ws
							.restore(a)
							.then(() => setMessage({ text: text.t('assess.restored', { title: a.title }) }))
					}
				/>
				{persisted && <p className="muted">{text.t('assess.storage.persisted')}</p>}
			</div>

			<section aria-labelledby="ws-list">
				<h2 id="ws-list">{text.t('assess.list.heading')}</h2>
				{state.status === 'ready' && state.headers.length === 0 && (
					<p>{text.t('assess.list.empty')}</p>
				)}
				<ul className="assessment-list">
					{state.headers.map((h) => (
						<AssessmentItem
							key={h.id}
							header={h}
							rated={state.rated[h.id] ?? 0}
							catalogue={catalogue}
							text={text}
							base={base}
							ws={ws}
							isActive={active.id === h.id}
							onDeleted={(a) => {
								if (active.id === h.id) activeAssessment.getState().choose(null);
								setMessage({
									text: text.t('assess.deleted', { title: h.title }),
									...(a ? { undo: a } : {}),
								});
							}}
							onMessage={(note) => setMessage({ text: note })}
						/>
					))}
				</ul>
				<p>
					<button
						type="button"
						data-sample
						onClick={() => {
							const a = demoAssessment(catalogue, demoPhrases(text.strings), {
								now: new Date().toISOString(),
								id: crypto.randomUUID(),
								seed: Math.floor(Math.random() * 1e9),
							});
							void ws
								.add(a)
								.then(() => adopt(a, text.t('assess.sampleCreated', { title: a.title })));
						}}
					>
						{text.t('assess.sample')}
					</button>
				</p>
				<p>
					<a href={`${base}${mergePath(text.locale)}`}>{text.t('assess.list.merge')}</a>
				</p>
			</section>

			<CreateForm
				text={text}
				catalogue={catalogue}
				onCreate={(a) =>
					void ws.add(a).then(() => adopt(a, text.t('assess.created', { title: a.title })))
				}
			/>
			<ImportForm
				text={text}
				ws={ws}
				onImported={(a) => void adopt(a, text.t('assess.import.done', { title: a.title }))}
			/>
		</div>
	);
}

function AssessmentItem({
	header,
	rated,
	catalogue,
	text,
	base,
	ws,
	isActive,
	onDeleted,
	onMessage,
}: {
	header: AssessmentHeader;
	rated: number;
	catalogue: Catalogue;
	text: Text;
	base: string;
	ws: WorkspaceApi;
	isActive: boolean;
	onDeleted: (a: Assessment | null) => void;
	onMessage: (note: string) => void;
}) {
	const uid = useId();
	const [confirming, setConfirming] = useState(false);
	const [renaming, setRenaming] = useState(false);
	const deleteButton = useRef<HTMLButtonElement>(null);
	const sets = assessedSets(header, catalogue);
	const total = sets.reduce((n, s) => n + s.guidelines.length, 0);
	const first = sets[0]?.scope.set ?? '';
	const now = new Date().toISOString();
	const reminder = needsBackup(header, now);
	const days = header.lastExportedAt
		? Math.floor((Date.parse(now) - Date.parse(header.lastExportedAt)) / 86_400_000)
		: null;
	return (
		<li className={`assessment${isActive ? ' active' : ''}`} aria-labelledby={`${uid}-title`}>
			<h3 id={`${uid}-title`}>
				<a href={`${base}${workbookPath(text.locale, header.id, first)}`}>{header.title}</a>
			</h3>
			<dl className="facts">
				{header.organisation.name && (
					<div>
						<dt>{text.t('assess.list.organisation')}</dt>
						<dd>
							{[header.organisation.name, header.organisation.country].filter(Boolean).join(', ')}
						</dd>
					</div>
				)}
				<div>
					<dt>{text.t('assess.list.scope')}</dt>
					<dd>
						<ul className="inline-list">
							{sets.map((s) => (
								<li key={s.scope.set}>
									<a
										href={`${base}${workbookPath(text.locale, header.id, s.scope.set)}`}
										lang={s.catalogue?.fallback ? 'en' : undefined}
									>
										{s.catalogue?.shortTitle ?? s.scope.set.toUpperCase()} ({s.scope.edition})
									</a>
								</li>
							))}
						</ul>
					</dd>
				</div>
				{header.assessors.length > 0 && (
					<div>
						<dt>{text.t('assess.list.assessors')}</dt>
						<dd>{header.assessors.map((a) => a.name).join(', ')}</dd>
					</div>
				)}
				<div>
					<dt>{text.t('assess.list.progress')}</dt>
					<dd>{text.t('assess.list.progressValue', { rated, total })}</dd>
				</div>
				<div>
					<dt>{text.t('assess.list.updated')}</dt>
					<dd>{text.date(header.updatedAt)}</dd>
				</div>
			</dl>
			{reminder && (
				<p className="notice warning">
					{days === null ? text.t('assess.backupNever') : text.t('assess.backup', { days })}
				</p>
			)}
			{isActive ? (
				<p className="badge active-badge">{text.t('assess.list.active')}</p>
			) : (
				<p>
					<button
						type="button"
						className="secondary"
						onClick={() => activeAssessment.getState().choose(header.id)}
					>
						{text.t('assess.list.makeActive')}
						<span className="sr-only"> — {header.title}</span>
					</button>
				</p>
			)}
			<div
				className="button-row"
				role="group"
				aria-label={text.t('assess.list.actionsFor', { title: header.title })}
			>
				<a className="button" href={`${base}${workbookPath(text.locale, header.id, first)}`}>
					{text.t('assess.list.open')}
					<span className="sr-only"> — {header.title}</span>
				</a>
				<a className="button secondary" href={`${base}${dashboardPath(text.locale, header.id)}`}>
					{text.t('assess.list.dashboard')}
					<span className="sr-only"> — {header.title}</span>
				</a>
				<button
					type="button"
					title={text.t('assess.exportJson.hint')}
					onClick={() =>
						void ws.exportJson(header.id).then((out) => {
							if (out) onMessage(text.t('assess.exported', { file: downloadJson(out.assessment) }));
						})
					}
				>
					{text.t('assess.exportJson')}
					<span className="sr-only"> — {header.title}</span>
				</button>
				<button
					type="button"
					onClick={() =>
						void ws.load(header.id).then(async (a) => {
							if (a)
								onMessage(
									text.t('assess.exported', { file: await downloadCsv(a, catalogue, text) })
								);
						})
					}
				>
					{text.t('assess.exportCsv')}
					<span className="sr-only"> — {header.title}</span>
				</button>
				<ReportButton
					text={text}
					catalogue={catalogue}
					assessment={() => ws.load(header.id)}
					label={text.t('report.download')}
				/>
				<button
					type="button"
					className="secondary"
					onClick={() => setRenaming((r) => !r)}
					aria-expanded={renaming}
				>
					{text.t('assess.rename')}
					<span className="sr-only"> — {header.title}</span>
				</button>
				<button
					type="button"
					className="secondary"
					onClick={() =>
						void ws
							.duplicate(header.id, text.t('assess.copyTitle', { title: header.title }))
							.then((copy) => copy && onMessage(text.t('assess.created', { title: copy.title })))
					}
				>
					{text.t('assess.duplicate')}
					<span className="sr-only"> — {header.title}</span>
				</button>
				<button
					type="button"
					className="danger"
					ref={deleteButton}
					onClick={() => setConfirming(true)}
				>
					{text.t('assess.delete')}
					<span className="sr-only"> — {header.title}</span>
				</button>
			</div>
			{renaming && (
				<RenameForm
					header={header}
					text={text}
					onSave={(ops) => {
						void ws.changeHeader(header.id, ops);
						setRenaming(false);
					}}
					onCancel={() => setRenaming(false)}
				/>
			)}
			{confirming && (
				<ConfirmDelete
					id={`${uid}-confirm`}
					question={text.t('assess.delete.confirm', { title: header.title })}
					yes={text.t('assess.delete.yes')}
					no={text.t('assess.delete.no')}
					onYes={() => void ws.remove(header.id).then(onDeleted)}
					onNo={() => {
						setConfirming(false);
						deleteButton.current?.focus();
					}}
				/>
			)}
		</li>
	);
}

function RenameForm({
	header,
	text,
	onSave,
	onCancel,
}: {
	header: AssessmentHeader;
	text: Text;
	onSave: (ops: Parameters<WorkspaceApi['changeHeader']>[1]) => void;
	onCancel: () => void;
}) {
	const uid = useId();
	const [error, setError] = useState<string>();
	const submit = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		const form = new FormData(event.currentTarget);
		const title = formText(form, 'title').trim();
		if (!title) {
			setError(text.t('assess.error.title'));
			document.getElementById(`${uid}-title`)?.focus();
			return;
		}
		onSave([
			{ op: 'title', value: title.slice(0, 300) },
			{
				op: 'organisation',
				value: {
					name: formText(form, 'organisation').trim().slice(0, 300),
					country: formText(form, 'country').trim().slice(0, 300),
				},
			},
		]);
	};
	return (
		<form className="item-form" onSubmit={submit} noValidate>
			<Field id={`${uid}-title`} label={text.t('assess.rename.label')} error={error}>
				<input
					id={`${uid}-title`}
					name="title"
					defaultValue={header.title}
					maxLength={300}
					autoFocus
					aria-invalid={error ? true : undefined}
					aria-describedby={describedBy(`${uid}-title`, false, error)}
				/>
			</Field>
			<div className="field-row">
				<Field id={`${uid}-org`} label={text.t('assess.new.organisation')}>
					<input
						id={`${uid}-org`}
						name="organisation"
						defaultValue={header.organisation.name}
						maxLength={300}
					/>
				</Field>
				<Field id={`${uid}-country`} label={text.t('assess.new.country')}>
					<input
						id={`${uid}-country`}
						name="country"
						defaultValue={header.organisation.country}
						maxLength={300}
					/>
				</Field>
			</div>
			<p className="button-row">
				<button type="submit">{text.t('assess.rename.save')}</button>
				<button type="button" className="secondary" onClick={onCancel}>
					{text.t('assess.cancel')}
				</button>
			</p>
		</form>
	);
}

function CreateForm({
	text,
	catalogue,
	onCreate,
}: {
	text: Text;
	catalogue: Catalogue;
	onCreate: (a: Assessment) => void;
}) {
	const uid = useId();
	const [errors, setErrors] = useState<FieldError[]>([]);
	const [assessors, setAssessors] = useState<number[]>([1]);
	const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
	const next = useRef(2);
	const submit = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		const form = new FormData(event.currentTarget);
		const title = formText(form, 'title').trim();
		const found: FieldError[] = [];
		if (!title) found.push({ field: `${uid}-title`, message: text.t('assess.error.title') });
		const scope = catalogue.sets
			.filter((s) => form.get(`set-${s.code}`) === 'on')
			.map((s) => ({
				set: s.code,
				edition: formText(form, `edition-${s.code}`).trim().slice(0, 40),
				list: 'library' as const,
			}));
		if (scope.length === 0)
			found.push({
				field: `${uid}-set-${catalogue.sets[0]?.code ?? ''}`,
				message: text.t('assess.error.scope'),
			});
		for (const s of scope)
			if (!s.edition)
				found.push({
					field: `${uid}-edition-${s.set}`,
					message: text.t('assess.error.edition', { set: s.set.toUpperCase() }),
				});
		const people: Assessor[] = [];
		assessors.forEach((n, i) => {
			const name = formText(form, `assessor-${n}`).trim();
			const role = formText(form, `role-${n}`).trim();
			if (!name && role)
				found.push({
					field: `${uid}-assessor-${n}`,
					message: text.t('assess.error.assessor', { n: i + 1 }),
				});
			if (name) people.push({ id: `a${n}`, name: name.slice(0, 300), role: role.slice(0, 300) });
		});
		setErrors(found);
		if (found.length > 0) return;
		const at = new Date().toISOString();
		onCreate(
			createAssessment(
				{
					title: title.slice(0, 300),
					organisation: {
						name: formText(form, 'organisation').trim().slice(0, 300),
						country: formText(form, 'country').trim().slice(0, 300),
					},
					scope,
					assessors: people,
				},
				crypto.randomUUID(),
				at
			)
		);
		event.currentTarget.reset();
		setAssessors([1]);
		setChosen(new Set());
	};
	const err = (field: string) => errorFor(errors, `${uid}-${field}`);
	return (
		<section aria-labelledby={`${uid}-heading`} className="create">
			<h2 id={`${uid}-heading`}>{text.t('assess.new.heading')}</h2>
			<form onSubmit={submit} noValidate>
				<ErrorSummary errors={errors} text={text} />
				<Field
					id={`${uid}-title`}
					label={text.t('assess.new.title')}
					hint={text.t('assess.new.titleHint')}
					error={err('title')}
				>
					<input
						id={`${uid}-title`}
						name="title"
						maxLength={300}
						aria-invalid={err('title') ? true : undefined}
						aria-describedby={describedBy(`${uid}-title`, true, err('title'))}
					/>
				</Field>
				<div className="field-row">
					<Field id={`${uid}-org`} label={text.t('assess.new.organisation')}>
						<input id={`${uid}-org`} name="organisation" maxLength={300} />
					</Field>
					<Field id={`${uid}-country`} label={text.t('assess.new.country')}>
						<input id={`${uid}-country`} name="country" maxLength={300} />
					</Field>
				</div>
				<fieldset className="scope">
					<legend>{text.t('assess.new.scope')}</legend>
					<p className="hint" id={`${uid}-scope-hint`}>
						{text.t('assess.new.scopeHint')}
					</p>
					<ul className="scope-list">
						{catalogue.sets.map((s) => (
							<li key={s.code}>
								<div className="checkbox">
									<input
										type="checkbox"
										id={`${uid}-set-${s.code}`}
										name={`set-${s.code}`}
										aria-describedby={`${uid}-scope-hint`}
										aria-controls={`${uid}-edition-field-${s.code}`}
										aria-expanded={chosen.has(s.code)}
										onChange={(e) => {
											const next = new Set(chosen);
											if (e.target.checked) next.add(s.code);
											else next.delete(s.code);
											setChosen(next);
										}}
									/>
									<label htmlFor={`${uid}-set-${s.code}`}>
										<span lang={s.fallback ? 'en' : undefined}>{s.title}</span>{' '}
										<span className="muted">
											({text.tn('assess.new.guidelines', s.guidelines.length)})
										</span>
									</label>
								</div>
								<div
									id={`${uid}-edition-field-${s.code}`}
									hidden={!chosen.has(s.code)}
									className={`field inline${err(`edition-${s.code}`) ? ' has-error' : ''}`}
								>
									<label htmlFor={`${uid}-edition-${s.code}`}>
										{text.t('assess.new.edition', { set: s.shortTitle })}
									</label>
									<input
										id={`${uid}-edition-${s.code}`}
										name={`edition-${s.code}`}
										defaultValue={s.edition}
										size={10}
										maxLength={40}
										aria-invalid={err(`edition-${s.code}`) ? true : undefined}
									/>
								</div>
							</li>
						))}
					</ul>
				</fieldset>
				<fieldset className="assessors">
					<legend>{text.t('assess.new.assessors')}</legend>
					{assessors.map((n, i) => (
						<div className="field-row" key={n}>
							<Field
								id={`${uid}-assessor-${n}`}
								label={text.t('assess.new.assessorName', { n: i + 1 })}
								error={err(`assessor-${n}`)}
							>
								<input id={`${uid}-assessor-${n}`} name={`assessor-${n}`} maxLength={300} />
							</Field>
							<Field
								id={`${uid}-role-${n}`}
								label={text.t('assess.new.assessorRole', { n: i + 1 })}
							>
								<input id={`${uid}-role-${n}`} name={`role-${n}`} maxLength={300} />
							</Field>
							{assessors.length > 1 && (
								<button
									type="button"
									className="secondary small"
									onClick={() => setAssessors((list) => list.filter((x) => x !== n))}
								>
									{text.t('assess.new.removeAssessor', { n: i + 1 })}
								</button>
							)}
						</div>
					))}
					<button
						type="button"
						className="secondary"
						onClick={() => setAssessors((list) => [...list, next.current++])}
					>
						{text.t('assess.new.addAssessor')}
					</button>
				</fieldset>
				<button type="submit">{text.t('assess.new.create')}</button>
			</form>
		</section>
	);
}

function ImportForm({
	text,
	ws,
	onImported,
}: {
	text: Text;
	ws: WorkspaceApi;
	onImported: (a: Assessment) => void;
}) {
	const uid = useId();
	const [preview, setPreview] = useState<ImportPreview | { ok: false; message: string } | null>(
		null
	);
	const [busy, setBusy] = useState(false);
	const input = useRef<HTMLInputElement>(null);

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
		setBusy(true);
		try {
			setPreview(ws.preview(await file.text()));
		} catch {
			setPreview({ ok: false, message: text.t('assess.import.unreadable') });
		} finally {
			setBusy(false);
		}
	};

	const finish = (a: Assessment) => {
		setPreview(null);
		if (input.current) input.current.value = '';
		onImported(a);
	};

	return (
		<section aria-labelledby={`${uid}-heading`} className="import">
			<h2 id={`${uid}-heading`}>{text.t('assess.import.heading')}</h2>
			<Field
				id={`${uid}-file`}
				label={text.t('assess.import.label')}
				hint={text.t('assess.import.hint')}
			>
				<input
					id={`${uid}-file`}
					ref={input}
					type="file"
					accept="application/json,.json"
					aria-describedby={`${uid}-file-hint`}
					onChange={(e) => void read(e.target.files?.[0])}
				/>
			</Field>
			{busy && <p role="status">{text.t('assess.import.reading')}</p>}
			{preview && !preview.ok && 'message' in preview && (
				<div className="notice error" role="alert">
					<p>
						<strong>{text.t('assess.import.failed')}</strong>
					</p>
					<p>{preview.message}</p>
				</div>
			)}
			{preview && !preview.ok && 'problems' in preview && (
				<ProblemList
					problems={preview.problems}
					text={text}
					title={text.t('assess.import.failed')}
				/>
			)}
			{preview?.ok && (
				<ImportPreviewView
					preview={preview}
					text={text}
					ws={ws}
					onDone={finish}
					onCancel={() => setPreview(null)}
				/>
			)}
		</section>
	);
}

function ImportPreviewView({
	preview,
	text,
	ws,
	onDone,
	onCancel,
}: {
	preview: Extract<ImportPreview, { ok: true }>;
	text: Text;
	ws: WorkspaceApi;
	onDone: (a: Assessment) => void;
	onCancel: () => void;
}) {
	const a = preview.assessment;
	const rated = Object.values(a.guidelines).filter((r) => r.level !== null).length;
	const existingRated = preview.existing
		? (ws.store.getState().rated[preview.existing.id] ?? 0)
		: 0;
	const ref = useRef<HTMLDivElement>(null);
	useEffect(() => ref.current?.focus(), []);
	const commit = (mode: 'replace' | 'copy') =>
		void ws
			.commitImport(preview, mode, text.t('assess.copyTitle', { title: a.title }))
			.then(onDone);
	return (
		<div
			className="notice import-preview"
			tabIndex={-1}
			ref={ref}
			aria-labelledby="import-preview-title"
		>
			<p id="import-preview-title">
				<strong>{text.t('assess.import.preview')}</strong>
			</p>
			<dl className="facts">
				<div>
					<dt>{text.t('assess.new.title')}</dt>
					<dd>{a.title}</dd>
				</div>
				<div>
					<dt>{text.t('assess.list.organisation')}</dt>
					<dd>{[a.organisation.name, a.organisation.country].filter(Boolean).join(', ') || '—'}</dd>
				</div>
				<div>
					<dt>{text.t('assess.list.scope')}</dt>
					<dd>{a.scope.map((s) => `${s.set.toUpperCase()} (${s.edition})`).join(', ')}</dd>
				</div>
				<div>
					<dt>{text.t('assess.list.progress')}</dt>
					<dd>{rated}</dd>
				</div>
			</dl>
			{preview.migratedFrom !== null && (
				<p>{text.t('assess.import.migrated', { version: preview.migratedFrom })}</p>
			)}
			{preview.existing ? (
				<>
					<p className="warning-text">
						{text.t('assess.import.replaceWarning', {
							title: preview.existing.title,
							date: text.date(preview.existing.updatedAt),
							rated: existingRated,
						})}
					</p>
					<p className="button-row">
						<button type="button" className="danger" onClick={() => commit('replace')}>
							{text.t('assess.import.replace')}
						</button>
						<button type="button" onClick={() => commit('copy')}>
							{text.t('assess.import.keepBoth')}
						</button>
						<button type="button" className="secondary" onClick={onCancel}>
							{text.t('assess.cancel')}
						</button>
					</p>
				</>
			) : (
				<p className="button-row">
					<button type="button" onClick={() => commit('replace')}>
						{text.t('assess.import.add')}
					</button>
					<button type="button" className="secondary" onClick={onCancel}>
						{text.t('assess.cancel')}
					</button>
				</p>
			)}
		</div>
	);
}
