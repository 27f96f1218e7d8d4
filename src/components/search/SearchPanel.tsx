/**
 * The search interface shared by the dialog and the search page: a searchbox, filters by set
 * and part, an option to include English where a translation is missing, results with
 * highlighted snippets, recent searches, and a live region announcing the number of results.
 * The count shows once: visible (hidden from screen readers) and in a polite live region that
 * only screen readers get, after typing pauses. A number query for a guideline the library lacks
 * says so above the results, with links to the set and to the coverage page. The first
 * `RESULTS_SHOWN` results show, and "Show more" adds as many (snippets are built only for them).
 * Keyboard: ArrowDown from the box moves into the results, ArrowUp/ArrowDown move between
 * them, Enter opens one (they are links), Escape closes the dialog.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Locale } from '../../domain/locales.ts';
import { coveragePath } from '../../domain/paths.ts';
import { format, pluralForm } from '../../i18n/format.ts';
import { RESULTS_SHOWN, type SearchAnswer, type Searcher } from '../../search/query.ts';
import type { SearchState } from '../../search/url-state.ts';
import { useStore } from 'zustand';
import { storageHealth } from '../../state/health.ts';
import { connectRecentSearches, RECENT_KEY, recentSearches } from '../../state/recent-searches.ts';
import { Highlight } from './Highlight.tsx';
import { loadSearcher } from './load.ts';
import type { SearchStrings } from './strings.ts';

export interface SearchConfig {
	locale: Locale;
	strings: SearchStrings;
	indexUrl: string;
	textUrl: string;
	/** Deployment base without trailing slash, prefixed to result links. */
	base: string;
}

interface Props extends SearchConfig {
	initial?: Partial<SearchState>;
	/** Called when the state changes (the page mirrors it in the URL). */
	onStateChange?: (state: SearchState) => void;
	/** Focus target ref for the dialog. */
	inputRef?: React.RefObject<HTMLInputElement | null>;
	headingId?: string;
}

