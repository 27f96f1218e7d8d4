/// <reference lib="webworker" />
/**
 * The service worker (bundled to `/sw.js` by `src/build/offline.ts`, which fills in
 * `__GW_PLAN__`). Workbox's PrecacheController does the caching: one precache for the shell
 * and one per language, each entry keyed by its revision, so an update downloads only what
 * changed and a version's files are never mixed with another's.
 *
 * - install: stores the shell, and refreshes every language this browser already keeps, so
 *   that the new version is complete before it takes over.
 * - waiting: a new version waits until the reader chooses to reload (`skip-waiting`); until
 *   then the old one serves the old files, which stay in the caches under their own keys.
 * - activate: drops entries no longer listed and the runtime caches of other versions.
 * - a page posts `keep-language` with its language: that language is stored whole.
 * - fetch: stored files first, else the network (kept in this version's runtime cache); a
 *   page that is neither falls back to the offline help page of its language.
 *
 * The worker never opens IndexedDB: assessments and workshops are not its business.
 */
import { PrecacheController } from 'workbox-precaching';
import { LOCALES, type Locale } from '../domain/locales.ts';
import { CACHE, type CompactPlan, type FromWorker, type ToWorker } from './plan.ts';

declare const self: ServiceWorkerGlobalScope;
declare const __GW_PLAN__: CompactPlan;
declare const __GW_BASE__: string;

const plan = __GW_PLAN__;
const RUNTIME = CACHE.runtime(plan.version);

const entries = (pairs: [string, string | null][]) =>
	pairs.map(([url, revision]) => ({ url, revision }));

const core = new PrecacheController({ cacheName: CACHE.core });
core.addToCacheList(entries(plan.core));
const languages = new Map<Locale, PrecacheController>();
for (const locale of LOCALES) {
	const controller = new PrecacheController({
		cacheName: CACHE.language(locale),
		plugins: [progressPlugin(locale, plan.languages[locale].length)],
	});
	controller.addToCacheList(entries(plan.languages[locale]));
	languages.set(locale, controller);
}

/** The shell's precache and each language's, by cache name. */
const precaches: [string, PrecacheController][] = [
	[CACHE.core, core],
	...[...languages].map(([locale, c]): [string, PrecacheController] => [CACHE.language(locale), c]),
];

/** Languages this browser keeps: those with a cache, whatever version filled it. */
async function keptLanguages(): Promise<Locale[]> {
	const kept: Locale[] = [];
	for (const locale of LOCALES) if (await caches.has(CACHE.language(locale))) kept.push(locale);
	return kept;
}

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			await core.install(event);
			for (const locale of await keptLanguages()) await languages.get(locale)!.install(event);
		})()
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await core.activate(event);
			for (const locale of await keptLanguages()) await languages.get(locale)!.activate(event);
			for (const name of await caches.keys())
				if (name.startsWith(`${CACHE.prefix}runtime-`) && name !== RUNTIME)
					await caches.delete(name);
			await self.clients.claim();
		})()
	);
});

/** Languages being stored now, so two pages asking at once start one download. */
const storing = new Map<Locale, Promise<void>>();

self.addEventListener('message', (event: ExtendableMessageEvent) => {
	const data = event.data as ToWorker | null;
	if (!data || typeof data !== 'object') return;
	if (data.type === 'skip-waiting') void self.skipWaiting();
	else if (data.type === 'forget') event.waitUntil(reply(event, forget()));
	else if (data.type === 'status') event.waitUntil(reply(event, status()));
	else if (data.type === 'keep-language' && languages.has(data.locale) && !forgotten) {
		const locale = data.locale;
		let job = storing.get(locale);
		if (!job) {
			job = storeLanguage(locale, event).finally(() => storing.delete(locale));
			storing.set(locale, job);
		}
		event.waitUntil(job.then(() => reply(event, status())));
	}
});

/**
 * Stores a language whole. Workbox stores precache entries only during an `install` event,
 * so the controller gets an event-like object that says so and extends the message event.
 */
