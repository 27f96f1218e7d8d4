/**
 * The pack's guidelines as a sortable list (@dnd-kit): dragged by pointer or moved by keyboard
 * (Space to pick up, arrows to move, Space to drop, Escape to cancel), each move announced in
 * words; Move up / Move down buttons do the same for anyone who prefers them. Each guideline
 * has its time, facilitator notes, questions and exercises.
 */
import {
	closestCenter,
	DndContext,
	KeyboardSensor,
	PointerSensor,
	useSensor,
	useSensors,
	type Announcements,
	type DragEndEvent,
	type UniqueIdentifier,
} from '@dnd-kit/core';
import {
	SortableContext,
	sortableKeyboardCoordinates,
	useSortable,
	verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, useRef } from 'react';
import { guidelinePath } from '../../domain/paths.ts';
import {
	EXERCISES,
	WORKSHOP_LIMITS,
	type Exercise,
	type Workshop,
	type WorkshopItem,
} from '../../domain/workshop/model.ts';
import type { WorkshopOp } from '../../domain/workshop/ops.ts';
import type { Text } from '../../i18n/text.ts';
import { guidelineName, type Found, type ScreenProps } from './common.ts';
import { SavingField, wholeMinutes } from './fields.tsx';

interface ItemsProps {
	pack: Workshop;
	text: Text;
	data: ScreenProps['data'];
	base: string;
	index: Map<string, Found>;
	change: (ops: WorkshopOp[]) => void;
}

export function SortableItems({ pack, text, data, base, index, change }: ItemsProps) {
	const uid = useId();
	const sensors = useSensors(
		useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
		useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
	);
	const ids = pack.items.map((i) => i.guideline);
	const name = (id: UniqueIdentifier) => {
		const found = index.get(String(id));
		return found ? guidelineName(found) : String(id);
	};
	const position = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
	const count = ids.length;
	/** Where the dragged item was last announced. */
	const lastOver = useRef<UniqueIdentifier | null>(null);
	const announcements: Announcements = {
		onDragStart: ({ active }) => {
			lastOver.current = active.id;
			return text.t('workshop.announce.picked', {
				guideline: name(active.id),
				position: position(active.id),
				count,
			});
		},
		// Only a real move is announced: dnd-kit also reports the item over its own place as
		// the drag starts, which would replace "Picked up" before a screen reader says it.
		onDragOver: ({ active, over }) => {
			if (!over || over.id === lastOver.current) return undefined;
			lastOver.current = over.id;
			return text.t('workshop.announce.moved', {
				guideline: name(active.id),
				position: position(over.id),
				count,
			});
		},
		onDragEnd: ({ active, over }) =>
			over
				? text.t('workshop.announce.dropped', {
						guideline: name(active.id),
						position: position(over.id),
						count,
					})
				: undefined,
		onDragCancel: ({ active }) =>
			text.t('workshop.announce.cancelled', {
				guideline: name(active.id),
				position: position(active.id),
			}),
	};
	const onDragEnd = ({ active, over }: DragEndEvent) => {
		if (!over || active.id === over.id) return;
		change([{ op: 'move', guideline: String(active.id), to: ids.indexOf(String(over.id)) }]);
	};
	return (
		<>
			<p id={`${uid}-hint`} className="hint">
				{text.t('workshop.guidelines.reorderHint')}
			</p>
			<DndContext
				sensors={sensors}
				collisionDetection={closestCenter}
				onDragEnd={onDragEnd}
				accessibility={{
					announcements,
					screenReaderInstructions: { draggable: text.t('workshop.guidelines.reorderHint') },
				}}
			>
				<SortableContext items={ids} strategy={verticalListSortingStrategy}>
					<ol className="workshop-items">
						{pack.items.map((item, i) => (
							<Item
								key={item.guideline}
								item={item}
								position={i}
								count={count}
								found={index.get(item.guideline)}
								questions={data.texts[item.guideline]?.questions ?? []}
								text={text}
								base={base}
								change={change}
							/>
						))}
					</ol>
				</SortableContext>
			</DndContext>
		</>
	);
}

