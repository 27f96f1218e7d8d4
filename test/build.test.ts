/**
 * The real build, pointed at small packs through GW_CONTENT_DIR: a valid pack builds its
 * pages, and a broken one stops the build with a message naming the file and the field.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawPack } from '../src/domain/pack/files.ts';
import { licensedPack, validPack } from './fixtures/pack.ts';

const run = promisify(execFile);
const temp = await mkdtemp(path.join(os.tmpdir(), 'gw-build-'));
afterAll(() => rm(temp, { recursive: true, force: true }));

/** Writes a pack to disk as MDX files and returns its folder. */
async function writePack(
	name: string,
	pack: RawPack,
	raw: Record<string, string> = {}
): Promise<string> {
	const root = path.join(temp, name);
	const all = [
		...pack.sets,
		...pack.guidelines,
		...pack.setTranslations,
		...pack.guidelineTranslations,
	];
	for (const f of all) {
		const target = path.join(root, f.file.replace(/^content\//, ''));
		await mkdir(path.dirname(target), { recursive: true });
		await writeFile(target, `---\n${yaml.dump(f.data)}---\n\n${f.body}\n`);
	}
	for (const [relative, source] of Object.entries(raw)) {
		await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
		await writeFile(path.join(root, relative), source);
	}
	return root;
}

/** Runs `astro build` on a pack; resolves with the output whether it passed or failed. */
async function build(contentDir: string): Promise<{ ok: boolean; output: string; outDir: string }> {
	const outDir = path.join(contentDir, '..', `${path.basename(contentDir)}-dist`);
	try {
		const { stdout, stderr } = await run('node_modules/.bin/astro', ['build', '--outDir', outDir], {
			env: { ...process.env, GW_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
			maxBuffer: 64 * 1024 * 1024,
		});
		return { ok: true, output: stdout + stderr, outDir };
	} catch (error) {
		const e = error as { stdout?: string; stderr?: string };
		return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}`, outDir };
	}
}

describe('astro build with GW_CONTENT_DIR', { timeout: 120_000 }, () => {
	it('builds another pack instead of content/', async () => {
		const dir = await writePack('valid', validPack());
		const result = await build(dir);
		expect(result.ok, result.output).toBe(true);
		const html = await readFile(path.join(result.outDir, 'ka/com/mandate/index.html'), 'utf8');
		expect(html).toContain('მანდატი');
		expect(html).toContain('lang="ka"');
		// Untranslated guideline: English text with the fallback notice.
		const fallback = await readFile(path.join(result.outDir, 'ka/com/planning/index.html'), 'utf8');
		expect(fallback).toContain('Planning');
		expect(fallback).toContain('ეს გვერდი ჯერ ამ ენაზე არ არის თარგმნილი');
	});

	it('builds a licensed-shape pack with a set of its own: pages, search and assessment data', async () => {
		const result = await build(await writePack('licensed', licensedPack()));
		expect(result.ok, result.output).toBe(true);
		const read = (p: string) => readFile(path.join(result.outDir, p), 'utf8');
		// The page shows the sections the text has, and only those.
		const tools = await read('en/com/tools/index.html');
		expect(tools).toContain('The institution chooses its communication tools on purpose.');
		expect(tools).toContain('A single paragraph of prose');
		expect(tools).not.toContain('id="evidence"');
		expect(tools).not.toContain('id="questions"');
		expect(tools).not.toContain('id="responsibility"');
		// A retired id's old address says where it went.
		const retired = await read('en/com/old-tools/index.html');
		expect(retired).toContain('Merged into Tools in this edition.');
		expect(retired).toContain('href="/en/com/tools/"');
		// The agency's own set: its page, its guideline, the home page, search and assessment.
		expect(await read('en/agency/index.html')).toContain(
			'Internal service standard of the Sample Fund'
		);
		expect(await read('en/agency/waiting-times/index.html')).toContain(
			'Waiting times at the counter'
		);
		expect(await read('en/index.html')).toContain('/en/agency/');
		expect(await read('search-index/en.json')).toContain('agency.waiting-times');
		const data = JSON.parse(await read('assess-data/en.json')) as {
			catalogue: { sets: { code: string; guidelines: { id: string }[] }[] };
		};
		expect(data.catalogue.sets.find((s) => s.code === 'agency')?.guidelines[0]?.id).toBe(
			'agency.waiting-times'
		);
	});

	it('stops on a cross-file problem, naming the file and the field', async () => {
		const pack = validPack();
		pack.guidelines[0]!.data.related = ['com.nowhere'];
		const result = await build(await writePack('broken-related', pack));
		expect(result.ok).toBe(false);
		expect(result.output).toMatch(
			/en\/com\/mandate\.mdx: related\[0\]: "com\.nowhere" is not the id of any guideline/
		);
	});

	it('stops on a front-matter problem, naming the file and the field', async () => {
		const pack = validPack();
		pack.guidelines = pack.guidelines.slice(0, 2);
		pack.sets[0]!.data.guidelines.included = 2;
		const dir = await writePack('broken-schema', pack, {
			'en/com/tools.mdx':
				'---\nid: com.tools\nset: com\nedition: "2016"\npart: B\nnumber: 4\n---\n\nBody.\n',
		});
		const result = await build(dir);
		expect(result.ok).toBe(false);
		expect(result.output).toContain('tools.mdx');
		expect(result.output).toMatch(/title/);
	});
});
