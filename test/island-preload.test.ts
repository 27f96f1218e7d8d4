/** The build step that preloads an island's whole import graph. */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticImports, withIslandPreloads } from '../src/build/island-preload.ts';

describe('staticImports', () => {
	it('finds import and re-export specifiers of a minified chunk, not dynamic imports', () => {
		const code =
			'import{r as e}from"./a.js";import"./b.js";export{x}from"./c.js";const l=()=>import("./lazy.js");';
		expect(staticImports(code)).toEqual(['./a.js', './b.js', './c.js']);
	});
});

describe('withIslandPreloads', () => {
	it('preloads the island, its renderer and everything they import, once', async () => {
		const dist = await mkdtemp(path.join(tmpdir(), 'gw-preload-'));
		await mkdir(path.join(dist, '_astro'));
		await writeFile(path.join(dist, '_astro/I.js'), 'import{a}from"./a.js";import("./lazy.js")');
		await writeFile(path.join(dist, '_astro/a.js'), 'import"./b.js";');
		await writeFile(path.join(dist, '_astro/b.js'), 'import"./a.js";');
		await writeFile(path.join(dist, '_astro/r.js'), '');
		const html =
			'<html><head><link rel="modulepreload" href="/base/_astro/r.js"></head><body><astro-island component-url="/base/_astro/I.js" renderer-url="/base/_astro/r.js"></astro-island></body></html>';
		const out = await withIslandPreloads(html, dist, '/base/');
		expect([...out.matchAll(/modulepreload" href="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'/base/_astro/r.js',
			'/base/_astro/I.js',
			'/base/_astro/a.js',
			'/base/_astro/b.js',
		]);
		expect(await withIslandPreloads('<html><head></head></html>', dist, '/')).toBe(
			'<html><head></head></html>'
		);
	});
});
