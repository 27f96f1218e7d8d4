/**
 * Offline use on every page (loaded once the page has loaded): registers the service worker
 * (`/sw.js`, see `src/offline/sw.ts`), asks it to keep the page's language when it does not
 * hold it whole yet, shows the footer's "Available offline" status, and offers a new version
 * when one has been installed. The page's strings come from the footer's `data-*` attributes
 * (rendered from the dictionaries).
 *
 * No library: Workbox's `workbox-window` would do the same in a few kilobytes more, loaded on
 * every page.
 */
import type { Locale } from '../domain/locales.ts';
import { format } from '../i18n/format.ts';
import type { FromWorker, ToWorker } from '../offline/plan.ts';

type State = 'saving' | 'ready' | 'offline' | 'unsupported' | 'error';

export function startOffline(doc: Document = document): void {
	const box = doc.querySelector<HTMLElement>('[data-offline-status]');
	const text = box?.querySelector<HTMLElement>('[data-offline-text]');
	if (!box || !text) return;
	const strings = box.dataset;
	const locale = doc.documentElement.lang as Locale;
	let ready = false;

	const show = (state: State, values: Record<string, string | number> = {}) => {
		box.dataset['state'] = state;
		box.hidden = false;
		text.textContent = format(strings[state] ?? '', values);
	};
	const showConnection = () => {
		if (ready) show(navigator.onLine ? 'ready' : 'offline');
	};

	if (!('serviceWorker' in navigator)) return show('unsupported');
	const container = navigator.serviceWorker;
	let active: ServiceWorker | null = null;
	const post = (message: ToWorker) => active?.postMessage(message);
	/** Asked at most once per page: a language that cannot be stored is not asked for in a loop. */
	let asked = false;

	container.addEventListener('message', (event: MessageEvent<FromWorker>) => {
		const data = event.data;
		if (data.type === 'progress' && data.locale === locale && data.done < data.total)
			show('saving', { done: data.done, total: data.total });
		else if (data.type === 'error' && data.locale === locale)
			show('error', { reason: data.message === 'quota' ? (strings['quota'] ?? '') : data.message });
		else if (data.type === 'status') {
			const kept = data.languages[locale];
			ready = kept !== undefined && kept.stored === kept.total;
			if (ready) return showConnection();
			if (kept) show('saving', { done: kept.stored, total: kept.total });
			// Only a language not (wholly) stored yet is asked for: a page load costs nothing more.
			if (!asked) {
				asked = true;
				post({ type: 'keep-language', locale });
			}
		}
	});
	addEventListener('online', showConnection);
	addEventListener('offline', showConnection);

	const register = async () => {
		let registration: ServiceWorkerRegistration | undefined;
		try {
			registration = await container.register(`${strings['base'] ?? '/'}sw.js`, {
				scope: strings['base'] ?? '/',
			});
		} catch {
			// Refused: not a secure context, blocked by policy, private mode in some browsers.
		}
		// Some browsers and policies resolve with nothing instead of refusing.
		if (!registration) return show('unsupported');
		offerUpdates(doc, registration);
		active = (await container.ready).active;
		post({ type: 'status' });
	};
	void register();
}

/**
 * Offers a new version once it is installed and waiting. The reader chooses when: the
 * worker takes over only then, and every open tab of the site is told that it now shows an
 * older version, so no tab mixes two versions' files without being told.
 */
function offerUpdates(doc: Document, registration: ServiceWorkerRegistration): void {
	const container = navigator.serviceWorker;
	let chosen = false;
	let banner: HTMLElement | null = null;
	const show = (worker: ServiceWorker | null, stale: boolean) => {
		if (!container.controller && !stale) return; // the first install: nothing to update
		const template = doc.querySelector<HTMLTemplateElement>('#update-banner');
		if (!template) return;
		banner?.remove();
		banner = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
		const message = banner.querySelector<HTMLElement>('[data-update-text]')!;
		if (stale) message.textContent = banner.dataset['stale'] ?? message.textContent;
		banner.querySelector('[data-update-reload]')!.addEventListener('click', () => {
			chosen = true;
			if (worker) worker.postMessage({ type: 'skip-waiting' } satisfies ToWorker);
			else location.reload();
		});
		banner.querySelector('[data-update-later]')!.addEventListener('click', () => {
			banner?.remove();
			doc.documentElement.classList.remove('has-update-banner');
		});
		doc.body.append(banner);
		doc.documentElement.classList.add('has-update-banner');
	};
	const watch = (worker: ServiceWorker | null) => {
		if (!worker) return;
		if (worker.state === 'installed') return show(worker, false);
		worker.addEventListener('statechange', () => {
			if (worker.state === 'installed') show(worker, false);
		});
	};
	const hadController = container.controller !== null;
	watch(registration.waiting);
	registration.addEventListener('updatefound', () => watch(registration.installing));
	container.addEventListener('controllerchange', () => {
		if (chosen) location.reload();
		// Another tab chose the new version: this one still shows the old files.
		else if (hadController) show(null, true);
	});
	// A tab left open for days still hears of a new version when it comes back.
	doc.addEventListener('visibilitychange', () => {
		if (doc.visibilityState === 'visible') void registration.update().catch(() => {});
	});
}
