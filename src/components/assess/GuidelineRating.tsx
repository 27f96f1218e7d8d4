/**
 * The rating of one guideline: level 0–4 as a radio group (each level with its one-line
 * descriptor), "not applicable" with its required reason, target, weight, notes, evidence and
 * actions, and who changed it last. Every change is saved at once; notes after a pause in
 * typing and when the field is left. The workbook shows it in full; the guideline page's panel
 * without target and weight.
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import type { AssessedGuideline } from '../../domain/assessment/guidelines.ts';
import {
	LEVELS,
	MAX_WEIGHT,
	type GuidelineRecord,
	type Level,
} from '../../domain/assessment/model.ts';
import type { RecordOp } from '../../domain/assessment/ops.ts';
import { describedBy, FieldMessage } from './common.tsx';
import { ActionList, EvidenceList } from './Items.tsx';
import type { Text } from '../../i18n/text.ts';

export interface RatingProps {
	guideline: AssessedGuideline;
	record: GuidelineRecord;
	text: Text;
	/** Assessor names by id, for "changed by". */
	names: ReadonlyMap<string, string>;
	onChange: (guidelineId: string, ops: RecordOp[]) => void;
	compact?: boolean;
}

/** Waits this long after the last keystroke before saving notes. */
const NOTES_PAUSE_MS = 700;