export function SearchPanel({
	locale,
	strings,
	indexUrl,
	textUrl,
	base,
	initial,
	onStateChange,
	inputRef,
	headingId,
}: Props) {
	const [state, setState] = useState<SearchState>({
		q: initial?.q ?? '',
		set: initial?.set ?? '',
		part: initial?.part ?? '',
		en: initial?.en ?? true,
	});
	/** The searcher, wrapped anew when its snippet text arrives so that results are recomputed. */
	const [loaded, setLoaded] = useState<{ searcher: Searcher } | undefined>();
	const searcher = loaded?.searcher;
	const [failed, setFailed] = useState(false);
	/** Bumped by "Try again" to load once more. */
	const [attempt, setAttempt] = useState(0);
	const [announcement, setAnnouncement] = useState('');
	/** "Show more": how many results show for the state it was pressed in. */
	const [more, setMore] = useState<{ state: SearchState; shown: number } | undefined>();
	const shown = more?.state === state ? more.shown : RESULTS_SHOWN;
	/** The result to focus once "Show more" has rendered the next ones. */
	const focusAt = useRef<number | null>(null);
	const ownInput = useRef<HTMLInputElement>(null);
	const input = inputRef ?? ownInput;
	const list = useRef<HTMLUListElement>(null);
	/** Where "Add to workshop" says what it did (its code loads on the first press). */
	const workshopStatus = useRef<HTMLDivElement>(null);
	const addToWorkshop = (id: string) => {
		const status = workshopStatus.current;
		if (status)
			void import('../../scripts/workshop-add-run.ts').then((m) => m.addToWorkshop(id, 3, status));
	};
	const ids = {
		input: useId(),
		set: useId(),
		part: useId(),
		en: useId(),
		hint: useId(),
		recent: useId(),
	};
	const recentQueries = useStore(recentSearches, (s) => s.queries);
	const recentSaveFailed = useStore(storageHealth, (s) => RECENT_KEY in s.failures);
	const remember = useStore(recentSearches, (s) => s.add);
	const clearRecent = useStore(recentSearches, (s) => s.clear);

	useEffect(() => connectRecentSearches(), []);

	useEffect(() => {
		let live = true;
		loadSearcher(indexUrl, textUrl, () => {
			if (live) setLoaded((current) => current && { searcher: current.searcher });
		}).then(
			(s) => {
				if (live) setLoaded({ searcher: s });
			},
			() => {
				if (live) setFailed(true);
			}
		);
		return () => {
			live = false;
		};
	}, [indexUrl, textUrl, attempt]);
	const retry = () => {
		setFailed(false);
		setAttempt((n) => n + 1);
	};

	useEffect(() => onStateChange?.(state), [state, onStateChange]);

	const sets = useMemo(() => searcher?.docs.filter((d) => d.kind === 'set') ?? [], [searcher]);
	const parts = useMemo(
		() => searcher?.docs.filter((d) => d.kind === 'part' && d.set === state.set) ?? [],
		[searcher, state.set]
	);
	const hasFallback = useMemo(() => searcher?.docs.some((d) => d.fallback) ?? false, [searcher]);

	const answer: SearchAnswer = useMemo(() => {
		if (!loaded || !state.q.trim()) return { results: [], total: 0 };
		return loaded.searcher.query(state.q, {
			set: state.set || undefined,
			part: state.part || undefined,
			includeFallback: state.en,
			limit: shown,
		});
	}, [loaded, state, shown]);
	const { results, total, missing } = answer;

	const withoutEnglishOnly = useMemo(
		() =>
			searcher && !state.en && total === 0 && state.q.trim()
				? searcher.query(state.q, {
						set: state.set || undefined,
						part: state.part || undefined,
						includeFallback: true,
						limit: 0,
					}).total > 0
				: false,
		[searcher, state, total]
	);

	const q = state.q.trim();
	/** "12 results" or "No results for …": shown under the box, announced after a pause. */
	const summary =
		searcher && q
			? total > 0
				? format(strings[`search.results.${pluralForm(locale, total)}`], {
						count: new Intl.NumberFormat(locale).format(total),
					})
				: format(strings['search.none'], { query: q })
			: '';
	/** "Guideline 1 of … is not in this library yet." */
	const missingText = missing
		? format(strings[`search.missing.${missing.reason}`], {
				number: missing.number,
				set: missing.set.context,
				count: missing.set.inEdition ?? '',
			})
		: '';

	// Announce the missing guideline and the number of results once typing pauses.
	useEffect(() => {
		const text = [missingText, summary].filter(Boolean).join(' ');
		const timer = setTimeout(() => setAnnouncement(text), 400);
		return () => clearTimeout(timer);
	}, [missingText, summary]);

	// After "Show more", focus moves to the first of the new results.
	useEffect(() => {
		if (focusAt.current === null) return;
		list.current?.querySelectorAll<HTMLAnchorElement>('a[data-result]')[focusAt.current]?.focus();
		focusAt.current = null;
	}, [results]);
	const showMore = () => {
		focusAt.current = results.length;
		setMore({ state, shown: shown + RESULTS_SHOWN });
	};

	// Remember a query after a pause with results.
	useEffect(() => {
		if (q.length < 2 || results.length === 0) return;
		const timer = setTimeout(() => remember(q), 1500);
		return () => clearTimeout(timer);
	}, [q, results.length, remember]);

	const update = (change: Partial<SearchState>) => setState((s) => ({ ...s, ...change }));

	const links = () => [
		...(list.current?.querySelectorAll<HTMLAnchorElement>('a[data-result]') ?? []),
	];
	const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
		const target = event.target as HTMLElement;
		const all = links();
		const at = all.indexOf(target as HTMLAnchorElement);
		if (event.key === 'ArrowDown') {
			if (target === input.current && all[0]) {
				event.preventDefault();
				all[0].focus();
			} else if (at >= 0) {
				event.preventDefault();
				all[Math.min(at + 1, all.length - 1)]?.focus();
			}
		} else if (event.key === 'ArrowUp' && at >= 0) {
			event.preventDefault();
			if (at === 0) input.current?.focus();
			else all[at - 1]?.focus();
		}
	};

	return (
		<div className="search-panel" onKeyDown={onKeyDown}>
			<div className="search-box">
				<label htmlFor={ids.input} id={headingId} className="search-label">
					{strings['search.label']}
				</label>
				<input
					ref={input}
					id={ids.input}
					type="search"
					autoComplete="off"
					spellCheck={false}
					maxLength={1000}
					value={state.q}
					aria-describedby={ids.hint}
					onChange={(e) => update({ q: e.target.value })}
				/>
				<p id={ids.hint} className="search-hint">
					{strings['search.hint']}
				</p>
			</div>
			<fieldset className="search-filters">
				<legend>{strings['search.filters']}</legend>
				<div>
					<label htmlFor={ids.set}>{strings['search.filterSet']}</label>
					<select
						id={ids.set}
						value={state.set}
						onChange={(e) => update({ set: e.target.value, part: '' })}
					>
						<option value="">{strings['search.allSets']}</option>
						{sets.map((s) => (
							<option key={s.id} value={s.id}>
								{s.context}
							</option>
						))}
					</select>
				</div>
				<div>
					<label htmlFor={ids.part}>{strings['search.filterPart']}</label>
					<select
						id={ids.part}
						value={state.part}
						disabled={!state.set}
						onChange={(e) => update({ part: e.target.value })}
					>
						<option value="">{strings['search.allParts']}</option>
						{parts.map((p) => (
							<option key={p.id} value={p.part}>
								{p.title}
							</option>
						))}
					</select>
				</div>
				{hasFallback && (
					<div className="search-check">
						<input
							id={ids.en}
							type="checkbox"
							checked={state.en}
							onChange={(e) => update({ en: e.target.checked })}
						/>
						<label htmlFor={ids.en}>{strings['search.includeEnglish']}</label>
					</div>
				)}
			</fieldset>

			{/* Screen readers only: the visible count below is hidden from them instead. */}
			<p role="status" className="search-status sr-only">
				{failed ? '' : searcher ? announcement : strings['search.loading']}
			</p>
			{failed && (
				<div className="notice" role="alert">
					<p>{strings['search.loadError']}</p>
					<button type="button" onClick={retry}>
						{strings['search.retry']}
					</button>
				</div>
			)}

			{missing && (
				<div className="notice search-missing">
					<p>{missingText}</p>
					<p>
						<a href={`${base}${missing.set.href}`}>
							{format(strings['search.missing.setLink'], { set: missing.set.context })}
						</a>
						{' · '}
						<a href={`${base}${coveragePath(locale)}`}>{strings['search.missing.coverage']}</a>
					</p>
				</div>
			)}
			{(summary || (!searcher && !failed)) && (
				<p className="search-count" aria-hidden="true">
					{searcher ? summary : strings['search.loading']}
				</p>
			)}
			{withoutEnglishOnly && <p>{strings['search.noneWithoutEnglish']}</p>}

			{results.length > 0 && (
				<ul className="search-results" ref={list}>
					{results.map((r) => (
						<li key={r.doc.id}>
							<a
								href={`${base}${r.doc.href}`}
								data-result
								lang={r.doc.fallback ? 'en' : undefined}
								onClick={() => remember(state.q)}
							>
								<span className="result-title">
									{r.doc.kind === 'guideline' ? (
										`${format(strings['guideline.short'], { number: r.doc.number ?? '' })}. `
									) : (
										<span className="badge">
											{strings[r.doc.kind === 'set' ? 'search.kind.set' : 'search.kind.part']}
										</span>
									)}{' '}
									<Highlight value={r.title} />
								</span>
								<span className="result-context">{r.doc.context}</span>
								{r.snippet.text && (
									<span className="result-snippet">
										<Highlight value={r.snippet} />
									</span>
								)}
								{r.doc.fallback && <span className="badge">{strings['search.english']}</span>}
							</a>
							{r.doc.kind === 'guideline' && (
								<button
									type="button"
									className="workshop-add secondary"
									onClick={() => addToWorkshop(r.doc.id)}
								>
									{strings['workshop.addButton']}
									<span className="sr-only"> — {r.title.text}</span>
								</button>
							)}
						</li>
					))}
				</ul>
			)}
			{total > results.length && (
				<button type="button" className="search-more" onClick={showMore}>
					{strings['search.more']}
				</button>
			)}

			<div
				className="workshop-status"
				role="status"
				ref={workshopStatus}
				data-base={base}
				data-strings={JSON.stringify({
					added: strings['workshop.added'],
					already: strings['workshop.addedAlready'],
					open: strings['workshop.addOpen'],
					failed: strings['workshop.addFailed'],
					defaultTitle: strings['workshop.defaultTitle'],
				})}
			/>

			{!q && recentQueries.length > 0 && (
				<section className="search-recent" aria-labelledby={ids.recent}>
					<h3 id={ids.recent}>{strings['search.recent']}</h3>
					<ul>
						{recentQueries.map((item) => (
							<li key={item}>
								<button
									type="button"
									className="link-button"
									onClick={() => {
										update({ q: item });
										input.current?.focus();
									}}
								>
									{item}
								</button>
							</li>
						))}
					</ul>
					<button type="button" onClick={clearRecent}>
						{strings['search.clearRecent']}
					</button>
				</section>
			)}
			{recentSaveFailed && <p className="search-hint">{strings['search.storageFull']}</p>}
		</div>
	);
}
