/**
 * The guidelines an agency's edition has and the library lacks: which list the set follows
 * (the library's plus ours, or our edition's own), and adding guidelines one at a time or as a
 * pasted list. Results say what was added, what the library already has and what was refused.
 */
import { useId, useState, type FormEvent } from 'react';
import {
	customId,
	parseGuidelineList,
	planAdditions,
	type AssessedSet,
	type PastedGuideline,
} from '../../domain/assessment/guidelines.ts';
import type { Assessment, ScopeEntry } from '../../domain/assessment/model.ts';
import type { Session } from '../../state/assessments/session.ts';
import {
	describedBy,
	ErrorSummary,
	errorFor,
	Field,
	formText,
	type FieldError,
} from './common.tsx';
import type { Text } from '../../i18n/text.ts';

interface Props {
	text: Text;
	assessment: Assessment;
	set: AssessedSet;
	session: Session;
}

export function AddGuidelines({ text, assessment, set, session }: Props) {
	const uid = useId();
	const [result, setResult] = useState<string[]>([]);
	const parts = set.parts.map((p) => p.id);

	/** Adds entries to the set and says what happened. */
	const add = (entries: PastedGuideline[], unreadable: { line: number }[] = []): boolean => {
		const plan = planAdditions(
			assessment,
			{ locale: text.locale, sets: set.catalogue ? [set.catalogue] : [] },
			set.scope.set,
			entries
		);
		if (plan.add.length > 0) session.changeHeader([{ op: 'addCustom', items: plan.add }]);
		const numbers = (list: { entry: PastedGuideline }[]) =>
			list.map((x) => x.entry.number).join(', ');
		const lines = [text.tn('assess.add.result.added', plan.add.length)];
		if (plan.inLibrary.length > 0)
			lines.push(
				text.tn('assess.add.result.inLibrary', plan.inLibrary.length, {
					numbers: numbers(plan.inLibrary),
				})
			);
		const taken = plan.refused.filter((r) => r.reason === 'number-taken');
		const noPart = plan.refused.filter((r) => r.reason === 'no-part');
		if (taken.length > 0)
			lines.push(text.t('assess.add.result.taken', { numbers: numbers(taken) }));
		if (noPart.length > 0)
			lines.push(text.t('assess.add.result.noPart', { numbers: numbers(noPart) }));
		if (unreadable.length > 0)
			lines.push(
				text.t('assess.add.result.unreadable', { lines: unreadable.map((u) => u.line).join(', ') })
			);
		setResult(lines);
		return plan.add.length > 0;
	};

	return (
		<section className="add-guidelines" aria-labelledby={`${uid}-heading`}>
			<h3 id={`${uid}-heading`}>{text.t('assess.add.heading')}</h3>
			<p>{text.t('assess.add.intro')}</p>
			<ListChoice text={text} assessment={assessment} scope={set.scope} session={session} />
			<OneGuideline text={text} parts={parts} set={set} onAdd={(entry) => add([entry])} />
			<PasteList text={text} parts={parts} onAdd={add} />
			<div role="status" className="add-result">
				{result.map((line) => (
					<p key={line}>{line}</p>
				))}
			</div>
		</section>
	);
}

function ListChoice({
	text,
	assessment,
	scope,
	session,
}: {
	text: Text;
	assessment: Assessment;
	scope: ScopeEntry;
	session: Session;
}) {
	const uid = useId();
	const [list, setList] = useState(scope.list);
	const [edition, setEdition] = useState(scope.edition);
	const [error, setError] = useState<string>();
	const save = (event: FormEvent) => {
		event.preventDefault();
		if (!edition.trim()) {
			setError(text.t('assess.error.edition', { set: scope.set.toUpperCase() }));
			return;
		}
		setError(undefined);
		session.changeHeader([
			{
				op: 'scope',
				value: assessment.scope.map((s) =>
					s.set === scope.set ? { ...s, list, edition: edition.trim().slice(0, 40) } : s
				),
			},
		]);
	};
	return (
		<form onSubmit={save} noValidate className="list-choice">
			<fieldset>
				<legend>{text.t('assess.add.list')}</legend>
				<p id={`${uid}-hint`} className="hint">
					{text.t('assess.add.listHint')}
				</p>
				{(['library', 'own'] as const).map((value) => (
					<div className="radio" key={value}>
						<input
							type="radio"
							id={`${uid}-${value}`}
							name={`${uid}-list`}
							checked={list === value}
							aria-describedby={`${uid}-hint`}
							onChange={() => setList(value)}
						/>
						<label htmlFor={`${uid}-${value}`}>{text.t(`assess.add.list.${value}`)}</label>
					</div>
				))}
			</fieldset>
			<Field id={`${uid}-edition`} label={text.t('assess.add.edition')} error={error}>
				<input
					id={`${uid}-edition`}
					value={edition}
					maxLength={40}
					size={12}
					aria-invalid={error ? true : undefined}
					aria-describedby={describedBy(`${uid}-edition`, false, error)}
					onChange={(e) => setEdition(e.target.value)}
				/>
			</Field>
			<button type="submit">{text.t('assess.add.saveList')}</button>
		</form>
	);
}