function GuidelineRatingImpl({
	guideline,
	record,
	text,
	names,
	onChange,
	compact = false,
}: RatingProps) {
	const uid = useId();
	const id = (part: string) => `${uid}-${part}`;
	const label = text.t('guideline.short', { number: guideline.number });
	const change = (ops: RecordOp[]) => onChange(guideline.id, ops);
	const na = record.notApplicable !== null;
	const [naOpen, setNaOpen] = useState(na);
	const [reason, setReason] = useState(record.notApplicable?.reason ?? '');
	const [reasonError, setReasonError] = useState<string>();
	const [weight, setWeight] = useState(String(record.weight));
	const [weightError, setWeightError] = useState<string>();

	// Follow changes that arrive from elsewhere (another tab, the panel), adjusting state while
	// rendering rather than in an effect.
	const [seen, setSeen] = useState({ notApplicable: record.notApplicable, weight: record.weight });
	if (seen.notApplicable !== record.notApplicable || seen.weight !== record.weight) {
		setSeen({ notApplicable: record.notApplicable, weight: record.weight });
		if (seen.notApplicable !== record.notApplicable) {
			setNaOpen(record.notApplicable !== null);
			setReason(record.notApplicable?.reason ?? '');
		}
		if (seen.weight !== record.weight) setWeight(String(record.weight));
	}

	const confirmNa = () => {
		const value = reason.trim();
		if (!value) {
			setReasonError(text.t('assess.error.reason'));
			document.getElementById(id('reason'))?.focus();
			return;
		}
		setReasonError(undefined);
		if (value !== record.notApplicable?.reason)
			change([{ op: 'notApplicable', value: { reason: value.slice(0, 2000) } }]);
	};

	const saveWeight = () => {
		const value = Number(weight.replace(',', '.'));
		if (!Number.isFinite(value) || value <= 0 || value > MAX_WEIGHT) {
			setWeightError(text.t('assess.error.weight'));
			return;
		}
		setWeightError(undefined);
		if (value !== record.weight) change([{ op: 'weight', value }]);
	};

	const changed = record.changedAt
		? record.changedBy
			? text.t('assess.workbook.changed', {
					who: names.get(record.changedBy) ?? record.changedBy,
					date: text.date(record.changedAt),
				})
			: text.t('assess.workbook.changedAnon', { date: text.date(record.changedAt) })
		: null;

	return (
		<div className="rating">
			<fieldset className="levels">
				<legend>
					{text.t('scale.name')}
					<span className="sr-only"> — {label}</span>
				</legend>
				<div className="level-options">
					<div className="radio">
						<input
							type="radio"
							id={id('unrated')}
							name={id('level')}
							checked={record.level === null}
							onChange={() => change([{ op: 'level', value: null }])}
						/>
						<label htmlFor={id('unrated')}>{text.t('scale.unrated')}</label>
					</div>
					{LEVELS.map((level) => (
						<div className="radio" key={level}>
							<input
								type="radio"
								id={id(`l${level}`)}
								name={id('level')}
								value={level}
								checked={record.level === level}
								aria-describedby={id(`h${level}`)}
								onChange={() => change([{ op: 'level', value: level }])}
							/>
							<label htmlFor={id(`l${level}`)}>{text.t(`scale.level.${level}`)}</label>
							<span id={id(`h${level}`)} className="hint">
								{text.t(`scale.hint.${level}`)}
							</span>
						</div>
					))}
				</div>
			</fieldset>

			<div className="na">
				<div className="checkbox">
					<input
						type="checkbox"
						id={id('na')}
						checked={naOpen}
						aria-controls={id('na-reason')}
						aria-expanded={naOpen}
						onChange={(e) => {
							setNaOpen(e.target.checked);
							if (!e.target.checked && na) change([{ op: 'notApplicable', value: null }]);
						}}
					/>
					<label htmlFor={id('na')}>
						{text.t('assess.workbook.na')}
						<span className="sr-only"> — {label}</span>
					</label>
				</div>
				<div
					id={id('na-reason')}
					hidden={!naOpen}
					className={`field${reasonError ? ' has-error' : ''}`}
				>
					<label htmlFor={id('reason')}>{text.t('assess.workbook.reason')}</label>
					<FieldMessage id={`${id('reason')}-error`} message={reasonError} />
					<textarea
						id={id('reason')}
						rows={2}
						maxLength={2000}
						value={reason}
						required
						aria-invalid={reasonError ? true : undefined}
						aria-describedby={describedBy(id('reason'), false, reasonError)}
						onChange={(e) => setReason(e.target.value)}
						onBlur={() => reason.trim() && confirmNa()}
					/>
					<button type="button" onClick={confirmNa}>
						{text.t('assess.workbook.naSave')}
						<span className="sr-only"> — {label}</span>
					</button>
				</div>
			</div>

			{!compact && (
				<div className="field-row">
					<div className="field">
						<label htmlFor={id('target')}>{text.t('assess.workbook.target')}</label>
						<select
							id={id('target')}
							value={record.target}
							onChange={(e) => change([{ op: 'target', value: Number(e.target.value) as Level }])}
						>
							{LEVELS.map((level) => (
								<option key={level} value={level}>
									{text.t(`scale.level.${level}`)}
								</option>
							))}
						</select>
					</div>
					<div className={`field${weightError ? ' has-error' : ''}`}>
						<label htmlFor={id('weight')}>{text.t('assess.workbook.weight')}</label>
						<p id={`${id('weight')}-hint`} className="hint">
							{text.t('assess.workbook.weightHint')}
						</p>
						<FieldMessage id={`${id('weight')}-error`} message={weightError} />
						<input
							id={id('weight')}
							inputMode="decimal"
							value={weight}
							size={5}
							aria-invalid={weightError ? true : undefined}
							aria-describedby={describedBy(id('weight'), true, weightError)}
							onChange={(e) => setWeight(e.target.value)}
							onBlur={saveWeight}
						/>
					</div>
				</div>
			)}

			<Notes
				id={id('notes')}
				label={text.t('assess.workbook.notes')}
				value={record.notes}
				onSave={(value) => change([{ op: 'notes', value }])}
			/>

			<EvidenceList
				items={record.evidence}
				text={text}
				label={label}
				onAdd={(item) => change([{ op: 'addEvidence', item }])}
				onUpdate={(itemId, fields) => change([{ op: 'updateEvidence', id: itemId, fields }])}
				onRemove={(itemId) => change([{ op: 'removeEvidence', id: itemId }])}
			/>
			<ActionList
				items={record.actions}
				text={text}
				label={label}
				onAdd={(item) => change([{ op: 'addAction', item }])}
				onUpdate={(itemId, fields) => change([{ op: 'updateAction', id: itemId, fields }])}
				onRemove={(itemId) => change([{ op: 'removeAction', id: itemId }])}
			/>
			{changed && <p className="changed muted">{changed}</p>}
		</div>
	);
}

/** Notes: saved after a pause in typing and when left; a change from elsewhere shows unless typing. */
function Notes({
	id,
	label,
	value,
	onSave,
}: {
	id: string;
	label: string;
	value: string;
	onSave: (v: string) => void;
}) {
	const [draft, setDraft] = useState(value);
	const [typing, setTyping] = useState(false);
	const [seen, setSeen] = useState(value);
	if (seen !== value) {
		setSeen(value);
		if (!typing) setDraft(value);
	}
	const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
	useEffect(() => () => clearTimeout(timer.current), []);
	const save = (text: string) => {
		clearTimeout(timer.current);
		setTyping(false);
		if (text !== value) onSave(text.slice(0, 20_000));
	};
	return (
		<div className="field">
			<label htmlFor={id}>{label}</label>
			<textarea
				id={id}
				rows={2}
				maxLength={20_000}
				value={draft}
				onChange={(e) => {
					const text = e.target.value;
					setTyping(true);
					setDraft(text);
					clearTimeout(timer.current);
					timer.current = setTimeout(() => save(text), NOTES_PAUSE_MS);
				}}
				onBlur={() => save(draft)}
			/>
		</div>
	);
}

export const GuidelineRating = memo(GuidelineRatingImpl);
