/**
 * An Astro integration: after the build, every page with a React island gets
 * `<link rel="modulepreload">` for the island's whole static import graph. Without it the
 * browser learns of the island's imports only after fetching the island, one round of
 * requests at a time; with it, they all load at once. Reading pages have no island and are
 * left as they are (their byte budget counts module preloads).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The static imports of a built chunk (`import … from"./x.js"`, `import"./y.js"`). */
export function staticImports(code: string): string[] {
	const out: string[] = [];
	for (const m of code.matchAll(
		/(?:^|[;}\s])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g
	))
		out.push(m[1]!);
	return out;
}

/** Every chunk reachable from `entries` (site paths such as `/_astro/x.js`) by static imports. */
export async function importGraph(dist: string, entries: string[]): Promise<string[]> {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const href = queue.shift()!;
		if (seen.has(href)) continue;
		seen.add(href);
		let code: string;
		try {
			code = await readFile(path.join(dist, href), 'utf8');
		} catch {
			continue;
		}
		for (const spec of staticImports(code))
			queue.push(path.posix.join(path.posix.dirname(href), spec));
	}
	return [...seen];
}

/** Adds the preload links to one page's HTML; returns it unchanged when it has no island. */
export async function withIslandPreloads(
	html: string,
	dist: string,
	base: string
): Promise<string> {
	const entries: string[] = [];
	for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
		for (const attr of ['component-url', 'renderer-url']) {
			const url = new RegExp(`${attr}="([^"]+)"`).exec(m[0])?.[1];
			if (url) entries.push(url.startsWith(base) ? `/${url.slice(base.length)}` : url);
		}
	}
	if (entries.length === 0) return html;
	const chunks = await importGraph(dist, entries);
	const present = new Set(
		[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1])
	);
	const links = chunks
		.map((c) => `${base}${c.slice(1)}`)
		.filter((href) => !present.has(href))
		.map((href) => `<link rel="modulepreload" href="${href}">`)
		.join('');
	return html.replace('</head>', `${links}</head>`);
}

export default function islandPreload(): AstroIntegration {
	let base = '/';
	return {
		name: 'gw:island-preload',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir }) => {
				const dist = fileURLToPath(dir);
				const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
					.filter((e) => e.isFile() && e.name.endsWith('.html'))
					.map((e) => path.join(e.parentPath, e.name));
				for (const file of files) {
					const html = await readFile(file, 'utf8');
					if (!html.includes('<astro-island')) continue;
					const next = await withIslandPreloads(html, dist, base);
					if (next !== html) await writeFile(file, next);
				}
			},
		},
	};
}
