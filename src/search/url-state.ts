/** The search page's state in its URL: `?q=…&set=…&part=…&en=0`, so a search can be shared. */

export interface SearchState {
	q: string;
	set: string;
	part: string;
	/** Include English where no translation exists. */
	en: boolean;
}

/** Search state from a query string (missing values are empty; English is included by default). */
export function stateFromQuery(search: string): SearchState {
	const params = new URLSearchParams(search);
	return {
		q: (params.get('q') ?? '').slice(0, 1000),
		set: params.get('set') ?? '',
		part: params.get('part') ?? '',
		en: params.get('en') !== '0',
	};
}

/** A query string for a search state, leaving out empty and default values. */
export function queryFromState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	if (state.set) params.set('set', state.set);
	if (state.part) params.set('part', state.part);
	if (!state.en) params.set('en', '0');
	const query = params.toString();
	return query ? `?${query}` : '';
}
