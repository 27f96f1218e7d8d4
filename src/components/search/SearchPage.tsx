/**
 * The search page island: reads `?q=`, `set`, `part` and `en` from the URL, and keeps the URL
 * in step (without adding history entries) so that a search can be bookmarked or shared.
 */
import { useCallback } from 'react';
import { SearchPanel, type SearchConfig, type SearchState } from './SearchPanel.tsx';

/** Search state from a query string. */
export function stateFromQuery(search: string): Partial<SearchState> {
	const params = new URLSearchParams(search);
	return {
		q: params.get('q') ?? '',
		set: params.get('set') ?? '',
		part: params.get('part') ?? '',
		en: params.get('en') !== '0',
	};
}

/** A query string for a search state (empty values left out). */
export function queryFromState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	if (state.set) params.set('set', state.set);
	if (state.part) params.set('part', state.part);
	if (!state.en) params.set('en', '0');
	const query = params.toString();
	return query ? `?${query}` : '';
}

export default function SearchPage(config: SearchConfig) {
	const initial = stateFromQuery(window.location.search);
	const onStateChange = useCallback((state: SearchState) => {
		const url = `${window.location.pathname}${queryFromState(state)}`;
		if (url !== `${window.location.pathname}${window.location.search}`)
			history.replaceState(null, '', url);
	}, []);
	return <SearchPanel {...config} initial={initial} onStateChange={onStateChange} />;
}
