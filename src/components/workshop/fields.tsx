/**
 * Fields of the builder that save as the trainer types: a value that fits is saved at once; one
 * that does not (an empty title, a duration out of range) stays in the field with its error and
 * is not saved, so storage only ever receives valid packs.
 */
import { useState } from 'react';
import { describedBy, Field } from '../assess/common.tsx';

export interface SavingFieldProps {
	id: string;
	label: string;
	hint?: string | undefined;
	value: string;
	/** The error message for a value that must not be saved, or undefined when it fits. */
	validate?: (value: string) => string | undefined;
	onSave: (value: string) => void;
	kind?: 'text' | 'textarea' | 'number' | 'date' | 'time';
	maxLength?: number;
	min?: number;
	max?: number;
	lang?: string | undefined;
}

export function SavingField({
	id,
	label,
	hint,
	value,
	validate,
	onSave,
	kind = 'text',
	maxLength,
	min,
	max,
	lang,
}: SavingFieldProps) {
	const [draft, setDraft] = useState<string | null>(null);
	const shown = draft ?? value;
	const error = draft === null ? undefined : validate?.(draft);
	const change = (next: string) => {
		if (validate?.(next)) setDraft(next);
		else {
			setDraft(null);
			if (next !== value) onSave(next);
		}
	};
	const common = {
		id,
		value: shown,
		lang,
		'aria-invalid': error ? true : undefined,
		'aria-describedby': describedBy(id, !!hint, error),
	};
	return (
		<Field id={id} label={label} hint={hint} error={error}>
			{kind === 'textarea' ? (
				<textarea
					{...common}
					rows={3}
					maxLength={maxLength}
					onChange={(e) => change(e.target.value)}
				/>
			) : (
				<input
					{...common}
					type={kind}
					inputMode={kind === 'number' ? 'numeric' : undefined}
					maxLength={kind === 'text' ? maxLength : undefined}
					min={min}
					max={max}
					onChange={(e) => change(e.target.value)}
				/>
			)}
		</Field>
	);
}

/** A validator of whole minutes in `[low, high]`. */
export function wholeMinutes(low: number, high: number, message: string) {
	return (value: string) => {
		const n = Number(value);
		return value.trim() !== '' && Number.isInteger(n) && n >= low && n <= high
			? undefined
			: message;
	};
}
