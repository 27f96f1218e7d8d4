/**
 * A guideline's evidence items and actions: each listed with its details, editable and
 * removable; a form adds one. A reference becomes a link only for web and mail addresses.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import {
	ACTION_STATUSES,
	EVIDENCE_KINDS,
	PRIORITIES,
	type Action,
	type Evidence,
} from '../../domain/assessment/model.ts';
import { describedBy, Field, formText } from './common.tsx';
import { safeHref } from './links.ts';
import type { Text } from '../../i18n/text.ts';

const newItemId = (prefix: string) => `${prefix}${crypto.randomUUID().slice(0, 8)}`;

interface ListProps<T> {
	items: T[];
	text: Text;
	/** Names the guideline, for unique labels ("Edit Annual report"). */
	label: string;
	onAdd: (item: T) => void;
	onUpdate: (id: string, fields: Partial<Omit<T, 'id'>>) => void;
	onRemove: (id: string) => void;
}

export function EvidenceList({
	items,
	text,
	label,
	onAdd,
	onUpdate,
	onRemove,
}: ListProps<Evidence>) {
	const [editing, setEditing] = useState<string | null>(null);
	const [adding, setAdding] = useState(false);
	const addButton = useRef<HTMLButtonElement>(null);
	return (
		<section className="items" aria-label={`${text.t('assess.evidence.heading')} — ${label}`}>
			<h4>{text.t('assess.evidence.heading')}</h4>
			{items.length === 0 && <p className="muted">{text.t('assess.evidence.none')}</p>}
			<ul>
				{items.map((e) =>
					editing === e.id ? (
						<li key={e.id}>
							<EvidenceForm
								text={text}
								initial={e}
								onSave={(fields) => {
									onUpdate(e.id, fields);
									setEditing(null);
								}}
								onCancel={() => setEditing(null)}
							/>
						</li>
					) : (
						<li key={e.id} className="item">
							<span className="item-title">{e.title}</span>{' '}
							<span className="badge">{text.t(`evidence.kind.${e.kind}`)}</span>
							{e.reference && (
								<span className="item-detail">
									{safeHref(e.reference) ? (
										<a
											href={safeHref(e.reference)!}
											rel="noopener noreferrer"
											target="_blank"
											className="url"
										>
											{e.reference}
										</a>
									) : (
										<span className="url">{e.reference}</span>
									)}
								</span>
							)}
							{(e.date || e.owner) && (
								<span className="item-detail muted">
									{[text.date(e.date), e.owner].filter(Boolean).join(' · ')}
								</span>
							)}
							<span className="item-buttons">
								<button type="button" className="secondary small" onClick={() => setEditing(e.id)}>
									{text.t('assess.evidence.edit')}
									<span className="sr-only"> {e.title}</span>
								</button>
								<button type="button" className="secondary small" onClick={() => onRemove(e.id)}>
									{text.t('assess.evidence.remove')}
									<span className="sr-only"> {e.title}</span>
								</button>
							</span>
						</li>
					)
				)}
			</ul>
			{adding ? (
				<EvidenceForm
					text={text}
					onSave={(fields) => {
						onAdd({ id: newItemId('e'), ...fields });
						setAdding(false);
						addButton.current?.focus();
					}}
					onCancel={() => setAdding(false)}
				/>
			) : (
				<button type="button" ref={addButton} onClick={() => setAdding(true)}>
					{text.t('assess.evidence.add')}
					<span className="sr-only"> — {label}</span>
				</button>
			)}
		</section>
	);
}

function EvidenceForm({
	text,
	initial,
	onSave,
	onCancel,
}: {
	text: Text;
	initial?: Evidence;
	onSave: (fields: Omit<Evidence, 'id'>) => void;
	onCancel: () => void;
}) {
	const id = useId();
	const [error, setError] = useState<string>();
	const submit = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		event.stopPropagation();
		const form = new FormData(event.currentTarget);
		const title = formText(form, 'title').trim();
		if (!title) {
			setError(text.t('assess.error.evidenceTitle'));
			document.getElementById(`${id}-title`)?.focus();
			return;
		}
		onSave({
			title: title.slice(0, 300),
			kind: formText(form, 'kind') as Evidence['kind'],
			reference: formText(form, 'reference').trim().slice(0, 2000),
			date: formText(form, 'date') || null,
			owner: formText(form, 'owner').trim().slice(0, 300),
		});
	};
	return (
		<form className="item-form" onSubmit={submit} noValidate>
			<Field id={`${id}-title`} label={text.t('assess.evidence.title')} error={error}>
				<input
					id={`${id}-title`}
					name="title"
					defaultValue={initial?.title}
					maxLength={300}
					autoFocus
					aria-invalid={error ? true : undefined}
					aria-describedby={describedBy(`${id}-title`, false, error)}
				/>
			</Field>
			<div className="field-row">
				<Field id={`${id}-kind`} label={text.t('assess.evidence.kind')}>
					<select id={`${id}-kind`} name="kind" defaultValue={initial?.kind ?? 'report'}>
						{EVIDENCE_KINDS.map((k) => (
							<option key={k} value={k}>
								{text.t(`evidence.kind.${k}`)}
							</option>
						))}
					</select>
				</Field>
				<Field id={`${id}-date`} label={text.t('assess.evidence.date')}>
					<input id={`${id}-date`} name="date" type="date" defaultValue={initial?.date ?? ''} />
				</Field>
			</div>
			<Field
				id={`${id}-reference`}
				label={text.t('assess.evidence.reference')}
				hint={text.t('assess.evidence.referenceHint')}
			>
				<input
					id={`${id}-reference`}
					name="reference"
					defaultValue={initial?.reference}
					maxLength={2000}
					aria-describedby={`${id}-reference-hint`}
				/>
			</Field>
			<Field id={`${id}-owner`} label={text.t('assess.evidence.owner')}>
				<input id={`${id}-owner`} name="owner" defaultValue={initial?.owner} maxLength={300} />
			</Field>
			<p className="button-row">
				<button type="submit">{text.t('assess.evidence.save')}</button>
				<button type="button" className="secondary" onClick={onCancel}>
					{text.t('assess.cancel')}
				</button>
			</p>
		</form>
	);
}

