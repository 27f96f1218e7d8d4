/** React hooks of the assessment islands: the language's data file, the storage, a session. */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { AssessData } from '../../pack/assess-files.ts';
import { activeAssessment, connectActiveAssessment } from '../../state/assessments/active.ts';
import { openAssessmentStorage, type AssessmentStorage } from '../../state/assessments/open.ts';
import { openSession, type Session, type SessionState } from '../../state/assessments/session.ts';

const files = new Map<string, Promise<unknown>>();

/** Fetches a static data file once per page (a failed fetch is forgotten, for "try again"). */
export function loadJsonFile<T>(url: string): Promise<T> {
	let file = files.get(url);
	if (!file) {
		file = fetch(url).then(async (response) => {
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			return (await response.json()) as unknown;
		});
		file.catch(() => files.delete(url));
		files.set(url, file);
	}
	return file as Promise<T>;
}

/** A language's assessment data file (catalogue and strings). */
export const loadAssessData = (url: string) => loadJsonFile<AssessData>(url);

/** The language's catalogue and strings. */
export function useAssessData(url: string): { data: AssessData | undefined; failed: boolean } {
	const [data, setData] = useState<AssessData>();
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		let live = true;
		loadAssessData(url).then(
			(d) => live && setData(d),
			() => live && setFailed(true)
		);
		return () => {
			live = false;
		};
	}, [url]);
	return { data, failed };
}

/** This tab's assessment storage, and whether a newer build in another tab made it stale. */
export function useAssessmentStorage(): { storage: AssessmentStorage | undefined; stale: boolean } {
	const [storage, setStorage] = useState<AssessmentStorage>();
	const [stale, setStale] = useState(false);
	useEffect(() => {
		let live = true;
		void openAssessmentStorage().then((s) => {
			if (!live) return;
			s.onStale(() => setStale(true));
			setStorage(s);
		});
		return () => {
			live = false;
		};
	}, []);
	useEffect(() => connectActiveAssessment(), []);
	return { storage, stale };
}

/** The chosen assessment and who "I" am in each, following other tabs. */
export function useActive() {
	return useSyncExternalStore(activeAssessment.subscribe, activeAssessment.getState);
}

/**
 * An assessment opened in this tab: its session (writes, other tabs' changes) and state.
 * Unsaved changes are flushed when the page is hidden.
 */
export function useSession(
	storage: AssessmentStorage | undefined,
	id: string | null,
	stale: boolean
): { session: Session | undefined; state: SessionState | undefined } {
	const session = useMemo(() => {
		if (!storage || !id) return undefined;
		return openSession({
			repo: storage.repo,
			id,
			channel: storage.channel,
			tab: storage.tab,
			me: () => activeAssessment.getState().me[id] ?? null,
			onWrite: storage.report,
		});
	}, [storage, id]);
	useFlushOnHide(session);
	useEffect(() => {
		if (stale) session?.stop();
	}, [stale, session]);
	const state = useSyncExternalStore(
		(listener) => session?.store.subscribe(listener) ?? (() => undefined),
		() => session?.store.getState()
	);
	return { session, state };
}

/**
 * Writes a session's unsaved changes when the page is hidden or left, and disposes of the
 * session when it is replaced or the component goes.
 */
export function useFlushOnHide(session: { flush(): Promise<void>; dispose(): void } | undefined) {
	useEffect(() => {
		if (!session) return;
		const flush = () => void session.flush();
		window.addEventListener('pagehide', flush);
		document.addEventListener('visibilitychange', flush);
		return () => {
			window.removeEventListener('pagehide', flush);
			document.removeEventListener('visibilitychange', flush);
			session.dispose();
		};
	}, [session]);
}
