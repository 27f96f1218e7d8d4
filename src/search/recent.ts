/** Recent searches: the most recent first, no duplicates (ignoring case and accents), at most 8. */
import { normalize } from '../domain/normalize.ts';

export const RECENT_LIMIT = 8;

/** Adds a query to the front of the list; blank or one-letter queries are not kept. */
export function pushRecent(list: readonly string[], query: string, limit = RECENT_LIMIT): string[] {
	const q = query.trim().replace(/\s+/g, ' ').slice(0, 200);
	if (q.length < 2) return [...list];
	const key = normalize(q);
	return [q, ...list.filter((item) => normalize(item) !== key)].slice(0, limit);
}
