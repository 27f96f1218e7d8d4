/**
 * The architecture as tests: the domain imports no framework, no storage and no Node module
 * (so it runs unchanged in the browser, a Web Worker and the CLI); code that runs in the
 * browser never pulls in a build-time module; the report's layout never touches pdf-lib.
 * Each rule is first shown to catch a planted violation, so none of them can pass vacuously.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, importsOfFile, reachable, type ImportRef } from './lib/imports.ts';

const SRC = path.resolve('src');

function filesUnder(dir: string, pattern: RegExp): string[] {
	try {
		return readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile() && pattern.test(e.name))
			.map((e) => path.join(e.parentPath, e.name))
			.sort();
	} catch {
		return [];
	}
}

const rel = (file: string) => path.relative(process.cwd(), file);

/** Packages the domain may use: pure, and the same in every runtime. */
const DOMAIN_PACKAGES = new Set(['zod', 'zod/mini', 'zod/v4/core', 'papaparse', 'fflate']);

/** Problems with one domain module's imports. */
function domainProblems(file: string, refs: ImportRef[]): string[] {
	const problems: string[] = [];
	for (const ref of refs) {
		if (ref.resolved) {
			if (!ref.resolved.startsWith(path.join(SRC, 'domain') + path.sep))
				problems.push(`${rel(file)} imports ${ref.specifier}, outside src/domain`);
		} else if (!DOMAIN_PACKAGES.has(ref.specifier) && !ref.typeOnly) {
			problems.push(`${rel(file)} imports the package ${ref.specifier}`);
		} else if (!DOMAIN_PACKAGES.has(ref.specifier)) {
			problems.push(`${rel(file)} imports types from ${ref.specifier}`);
		}
	}
	return problems;
}

/** Modules that exist only at build time (Node, Astro's content layer, every dictionary). */
const BUILD_TIME = [
	/src\/search\/build\.ts$/,
	/src\/pack\//,
	/src\/i18n\/index\.ts$/,
	/src\/i18n\/(assess\.)?(en|fr|es|de|ka)\.ts$/,
	/src\/content\.config\.ts$/,
	/\.astro$/,
];

/** Problems on the browser's side: a build-time module or a Node built-in within reach. */
function browserProblems(chains: Map<string, string[]>, read = importsOfFile): string[] {
	const problems: string[] = [];
	for (const [file, chain] of chains) {
		const path_ = chain.map(rel).join(' → ');
		if (chain.length > 1 && BUILD_TIME.some((re) => re.test(file)))
			problems.push(`browser code reaches a build-time module: ${path_}`);
		if (!file.endsWith('.ts') && !file.endsWith('.tsx')) continue;
		for (const ref of read(file))
			if (!ref.typeOnly && (ref.specifier.startsWith('node:') || ref.specifier === 'astro:content'))
				problems.push(`browser code imports ${ref.specifier}: ${path_}`);
	}
	return problems;
}

/** Problems in the report's layout layer: it computes positions and must not draw. */
function layoutProblems(file: string, refs: ImportRef[]): string[] {
	return refs
		.filter((r) => !r.typeOnly && /(^|\/)pdf-lib$/.test(r.specifier))
		.map((r) => `${rel(file)} (layout) imports ${r.specifier}`);
}

describe('the rules catch what they are for', () => {
	const at = path.join(SRC, 'domain', 'x.ts');
	it.each([
		{ name: 'Astro', code: `import { z } from 'astro/zod';`, found: /package astro\/zod/ },
		{ name: 'React', code: `import { useState } from 'react';`, found: /package react/ },
		{ name: 'zustand', code: `import { create } from 'zustand';`, found: /package zustand/ },
		{ name: 'pdf-lib', code: `import { PDFDocument } from 'pdf-lib';`, found: /pdf-lib/ },
		{ name: 'Node', code: `import { readFile } from 'node:fs/promises';`, found: /node:fs/ },
		{ name: 'a dynamic import', code: `await import('node:path');`, found: /node:path/ },
		{ name: 'a layer above', code: `import '../state/keys.ts';`, found: /outside src\/domain/ },
		{
			name: 'types from React',
			code: `import type { FC } from 'react';`,
			found: /types from react/,
		},
	])('domain importing $name', ({ code, found }) => {
		expect(domainProblems(at, importsOf(at, code)).join('\n')).toMatch(found);
	});

	it('lets the domain use zod and its own modules', () => {
		const code = `import { z } from 'zod';\nimport { LOCALES } from './locales.ts';`;
		expect(domainProblems(at, importsOf(at, code))).toEqual([]);
	});

	it('finds a build-time module behind a chain of value imports, not behind a type import', () => {
		const files: Record<string, string> = {
			'/s/src/components/A.tsx': `import { b } from './b.ts';\nimport type { T } from '../search/build.ts';`,
			'/s/src/components/b.ts': `export { c } from '../search/build.ts';`,
		};
		const read = (f: string) => importsOf(f, files[f] ?? '');
		const chains = reachable(['/s/src/components/A.tsx'], read);
		expect(browserProblems(chains, read)).toEqual([
			expect.stringMatching(/A\.tsx → .*b\.ts → .*search\/build\.ts$/),
		]);
	});

	it('finds pdf-lib in a layout module', () => {
		const file = path.join(SRC, 'report', 'layout', 'table.ts');
		expect(layoutProblems(file, importsOf(file, `import { rgb } from 'pdf-lib';`))).toHaveLength(1);
		expect(
			layoutProblems(file, importsOf(file, `import type { PDFFont } from 'pdf-lib';`))
		).toEqual([]);
	});
});

describe('the source tree keeps to them', () => {
	const domain = filesUnder(path.join(SRC, 'domain'), /\.tsx?$/);

	it('the domain is framework-free', () => {
		expect(domain.length).toBeGreaterThan(5);
		expect(domain.flatMap((f) => domainProblems(f, importsOfFile(f)))).toEqual([]);
	});

	it('browser code reaches no build-time module', () => {
		const entries = [
			...filesUnder(path.join(SRC, 'components'), /\.tsx$/),
			...filesUnder(path.join(SRC, 'scripts'), /\.ts$/),
			...filesUnder(path.join(SRC, 'state'), /\.ts$/),
			...filesUnder(path.join(SRC, 'workers'), /\.ts$/),
			...filesUnder(path.join(SRC, 'components'), /\.astro$/),
			...filesUnder(path.join(SRC, 'pages'), /\.astro$/),
		];
		expect(entries.length).toBeGreaterThan(5);
		expect(browserProblems(reachable(entries))).toEqual([]);
	});

	it('the report layout draws nothing', () => {
		const layout = filesUnder(path.join(SRC, 'report'), /\.ts$/).filter((f) =>
			/\/layout(\/|[^/]*\.ts$)/.test(f)
		);
		expect(layout.flatMap((f) => layoutProblems(f, importsOfFile(f)))).toEqual([]);
	});
});