function OneGuideline({
	text,
	parts,
	set,
	onAdd,
}: {
	text: Text;
	parts: string[];
	set: AssessedSet;
	onAdd: (entry: PastedGuideline) => boolean;
}) {
	const uid = useId();
	const [errors, setErrors] = useState<FieldError[]>([]);
	const submit = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		const form = new FormData(event.currentTarget);
		const number = Number(form.get('number'));
		const title = formText(form, 'title').trim();
		const part = formText(form, 'part').trim().toUpperCase();
		const section = formText(form, 'section').trim().toUpperCase();
		const found: FieldError[] = [];
		if (!Number.isInteger(number) || number < 1 || number > 9999)
			found.push({ field: `${uid}-number`, message: text.t('assess.error.number') });
		else if (
			set.guidelines.some((g) => g.number === number) &&
			!set.guidelines.some((g) => g.id === customId(set.scope.set, number))
		)
			found.push({
				field: `${uid}-number`,
				message: text.t('assess.error.numberTaken', { number }),
			});
		if (!title)
			found.push({ field: `${uid}-title`, message: text.t('assess.error.guidelineTitle') });
		if (!/^[A-Z]{1,3}$/.test(part))
			found.push({ field: `${uid}-part`, message: text.t('assess.error.part') });
		setErrors(found);
		if (found.length > 0) return;
		const validSection = /^[A-Z]{1,3}\.\d{1,3}$/.test(section) ? section : null;
		if (onAdd({ line: 1, number, title, part, section: validSection })) event.currentTarget.reset();
	};
	return (
		<form onSubmit={submit} noValidate className="add-one">
			<h4>{text.t('assess.add.one')}</h4>
			<ErrorSummary errors={errors} text={text} />
			<div className="field-row">
				<Field
					id={`${uid}-number`}
					label={text.t('assess.add.number')}
					error={errorFor(errors, `${uid}-number`)}
				>
					<input
						id={`${uid}-number`}
						name="number"
						inputMode="numeric"
						size={5}
						aria-invalid={errorFor(errors, `${uid}-number`) ? true : undefined}
						aria-describedby={describedBy(
							`${uid}-number`,
							false,
							errorFor(errors, `${uid}-number`)
						)}
					/>
				</Field>
				<Field
					id={`${uid}-part`}
					label={text.t('assess.add.part')}
					error={errorFor(errors, `${uid}-part`)}
				>
					<input
						id={`${uid}-part`}
						name="part"
						list={`${uid}-parts`}
						size={4}
						maxLength={3}
						defaultValue={parts[0] ?? ''}
						aria-invalid={errorFor(errors, `${uid}-part`) ? true : undefined}
						aria-describedby={describedBy(`${uid}-part`, false, errorFor(errors, `${uid}-part`))}
					/>
					<datalist id={`${uid}-parts`}>
						{parts.map((p) => (
							<option key={p} value={p} />
						))}
					</datalist>
				</Field>
				<Field id={`${uid}-section`} label={text.t('assess.add.section')}>
					<input id={`${uid}-section`} name="section" size={6} maxLength={7} />
				</Field>
			</div>
			<Field
				id={`${uid}-title`}
				label={text.t('assess.add.title')}
				error={errorFor(errors, `${uid}-title`)}
			>
				<input
					id={`${uid}-title`}
					name="title"
					maxLength={300}
					aria-invalid={errorFor(errors, `${uid}-title`) ? true : undefined}
					aria-describedby={describedBy(`${uid}-title`, false, errorFor(errors, `${uid}-title`))}
				/>
			</Field>
			<button type="submit">{text.t('assess.add.submit')}</button>
		</form>
	);
}

function PasteList({
	text,
	parts,
	onAdd,
}: {
	text: Text;
	parts: string[];
	onAdd: (entries: PastedGuideline[], unreadable: { line: number }[]) => boolean;
}) {
	const uid = useId();
	const submit = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		const form = new FormData(event.currentTarget);
		const list = formText(form, 'list');
		const part = formText(form, 'part') || null;
		const { entries, unreadable } = parseGuidelineList(list, part);
		if (onAdd(entries, unreadable) && unreadable.length === 0) event.currentTarget.reset();
	};
	return (
		<form onSubmit={submit} noValidate className="add-paste">
			<h4>{text.t('assess.add.paste')}</h4>
			<Field
				id={`${uid}-list`}
				label={text.t('assess.add.pasteLabel')}
				hint={text.t('assess.add.pasteHint')}
			>
				<textarea id={`${uid}-list`} name="list" rows={6} aria-describedby={`${uid}-list-hint`} />
			</Field>
			<Field id={`${uid}-part`} label={text.t('assess.add.pastePart')}>
				<select id={`${uid}-part`} name="part" defaultValue={parts[0] ?? ''}>
					{parts.map((p) => (
						<option key={p} value={p}>
							{p}
						</option>
					))}
				</select>
			</Field>
			<button type="submit">{text.t('assess.add.pasteSubmit')}</button>
		</form>
	);
}
