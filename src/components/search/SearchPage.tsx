/**
 * The search page island: reads `?q=`, `set`, `part` and `en` from the URL, and keeps the URL
 * in step (without adding history entries) so that a search can be bookmarked or shared.
 */
import { useCallback, useState } from 'react';
import { queryFromState, stateFromQuery, type SearchState } from '../../search/url-state.ts';
import { SearchPanel, type SearchConfig } from './SearchPanel.tsx';

export default function SearchPage(config: SearchConfig) {
	const [initial] = useState(() => stateFromQuery(window.location.search));
	const onStateChange = useCallback((state: SearchState) => {
		const url = `${window.location.pathname}${queryFromState(state)}`;
		if (url !== `${window.location.pathname}${window.location.search}`)
			history.replaceState(null, '', url);
	}, []);
	return <SearchPanel {...config} initial={initial} onStateChange={onStateChange} />;
}
