/**
 * The help page on offline use: shows what this browser keeps (languages, storage used,
 * version) and removes the offline copy on request. It asks the service worker for its state
 * and reads the Storage API; it never touches IndexedDB or local storage.
 */
import type { Locale } from '../domain/locales.ts';
import { format } from '../i18n/format.ts';
import type { FromWorker, ToWorker } from '../offline/plan.ts';
import { CACHE } from '../offline/plan.ts';

export function startOfflineHelp(doc: Document = document): void {
	const root = doc.querySelector<HTMLElement>('[data-offline-help]');
	const now = root?.querySelector<HTMLElement>('[data-now]');
	const list = root?.querySelector<HTMLElement>('[data-now-list]');
	const remove = doc.querySelector<HTMLButtonElement>('[data-remove-copy]');
	if (!root || !now || !list || !remove) return;
	const s = root.dataset;
	const names = JSON.parse(s['names'] ?? '{}') as Record<Locale, string>;
	const locale = doc.documentElement.lang;
	const unit = (name: 'megabyte' | 'gigabyte') =>
		new Intl.NumberFormat(locale, { style: 'unit', unit: name, maximumFractionDigits: 1 });
	const [megabytes, gigabytes] = [unit('megabyte'), unit('gigabyte')];
	const mb = (n = 0) => (n >= 1e9 ? gigabytes.format(n / 1e9) : megabytes.format(n / 1e6));

	// Served in place of a page that is not stored: say so.
	if (location.pathname !== s['page'])
		doc.querySelector<HTMLElement>('[data-not-stored]')?.removeAttribute('hidden');

	const item = (text: string) => {
		const li = doc.createElement('li');
		li.textContent = text;
		return li;
	};

	const render = async (status: Extract<FromWorker, { type: 'status' }> | null) => {
		const lines: string[] = [];
		if (status) {
			const kept = (Object.keys(status.languages) as Locale[])
				.filter((l) => status.languages[l]!.stored === status.languages[l]!.total)
				.map((l) => names[l] ?? l);
			lines.push(
				kept.length > 0
					? format(s['languages'] ?? '', {
							languages: new Intl.ListFormat(locale, { type: 'conjunction' }).format(kept),
						})
					: (s['noLanguages'] ?? '')
			);
			lines.push(format(s['version'] ?? '', { version: status.version }));
		} else lines.push(s['noWorker'] ?? '');
		try {
			const estimate = await navigator.storage?.estimate();
			if (estimate)
				lines.push(
					format(s['usage'] ?? '', { used: mb(estimate.usage), quota: mb(estimate.quota) })
				);
		} catch {
			// The Storage API is optional; the lines above still stand.
		}
		now.textContent = '';
		list.replaceChildren(...lines.map(item));
	};

	const container = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
	if (!container) void render(null);
	else {
		container.addEventListener('message', (event: MessageEvent<FromWorker>) => {
			if (event.data.type === 'status') void render(event.data);
		});
		void container.getRegistration().then((registration) => {
			const worker = registration?.active;
			if (worker) worker.postMessage({ type: 'status' });
			else void render(null);
		});
	}

	remove.addEventListener('click', () => {
		void (async () => {
			try {
				// The worker first stops its downloads and deletes its caches, so none comes back.
				const registration = await container?.getRegistration();
				const worker = registration?.active;
				if (worker && container) {
					const done = new Promise<void>((resolve) => {
						const onMessage = (event: MessageEvent<FromWorker>) => {
							if (event.data.type !== 'forgotten') return;
							container.removeEventListener('message', onMessage);
							resolve();
						};
						container.addEventListener('message', onMessage);
					});
					worker.postMessage({ type: 'forget' } satisfies ToWorker);
					await done;
				}
				for (const r of (await container?.getRegistrations()) ?? []) await r.unregister();
				for (const name of await caches.keys())
					if (name.startsWith(CACHE.prefix)) await caches.delete(name);
				await render(null);
				now.textContent = s['removed'] ?? '';
				doc.querySelector('[data-offline-status]')?.setAttribute('hidden', '');
			} catch (error) {
				now.textContent = format(s['removeFailed'] ?? '', {
					reason: error instanceof Error ? error.message : String(error),
				});
			}
		})();
	});
}
