/** React hooks of the workshop builder: this tab's storage and an open pack. */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useFlushOnHide } from '../assess/hooks.ts';
import { openWorkshopStorage, type WorkshopStorage } from '../../state/workshops/open.ts';
import {
	openWorkshopSession,
	type WorkshopSession,
	type WorkshopSessionState,
} from '../../state/workshops/session.ts';

export function useWorkshopStorage(): WorkshopStorage | undefined {
	const [storage, setStorage] = useState<WorkshopStorage>();
	useEffect(() => {
		let live = true;
		void openWorkshopStorage().then((s) => live && setStorage(s));
		return () => {
			live = false;
		};
	}, []);
	return storage;
}

/** A pack opened in this tab; unsaved changes are flushed when the page is hidden. */
export function useWorkshopSession(
	storage: WorkshopStorage,
	id: string
): { session: WorkshopSession; state: WorkshopSessionState } {
	const session = useMemo(
		() =>
			openWorkshopSession({
				repo: storage.repo,
				id,
				channel: storage.channel,
				tab: storage.tab,
				onWrite: storage.report,
			}),
		[storage, id]
	);
	useFlushOnHide(session);
	const state = useSyncExternalStore(session.store.subscribe, session.store.getState);
	return { session, state };
}