export function ActionList({ items, text, label, onAdd, onUpdate, onRemove }: ListProps<Action>) {
	const [editing, setEditing] = useState<string | null>(null);
	const [adding, setAdding] = useState(false);
	const addButton = useRef<HTMLButtonElement>(null);
	return (
		<section className="items" aria-label={`${text.t('assess.action.heading')} — ${label}`}>
			<h4>{text.t('assess.action.heading')}</h4>
			{items.length === 0 && <p className="muted">{text.t('assess.action.none')}</p>}
			<ul>
				{items.map((a) =>
					editing === a.id ? (
						<li key={a.id}>
							<ActionForm
								text={text}
								initial={a}
								onSave={(fields) => {
									onUpdate(a.id, fields);
									setEditing(null);
								}}
								onCancel={() => setEditing(null)}
							/>
						</li>
					) : (
						<li key={a.id} className="item">
							<span className="item-title">{a.what}</span>{' '}
							<span className="badge">{text.t(`action.status.${a.status}`)}</span>{' '}
							<span className="badge">{text.t(`priority.${a.priority}`)}</span>
							{(a.due || a.owner) && (
								<span className="item-detail muted">
									{[a.owner, text.date(a.due)].filter(Boolean).join(' · ')}
								</span>
							)}
							<span className="item-buttons">
								<button type="button" className="secondary small" onClick={() => setEditing(a.id)}>
									{text.t('assess.evidence.edit')}
									<span className="sr-only"> {a.what}</span>
								</button>
								<button type="button" className="secondary small" onClick={() => onRemove(a.id)}>
									{text.t('assess.evidence.remove')}
									<span className="sr-only"> {a.what}</span>
								</button>
							</span>
						</li>
					)
				)}
			</ul>
			{adding ? (
				<ActionForm
					text={text}
					onSave={(fields) => {
						onAdd({ id: newItemId('x'), ...fields });
						setAdding(false);
						addButton.current?.focus();
					}}
					onCancel={() => setAdding(false)}
				/>
			) : (
				<button type="button" ref={addButton} onClick={() => setAdding(true)}>
					{text.t('assess.action.add')}
					<span className="sr-only"> — {label}</span>
				</button>
			)}
		</section>
	);
}

function ActionForm({
	text,
	initial,
	onSave,
	onCancel,
}: {
	text: Text;
	initial?: Action;
	onSave: (fields: Omit<Action, 'id'>) => void;
	onCancel: () => void;
}) {
	const id = useId();
	const [error, setError] = useState<string>();
	const submit = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		event.stopPropagation();
		const form = new FormData(event.currentTarget);
		const what = formText(form, 'what').trim();
		if (!what) {
			setError(text.t('assess.error.actionWhat'));
			document.getElementById(`${id}-what`)?.focus();
			return;
		}
		onSave({
			what: what.slice(0, 2000),
			owner: formText(form, 'owner').trim().slice(0, 300),
			due: formText(form, 'due') || null,
			status: formText(form, 'status') as Action['status'],
			priority: formText(form, 'priority') as Action['priority'],
		});
	};
	return (
		<form className="item-form" onSubmit={submit} noValidate>
			<Field id={`${id}-what`} label={text.t('assess.action.what')} error={error}>
				<input
					id={`${id}-what`}
					name="what"
					defaultValue={initial?.what}
					maxLength={2000}
					autoFocus
					aria-invalid={error ? true : undefined}
					aria-describedby={describedBy(`${id}-what`, false, error)}
				/>
			</Field>
			<div className="field-row">
				<Field id={`${id}-owner`} label={text.t('assess.action.owner')}>
					<input id={`${id}-owner`} name="owner" defaultValue={initial?.owner} maxLength={300} />
				</Field>
				<Field id={`${id}-due`} label={text.t('assess.action.due')}>
					<input id={`${id}-due`} name="due" type="date" defaultValue={initial?.due ?? ''} />
				</Field>
			</div>
			<div className="field-row">
				<Field id={`${id}-status`} label={text.t('assess.action.status')}>
					<select id={`${id}-status`} name="status" defaultValue={initial?.status ?? 'planned'}>
						{ACTION_STATUSES.map((s) => (
							<option key={s} value={s}>
								{text.t(`action.status.${s}`)}
							</option>
						))}
					</select>
				</Field>
				<Field id={`${id}-priority`} label={text.t('assess.action.priority')}>
					<select
						id={`${id}-priority`}
						name="priority"
						defaultValue={initial?.priority ?? 'medium'}
					>
						{PRIORITIES.map((p) => (
							<option key={p} value={p}>
								{text.t(`priority.${p}`)}
							</option>
						))}
					</select>
				</Field>
			</div>
			<p className="button-row">
				<button type="submit">{text.t('assess.action.save')}</button>
				<button type="button" className="secondary" onClick={onCancel}>
					{text.t('assess.cancel')}
				</button>
			</p>
		</form>
	);
}
