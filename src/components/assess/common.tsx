/**
 * Small pieces the assessment islands share: the error summary (GOV.UK pattern: focus moves
 * to it, each error links to its field), field errors, the storage notice and the save status.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { Problem } from '../../domain/assessment/problems.ts';
import { describeProblem } from '../../i18n/problems.ts';
import type { WriteFailure } from '../../state/local.ts';
import type { Text } from '../../i18n/text.ts';

/** A form error: the field's element id and what to fix. */
export interface FieldError {
	field: string;
	message: string;
}

/** The list of a form's errors, focused when it appears; each links to its field. */
export function ErrorSummary({ errors, text }: { errors: FieldError[]; text: Text }) {
	const ref = useRef<HTMLDivElement>(null);
	useEffect(() => {
		if (errors.length > 0) ref.current?.focus();
	}, [errors]);
	if (errors.length === 0) return null;
	return (
		<div
			className="error-summary"
			role="alert"
			tabIndex={-1}
			ref={ref}
			aria-labelledby={`${errors[0]!.field}-summary`}
		>
			<h3 id={`${errors[0]!.field}-summary`}>{text.t('assess.error.summary')}</h3>
			<ul>
				{errors.map((e) => (
					<li key={e.field}>
						<a
							href={`#${e.field}`}
							onClick={(event) => {
								event.preventDefault();
								document.getElementById(e.field)?.focus();
							}}
						>
							{e.message}
						</a>
					</li>
				))}
			</ul>
		</div>
	);
}

/** The message under a field in error (its id goes in the field's `aria-describedby`). */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
	if (!message) return null;
	return (
		<p id={id} className="field-error">
			{message}
		</p>
	);
}

/** The error of one field, if any. */
export function errorFor(errors: FieldError[], field: string): string | undefined {
	return errors.find((e) => e.field === field)?.message;
}

/** A refused file's problems, each as a sentence with its JSON path. */
export function ProblemList({
	problems,
	text,
	title,
}: {
	problems: Problem[];
	text: Text;
	title: string;
}) {
	return (
		<div className="notice error" role="alert">
			<p>
				<strong>{title}</strong>
			</p>
			<ul className="problems">
				{problems.map((p, i) => (
					<li key={i}>{describeProblem(p, text.strings)}</li>
				))}
			</ul>
		</div>
	);
}

/** Why storage is not taking our writes, with what to do about it. */
export function StorageNotice({
	failure,
	stale,
	durable,
	text,
	onExport,
}: {
	failure: WriteFailure | null | undefined;
	stale: boolean;
	durable: boolean;
	text: Text;
	onExport?: (() => void) | undefined;
}) {
	let message: string | null = null;
	if (stale) message = text.t('assess.storage.stale');
	else if (!durable || failure === 'unavailable') message = text.t('assess.storage.unavailable');
	else if (failure === 'quota') message = text.t('assess.storage.quota');
	if (!message) return null;
	return (
		<div className="notice warning" role="alert">
			<p>{message}</p>
			<p className="button-row">
				{onExport && (
					<button type="button" onClick={onExport}>
						{text.t('assess.exportJson')}
					</button>
				)}
				{stale && (
					<button type="button" onClick={() => location.reload()}>
						{text.t('assess.storage.reload')}
					</button>
				)}
			</p>
		</div>
	);
}

/** "All changes saved" / "Saving…" / "Not saved", announced politely. */
export function SaveStatus({
	pending,
	failure,
	text,
}: {
	pending: number;
	failure: WriteFailure | null;
	text: Text;
}) {
	const label = failure
		? text.t('assess.notSaved')
		: pending > 0
			? text.t('assess.saving')
			: text.t('assess.saved');
	return (
		<p className={`save-status${failure ? ' failed' : ''}`} role="status">
			{label}
		</p>
	);
}

/** A labelled control with an optional hint and error, GOV.UK style. */
export function Field({
	id,
	label,
	hint,
	error,
	children,
}: {
	id: string;
	label: string;
	hint?: string | undefined;
	error?: string | undefined;
	children: ReactNode;
}) {
	return (
		<div className={`field${error ? ' has-error' : ''}`}>
			<label htmlFor={id}>{label}</label>
			{hint && (
				<p id={`${id}-hint`} className="hint">
					{hint}
				</p>
			)}
			<FieldMessage id={`${id}-error`} message={error} />
			{children}
		</div>
	);
}

/** The `aria-describedby` of a control with an optional hint and error. */
export function describedBy(
	id: string,
	hint: boolean,
	error: string | undefined
): string | undefined {
	const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
	return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A text field's value from a submitted form ('' for a missing or file field). */
export function formText(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/**
 * "Delete …? Yes / No" below a list item (an alert dialog; Yes has focus). No closes it and
 * gives focus back to the Delete button that opened it.
 */
export function ConfirmDelete({
	id,
	question,
	yes,
	no,
	onYes,
	onNo,
}: {
	id: string;
	question: string;
	yes: string;
	no: string;
	onYes: () => void;
	onNo: () => void;
}) {
	return (
		<div className="notice warning confirm" role="alertdialog" aria-labelledby={id}>
			<p id={id}>{question}</p>
			<p className="button-row">
				<button type="button" className="danger" autoFocus onClick={onYes}>
					{yes}
				</button>
				<button type="button" onClick={onNo}>
					{no}
				</button>
			</p>
		</div>
	);
}

/** A note on what just happened, with an Undo button when it can be undone (deletions). */
export function UndoableMessage<T>({
	message,
	undoLabel,
	onUndo,
}: {
	message: { text: string; undo?: T } | null;
	undoLabel: string;
	onUndo: (item: T) => void;
}) {
	if (!message) return null;
	return (
		<p className="notice">
			{message.text}{' '}
			{message.undo !== undefined && (
				<button type="button" onClick={() => onUndo(message.undo as T)}>
					{undoLabel}
				</button>
			)}
		</p>
	);
}
