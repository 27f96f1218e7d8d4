/**
 * The workshop's timing: an agenda whose times add up from the start time (opening, each
 * guideline in order, closing), compared with the planned duration; and the follow-up plan,
 * three monthly check-ins computed from the workshop date.
 */
import type { Workshop } from './model.ts';

export interface AgendaRow {
	kind: 'opening' | 'guideline' | 'closing';
	/** The guideline's id for `guideline` rows. */
	guideline: string | null;
	/** `HH:MM` when it starts and ends. */
	start: string;
	end: string;
	minutes: number;
}

export interface Agenda {
	rows: AgendaRow[];
	/** Minutes of all rows together. */
	total: number;
	duration: number;
	/** Minutes beyond the duration (0 when it fits). */
	over: number;
	/** Minutes of the duration no row uses (0 when over). */
	free: number;
	/** `HH:MM` when the workshop ends as planned. */
	end: string;
}

/** Minutes after midnight of `HH:MM`. */
export function clockMinutes(time: string): number {
	const [h, m] = time.split(':').map(Number);
	return (h ?? 0) * 60 + (m ?? 0);
}

/** `HH:MM` of minutes after midnight (past midnight it goes on counting hours: `25:10`). */
export function clockOf(total: number): string {
	const h = Math.floor(total / 60);
	const m = total % 60;
	return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function agenda(
	pack: Pick<Workshop, 'start' | 'duration' | 'opening' | 'closing' | 'items'>
): Agenda {
	const begin = clockMinutes(pack.start);
	let at = begin;
	const rows: AgendaRow[] = [];
	const push = (kind: AgendaRow['kind'], guideline: string | null, minutes: number) => {
		rows.push({ kind, guideline, start: clockOf(at), end: clockOf(at + minutes), minutes });
		at += minutes;
	};
	push('opening', null, pack.opening);
	for (const item of pack.items) push('guideline', item.guideline, item.minutes);
	push('closing', null, pack.closing);
	const total = at - begin;
	return {
		rows,
		total,
		duration: pack.duration,
		over: Math.max(0, total - pack.duration),
		free: Math.max(0, pack.duration - total),
		end: clockOf(begin + pack.duration),
	};
}

/** Months after the workshop of each follow-up check-in (the Academy's three months). */
export const CHECK_IN_MONTHS = [1, 2, 3] as const;

/**
 * `date` (`YYYY-MM-DD`) plus whole calendar months; a day the target month lacks becomes its
 * last day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const index = y * 12 + (m - 1) + months;
	const year = Math.floor(index / 12);
	const month = index - year * 12;
	const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	const day = Math.min(d, last);
	return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface CheckIn {
	months: number;
	/** `YYYY-MM-DD`, or null while the pack has no date. */
	date: string | null;
}

/** The follow-up check-ins of a pack. */
export function checkIns(date: string | null): CheckIn[] {
	return CHECK_IN_MONTHS.map((months) => ({ months, date: date ? addMonths(date, months) : null }));
}