async function storeLanguage(locale: Locale, event: ExtendableMessageEvent): Promise<void> {
	const installLike = {
		type: 'install',
		waitUntil: (promise: Promise<unknown>) => event.waitUntil(promise),
	} as unknown as ExtendableEvent;
	try {
		await languages.get(locale)!.install(installLike);
	} catch (error) {
		await broadcast({ type: 'error', locale, message: describe(error) });
	}
}

/** Set once the reader removes the offline copy: nothing is stored again by this worker. */
let forgotten = false;

/** Waits for downloads under way, then deletes every cache of this site. */
async function forget(): Promise<FromWorker> {
	forgotten = true;
	await Promise.allSettled(storing.values());
	for (const name of await caches.keys())
		if (name.startsWith(CACHE.prefix)) await caches.delete(name);
	return { type: 'forgotten' };
}

async function status(): Promise<FromWorker> {
	const result: Extract<FromWorker, { type: 'status' }>['languages'] = {};
	for (const locale of await keptLanguages()) {
		const cache = await caches.open(CACHE.language(locale));
		const stored = new Set((await cache.keys()).map((r) => r.url));
		const keys = [...languages.get(locale)!.getURLsToCacheKeys().values()];
		result[locale] = { stored: keys.filter((k) => stored.has(k)).length, total: keys.length };
	}
	return { type: 'status', version: plan.version, languages: result };
}

async function reply(event: ExtendableMessageEvent, message: Promise<FromWorker>) {
	const source = event.source as Client | null;
	source?.postMessage(await message);
}

async function broadcast(message: FromWorker) {
	for (const client of await self.clients.matchAll({ includeUncontrolled: true }))
		client.postMessage(message);
}

/** Tells the pages how far a language's download has come, every 20 files and at the end. */
function progressPlugin(locale: Locale, total: number) {
	let done = 0;
	return {
		cacheDidUpdate: async () => {
			done++;
			if (done % 20 === 0 || done === total)
				await broadcast({ type: 'progress', locale, done, total });
		},
	};
}

function describe(error: unknown): string {
	if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'quota';
	return error instanceof Error ? error.message : String(error);
}

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin || !url.pathname.startsWith(__GW_BASE__)) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	// Data files carry `?v=<hash>` for the HTTP cache; the precache has the same version.
	const stored = await lookUp(url.origin + url.pathname);
	if (stored) return stored;
	// `/en/com` is served as `/en/com/` by the host; offline too.
	if (request.mode === 'navigate' && !url.pathname.endsWith('/')) {
		const slashed = `${url.origin}${url.pathname}/`;
		if (storedAt(slashed)) return Response.redirect(`${slashed}${url.search}`, 301);
	}
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic' && !forgotten) {
			const copy = response.clone();
			void caches.open(RUNTIME).then((cache) => cache.put(request, copy));
		}
		return response;
	} catch (error) {
		const kept = await caches.match(request, { cacheName: RUNTIME });
		if (kept) return kept;
		if (request.mode === 'navigate') {
			const fallback = await offlinePage(url);
			if (fallback) return fallback;
		}
		throw error;
	}
}

/** Where the plan stores a URL: the cache and the key of its revision. */
function storedAt(url: string): { cacheName: string; cacheKey: string } | undefined {
	for (const [cacheName, controller] of precaches) {
		const cacheKey = controller.getCacheKeyForURL(url);
		if (cacheKey) return { cacheName, cacheKey };
	}
	return undefined;
}

/**
 * A file from the shell or a kept language's precache. `caches.match` with a cache name never
 * creates the cache, so asking about a language the browser does not keep leaves it so.
 */
async function lookUp(url: string): Promise<Response | undefined> {
	const at = storedAt(url);
	return at && caches.match(at.cacheKey, { cacheName: at.cacheName });
}

/** The offline help page in the language of the path asked for, or any language kept. */
async function offlinePage(url: URL): Promise<Response | undefined> {
	const first = url.pathname.slice(__GW_BASE__.length).split('/')[0] ?? '';
	const order = [first, ...LOCALES].filter((l): l is Locale =>
		(LOCALES as readonly string[]).includes(l)
	);
	for (const locale of order) {
		const page = await lookUp(`${self.location.origin}${__GW_BASE__}${locale}/help/offline/`);
		if (page) return page;
	}
	return undefined;
}