function Item({
	item,
	position,
	count,
	found,
	questions,
	text,
	base,
	change,
}: {
	item: WorkshopItem;
	position: number;
	count: number;
	found: Found | undefined;
	questions: string[];
	text: Text;
	base: string;
	change: (ops: WorkshopOp[]) => void;
}) {
	const uid = useId();
	const {
		attributes,
		listeners,
		setNodeRef,
		setActivatorNodeRef,
		transform,
		transition,
		isDragging,
	} = useSortable({ id: item.guideline });
	const label = found ? guidelineName(found) : item.guideline;
	const g = item.guideline;
	const toggle = <T extends string | number>(
		list: readonly T[],
		value: T,
		on: boolean,
		order: readonly T[]
	) => order.filter((v) => (v === value ? on : list.includes(v)));
	return (
		<li
			ref={setNodeRef}
			className={`workshop-item${isDragging ? ' dragging' : ''}`}
			style={{ transform: CSS.Translate.toString(transform), transition }}
			aria-labelledby={`${uid}-name`}
		>
			<div className="item-head">
				<button
					type="button"
					className="handle"
					ref={setActivatorNodeRef}
					{...attributes}
					{...listeners}
					aria-label={text.t('workshop.item.handle', { guideline: label })}
				>
					<span aria-hidden="true">⠿</span>
				</button>
				<h3 id={`${uid}-name`} className="item-name">
					{found ? (
						<a
							href={`${base}${guidelinePath(text.locale, g)}`}
							lang={found.guideline.fallback ? 'en' : undefined}
						>
							{label}
						</a>
					) : (
						label
					)}
				</h3>
				<div className="button-row" role="group" aria-label={label}>
					<button
						type="button"
						className="secondary"
						disabled={position === 0}
						onClick={() => change([{ op: 'move', guideline: g, to: position - 1 }])}
					>
						{text.t('workshop.item.up')}
					</button>
					<button
						type="button"
						className="secondary"
						disabled={position === count - 1}
						onClick={() => change([{ op: 'move', guideline: g, to: position + 1 }])}
					>
						{text.t('workshop.item.down')}
					</button>
					<button
						type="button"
						className="danger"
						onClick={() => change([{ op: 'remove', guideline: g }])}
					>
						{text.t('workshop.item.remove')}
					</button>
				</div>
			</div>
			{!found && <p className="notice warning">{text.t('workshop.item.unknown')}</p>}
			<SavingField
				id={`${uid}-minutes`}
				kind="number"
				label={text.t('workshop.item.minutes')}
				value={String(item.minutes)}
				min={0}
				max={WORKSHOP_LIMITS.itemMinutes}
				validate={wholeMinutes(
					0,
					WORKSHOP_LIMITS.itemMinutes,
					text.t('workshop.error.minutes', { max: WORKSHOP_LIMITS.itemMinutes })
				)}
				onSave={(value) =>
					change([{ op: 'item', guideline: g, field: 'minutes', value: Number(value) }])
				}
			/>
			<details>
				<summary>{text.t('workshop.item.details')}</summary>
				<SavingField
					id={`${uid}-notes`}
					kind="textarea"
					label={text.t('workshop.item.notes')}
					hint={text.t('workshop.item.notes.hint')}
					value={item.notes}
					maxLength={WORKSHOP_LIMITS.notes}
					onSave={(value) => change([{ op: 'item', guideline: g, field: 'notes', value }])}
				/>
				{questions.length > 0 && (
					<fieldset>
						<legend>{text.t('workshop.item.questions')}</legend>
						{questions.map((q, i) => (
							<div className="checkbox" key={i}>
								<input
									type="checkbox"
									id={`${uid}-q${i}`}
									checked={item.questions.includes(i)}
									onChange={(e) =>
										change([
											{
												op: 'item',
												guideline: g,
												field: 'questions',
												value: toggle(
													item.questions,
													i,
													e.target.checked,
													questions.map((_, j) => j)
												),
											},
										])
									}
								/>
								<label htmlFor={`${uid}-q${i}`} lang={found?.guideline.fallback ? 'en' : undefined}>
									{q}
								</label>
							</div>
						))}
					</fieldset>
				)}
				<fieldset>
					<legend>{text.t('workshop.item.exercises')}</legend>
					{EXERCISES.map((x: Exercise) => (
						<div className="checkbox" key={x}>
							<input
								type="checkbox"
								id={`${uid}-x-${x}`}
								checked={item.exercises.includes(x)}
								onChange={(e) =>
									change([
										{
											op: 'item',
											guideline: g,
											field: 'exercises',
											value: toggle(item.exercises, x, e.target.checked, EXERCISES),
										},
									])
								}
							/>
							<label htmlFor={`${uid}-x-${x}`}>{text.t(`workshop.exercise.${x}`)}</label>
						</div>
					))}
				</fieldset>
			</details>
		</li>
	);
}
