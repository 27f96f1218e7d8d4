/**
 * An Astro integration: after the build (and after the island preloads are written), lists
 * every built file with Workbox's `getManifest`, sorts them into the offline plan
 * (`src/offline/plan.ts`) and bundles the service worker with that plan to `dist/sw.js`.
 * `writeServiceWorker` is also what the browser tests call to stage "a new version".
 */
import { createHash } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import {
	groupBytes,
	makePlan,
	type CompactPlan,
	type OfflineEntry,
	type OfflinePlan,
} from '../offline/plan.ts';

const SOURCE = fileURLToPath(new URL('../offline/sw.ts', import.meta.url));

/** The plan for the built site in `dist`. */
export async function offlinePlan(dist: string, base: string): Promise<OfflinePlan> {
	const { manifestEntries, warnings } = await getManifest({
		globDirectory: dist,
		globPatterns: ['**/*'],
		globIgnores: ['sw.js'],
		// Hashed assets need no revision: their name changes with their content.
		dontCacheBustURLsMatching: /^_astro\//,
		// Large files are listed here; the plan decides which are kept.
		maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
	});
	if (warnings.length > 0) throw new Error(`offline: ${warnings.join('; ')}`);
	const files = await Promise.all(
		(manifestEntries ?? []).map(async (e) => ({
			file: e.url,
			revision: e.revision ?? null,
			size: (await stat(path.join(dist, e.url))).size,
		}))
	);
	return makePlan(files, base, (text) => createHash('sha256').update(text).digest('hex'));
}

/**
 * The plan as the worker receives it: `[url, revision]` pairs with revisions cut to 16 hex
 * digits (enough to tell versions apart); the worker is fetched on every update check, so its
 * size matters.
 */
export function compactPlan(plan: OfflinePlan): CompactPlan {
	const pairs = (entries: OfflineEntry[]) =>
		entries.map((e): [string, string | null] => [e.url, e.revision?.slice(0, 16) ?? null]);
	return {
		version: plan.version,
		core: pairs(plan.core),
		languages: Object.fromEntries(
			Object.entries(plan.languages).map(([l, entries]) => [l, pairs(entries)])
		) as CompactPlan['languages'],
	};
}

/** Writes `dist/sw.js` for the site in `dist`; returns the plan it holds. */
export async function writeServiceWorker(dist: string, base: string): Promise<OfflinePlan> {
	const plan = await offlinePlan(dist, base);
	const result = await build({
		entryPoints: [SOURCE],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		minify: true,
		write: false,
		legalComments: 'none',
		define: {
			__GW_PLAN__: JSON.stringify(compactPlan(plan)),
			__GW_BASE__: JSON.stringify(base),
			'process.env.NODE_ENV': '"production"',
		},
	});
	await writeFile(path.join(dist, 'sw.js'), result.outputFiles[0]!.contents);
	return plan;
}

export default function offline(): AstroIntegration {
	let base = '/';
	return {
		name: 'gw:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const plan = await writeServiceWorker(fileURLToPath(dir), base);
				const mb = (entries: OfflineEntry[]) => (groupBytes(entries) / 1e6).toFixed(1);
				logger.info(
					`service worker ${plan.version}: shell ${plan.core.length} files (${mb(plan.core)} MB), ` +
						Object.entries(plan.languages)
							.map(([l, e]) => `${l} ${e.length} (${mb(e)} MB)`)
							.join(', ')
				);
			},
		},
	};
}
