/**
 * The one command line, run in-process: `validate` prints every problem with its JSON path and
 * exits 1; `demo` writes a valid, deterministic sample; `schema` prints the JSON Schema, which
 * accepts what the site exports and refuses what the importer refuses; `report` writes the
 * same PDF for the same file and day; `workshop` writes a pack's handout and guide, and refuses a
 * bad pack with its problems' JSON paths.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/gw.ts';
import { createWorkshop, newItem } from '../src/domain/workshop/model.ts';
import { assessKa } from '../src/i18n/assess.ka.ts';
import { handoutEn } from '../src/i18n/handout.en.ts';
import { readPdf } from './lib/pdf.ts';

let dir: string;
const out: string[] = [];
const err: string[] = [];

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'gw-cli-'));
});

afterEach(() => {
	out.length = 0;
	err.length = 0;
	vi.restoreAllMocks();
});

async function run(...args: string[]): Promise<number> {
	vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
	vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
	return main(args);
}

describe('gw demo', () => {
	it('writes the same valid file for the same seed and date', async () => {
		const a = path.join(dir, 'a.json');
		const b = path.join(dir, 'b.json');
		expect(
			await run(
				'demo',
				'-o',
				a,
				'--seed',
				'5',
				'--date',
				'2026-11-29',
				'--sets',
				'com,eef',
				'--org',
				'Fund'
			)
		).toBe(0);
		expect(
			await run(
				'demo',
				'-o',
				b,
				'--seed',
				'5',
				'--date',
				'2026-11-29',
				'--sets',
				'com,eef',
				'--org',
				'Fund'
			)
		).toBe(0);
		expect(await readFile(a, 'utf8')).toBe(await readFile(b, 'utf8'));
		const file = JSON.parse(await readFile(a, 'utf8')) as {
			organisation: { name: string };
			scope: { set: string }[];
			assessors: unknown[];
			customGuidelines: unknown[];
			guidelines: Record<
				string,
				{ level: number | null; notApplicable: unknown; evidence: unknown[]; actions: unknown[] }
			>;
		};
		expect(file.organisation.name).toBe('Fund');
		expect(file.scope.map((s) => s.set)).toEqual(['com', 'eef']);
		expect(file.assessors).toHaveLength(2);
		expect(file.customGuidelines).toHaveLength(1);
		const records = Object.values(file.guidelines);
		expect(new Set(records.map((r) => r.level)).size).toBeGreaterThanOrEqual(4);
		expect(records.some((r) => r.notApplicable)).toBe(true);
		expect(records.some((r) => r.evidence.length > 0)).toBe(true);
		expect(records.some((r) => r.actions.length > 0)).toBe(true);
		expect(await run('validate', a)).toBe(0);
		expect(out.at(-1)).toMatch(/a\.json: ok \(2 set\(s\), \d+ guideline\(s\) rated\)/);
	});

	it('writes its texts in the language asked for', async () => {
		const file = path.join(dir, 'ka.json');
		expect(
			await run('demo', '-o', file, '--lang', 'ka', '--sets', 'com', '--date', '2026-11-29')
		).toBe(0);
		expect(await readFile(file, 'utf8')).toMatch(/[\u10D0-\u10FF]/);
	});

	it.each([
		{ args: ['demo'], message: /say where to write with -o FILE/ },
		{
			args: ['demo', '-o', 'x', '--lang', 'xx'],
			message: /--lang must be one of en, fr, es, de, ka/,
		},
		{
			args: ['demo', '-o', 'x', '--sets', 'nope'],
			message: /no shipped set with guidelines has the code nope/,
		},
		{
			args: ['demo', '-o', 'x', '--date', '29/11/2026'],
			message: /--date must be a day as YYYY-MM-DD/,
		},
		{ args: ['demo', '-o', 'x', '--colour'], message: /Unknown option '--colour'/ },
	])('refuses $args with exit code 2', async ({ args, message }) => {
		expect(await run(...args)).toBe(2);
		expect(err.join('\n')).toMatch(message);
	});
});

describe('gw validate', () => {
	it('prints every problem with its path and exits 1', async () => {
		const file = path.join(dir, 'bad.json');
		await writeFile(
			file,
			JSON.stringify({
				schemaVersion: 1,
				kind: 'guidelines-workbench/assessment',
				id: 'x',
				title: 'T',
				organisation: { name: '', country: '' },
				scope: [{ set: 'com', edition: '2016' }],
				assessors: [],
				createdAt: '2026-01-01T00:00:00.000Z',
				updatedAt: 'yesterday',
				guidelines: {
					'com.mandate': { level: 5, notApplicable: null, changedBy: null, changedAt: null },
				},
			})
		);
		expect(await run('validate', file)).toBe(1);
		expect(err.map((l) => l.replace(dir, '<dir>'))).toEqual([
			'<dir>/bad.json: At $.updatedAt: "yesterday" is not in the expected form.',
			'<dir>/bad.json: At $.guidelines["com.mandate"].level: 5 is too large (the most allowed is 4).',
		]);
	});

	it('migrates and accepts the version-0 example', async () => {
		expect(await run('validate', 'test/fixtures/assessment.v0.json')).toBe(0);
		expect(out[0]).toMatch(/migrated from version 0/);
	});

	it('says when a file cannot be read', async () => {
		expect(await run('validate', path.join(dir, 'missing.json'))).toBe(1);
		expect(err[0]).toMatch(/missing\.json: cannot be read \(ENOENT\)/);
	});
});

describe('gw schema and help', () => {
	it('prints a JSON Schema that accepts an export and refuses a bad level', async () => {
		const schemaFile = path.join(dir, 'schema.json');
		const demoFile = path.join(dir, 'demo.json');
		expect(await run('schema', '-o', schemaFile, '--site', 'https://example.org/')).toBe(0);
		expect(await run('demo', '-o', demoFile, '--date', '2026-11-29')).toBe(0);
		const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as Record<string, unknown>;
		expect(schema['$id']).toBe('https://example.org/schema/assessment.v1.json');
		const validate = new Ajv2020({ strict: false }).compile(schema);
		const demo = JSON.parse(await readFile(demoFile, 'utf8')) as {
			guidelines: Record<string, { level: number | null }>;
		};
		expect(validate(demo), JSON.stringify(validate.errors)).toBe(true);
		const first = Object.keys(demo.guidelines)[0]!;
		demo.guidelines[first]!.level = 9;
		expect(validate(demo)).toBe(false);
	});

	it('documents every command', async () => {
		for (const command of ['validate', 'demo', 'schema']) {
			expect(await run(command, '--help')).toBe(0);
			expect(out.at(-1)).toMatch(new RegExp(`^Usage: gw ${command}`));
		}
		expect(await run('frobnicate')).toBe(2);
		expect(err[0]).toMatch(/unknown command "frobnicate"/);
	});
});

describe('gw summary and gw merge', () => {
	const demo = async (name: string, seed: number) => {
		const file = path.join(dir, name);
		expect(
			await run(
				'demo',
				'-o',
				file,
				'--seed',
				String(seed),
				'--date',
				'2026-11-29',
				'--sets',
				'com,gg'
			)
		).toBe(0);
		return file;
	};

	it('prints the scores as JSON with exactly the promised fields', async () => {
		const file = await demo('s.json', 3);
		expect(await run('summary', file, '--json')).toBe(0);
		const json = JSON.parse(out.at(-1)!) as { sets: Record<string, unknown>[] };
		expect(json.sets.map((s) => s['set'])).toEqual(['gg', 'com']);
		for (const s of json.sets) {
			expect(Object.keys(s)).toEqual([
				'set',
				'edition',
				'score',
				'percent',
				'completeness',
				'evidenceCoverage',
				'percentToTarget',
				'ready',
				'blockers',
				'parts',
			]);
			for (const p of s['parts'] as Record<string, unknown>[])
				expect(Object.keys(p)).toEqual(['part', 'score', 'completeness']);
		}
		expect(await run('summary', file, '--json', '--sets', 'gg')).toBe(0);
		expect((JSON.parse(out.at(-1)!) as { sets: unknown[] }).sets).toHaveLength(1);
		expect(await run('summary', file)).toBe(0);
		expect(out.join('\n')).toMatch(/this tool’s own, not the ISSA’s/);
		expect(await run('summary', file, '--sets', 'ict')).toBe(2);
	});

	it('refuses to merge with undecided conflicts, listing them, and merges with --prefer newest', async () => {
		const a = await demo('m1.json', 1);
		const b = await demo('m2.json', 2);
		const merged = path.join(dir, 'merged.json');
		expect(await run('merge', a, b, '-o', merged)).toBe(1);
		expect(err.join('\n')).toMatch(/conflict\(s\) to decide/);
		expect(err.join('\n')).toMatch(/rating: .* \(m1\.json\): level \d/);
		expect(await run('merge', a, b, '-o', merged, '--prefer', 'newest')).toBe(0);
		expect(await run('validate', merged)).toBe(0);
	});

	it('refuses files of other scopes unless told to merge what they share', async () => {
		const a = await demo('c1.json', 1);
		const file = path.join(dir, 'c2.json');
		expect(
			await run('demo', '-o', file, '--seed', '2', '--date', '2026-11-29', '--sets', 'com')
		).toBe(0);
		const merged = path.join(dir, 'c.json');
		expect(await run('merge', a, file, '-o', merged, '--prefer', 'newest')).toBe(1);
		expect(err.join('\n')).toMatch(/scopes differ \(gg not in every file/);
		expect(await run('merge', a, file, '-o', merged, '--prefer', 'newest', '--common')).toBe(0);
		const json = JSON.parse(await readFile(merged, 'utf8')) as { scope: { set: string }[] };
		expect(json.scope.map((s) => s.set)).toEqual(['com']);
	});
});

describe('gw report', () => {
	it('writes the same PDF for the same file and day, in the language and sets asked for', async () => {
		const file = path.join(dir, 'r.json');
		expect(
			await run('demo', '-o', file, '--seed', '4', '--date', '2026-11-29', '--sets', 'com,gg')
		).toBe(0);
		const a = path.join(dir, 'r1.pdf');
		const b = path.join(dir, 'r2.pdf');
		expect(await run('report', file, '-o', a, '--date', '2026-11-30')).toBe(0);
		expect(err.at(-1)).toMatch(/^wrote .*r1\.pdf: \d+ kB$/);
		expect(await run('report', file, '-o', b, '--date', '2026-11-30')).toBe(0);
		const [first, second] = await Promise.all([readFile(a), readFile(b)]);
		expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(Buffer.compare(first, second)).toBe(0);
		const whole = await readPdf(first);
		expect(whole.all).toContain('Nov 30, 2026');
		expect(whole.outline.join(' | ')).toMatch(
			/Communication.*Good Governance|Good Governance.*Communication/
		);

		const ka = path.join(dir, 'ka.pdf');
		expect(await run('report', file, '-o', ka, '--lang', 'ka', '--sets', 'gg')).toBe(0);
		const georgian = await readPdf(await readFile(ka));
		expect(georgian.all).toContain(assessKa['report.title']);
		expect(georgian.outline.join(' ')).not.toMatch(/Communication|კომუნიკაცი/);
	});

	it('works from any folder, finding the shipped pack beside itself', async () => {
		const file = path.join(dir, 'elsewhere.json');
		expect(await run('demo', '-o', file, '--sets', 'gg')).toBe(0);
		const gw = fileURLToPath(new URL('../src/cli/gw.ts', import.meta.url));
		await promisify(execFile)(process.execPath, [gw, 'report', file, '-o', 'out.pdf'], {
			cwd: dir,
		});
		const pdf = await readFile(path.join(dir, 'out.pdf'));
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	});

	it('refuses bad arguments and unreadable files with a specific message', async () => {
		const file = path.join(dir, 'r-bad.json');
		expect(await run('demo', '-o', file, '--sets', 'com')).toBe(0);
		const pdf = path.join(dir, 'bad.pdf');
		expect(await run('report', file, '-o', pdf, '--date', '29/11/2026')).toBe(2);
		expect(err.join('\n')).toMatch(/--date must be a day as YYYY-MM-DD/);
		expect(await run('report', file, '-o', pdf, '--lang', 'it')).toBe(2);
		expect(err.join('\n')).toMatch(/--lang must be one of en, fr, es, de, ka/);
		expect(await run('report', file, '-o', pdf, '--sets', 'ict')).toBe(2);
		expect(err.join('\n')).toMatch(/scope has no set ict/);
		expect(await run('report', file)).toBe(2);
		const broken = path.join(dir, 'broken.json');
		await writeFile(broken, '{"format": "something else"}');
		expect(await run('report', broken, '-o', pdf)).toBe(1);
		await expect(readFile(pdf)).rejects.toThrow(/ENOENT/);
	});
});

describe('gw workshop', () => {
	const pack = (overrides: Record<string, unknown> = {}) => ({
		...createWorkshop(
			{ title: 'Fraud control day', date: '2026-05-31', language: 'en', facilitator: 'Ana' },
			'w-cli',
			'2026-01-01T08:00:00.000Z'
		),
		items: [
			{ ...newItem('gg.error-evasion-fraud', 3), notes: 'Only for the trainer' },
			newItem('com.mandate', 3),
		],
		...overrides,
	});

	it('writes the handout and the guide, the same bytes for the same file and day', async () => {
		const file = path.join(dir, 'pack.json');
		await writeFile(file, JSON.stringify(pack()));
		const handout = path.join(dir, 'handout.pdf');
		const guide = path.join(dir, 'guide.pdf');
		const args = ['workshop', file, '--handout', handout, '--guide', guide, '--date', '2026-05-01'];
		expect(await run(...args)).toBe(0);
		expect(err.at(-2)).toMatch(/^wrote .*handout\.pdf: \d+ kB$/);
		expect(err.at(-1)).toMatch(/^wrote .*guide\.pdf: \d+ kB$/);
		const first = await readFile(handout);
		const h = await readPdf(first);
		const g = await readPdf(await readFile(guide));
		expect(h.all).toContain(handoutEn['handout.title.handout']);
		expect(h.all).toContain('Fraud control day');
		expect(h.all).toContain('Jun 30, 2026');
		expect(h.all).not.toContain('Only for the trainer');
		expect(g.all).toContain(handoutEn['handout.title.guide']);
		expect(g.all).toContain('Only for the trainer');
		expect(await run(...args)).toBe(0);
		expect(Buffer.compare(first, await readFile(handout))).toBe(0);
	});

	it('prints the texts in the pack’s language and warns of guidelines it leaves out', async () => {
		const file = path.join(dir, 'pack-ka.json');
		const items = [newItem('gg.error-evasion-fraud', 3), newItem('zz.gone', 1)];
		await writeFile(file, JSON.stringify(pack({ language: 'ka', items })));
		const handout = path.join(dir, 'handout-ka.pdf');
		expect(await run('workshop', file, '--handout', handout)).toBe(0);
		expect(err.join('\n')).toMatch(/left out, not in the content pack: zz\.gone/);
		const pdf = await readPdf(await readFile(handout));
		expect(pdf.all).toMatch(/[\u10D0-\u10FF]{4}/);
		expect(pdf.all).not.toContain(handoutEn['handout.title.handout']);
	});

	it('refuses a bad pack with its problems, and a command without an output', async () => {
		const file = path.join(dir, 'pack-bad.json');
		const bad = pack();
		(bad.items[1] as { minutes: number }).minutes = -5;
		await writeFile(file, JSON.stringify(bad));
		const out = path.join(dir, 'never.pdf');
		expect(await run('workshop', file, '--handout', out)).toBe(1);
		expect(err.join('\n')).toMatch(/pack-bad\.json: At \$\.items\[1\]\.minutes: /);
		await expect(readFile(out)).rejects.toThrow(/ENOENT/);
		err.length = 0;
		await writeFile(file, JSON.stringify({ kind: 'something else' }));
		expect(await run('workshop', file, '--guide', out)).toBe(1);
		expect(err.join('\n')).toMatch(/pack-bad\.json: At \$\.kind: /);

		const good = path.join(dir, 'pack-good.json');
		await writeFile(good, JSON.stringify(pack()));
		expect(await run('workshop', good)).toBe(2);
		expect(err.join('\n')).toMatch(/say where to write with --handout FILE, --guide FILE or both/);
		expect(await run('workshop', good, '--guide', out, '--date', '1/5/2026')).toBe(2);
		expect(err.join('\n')).toMatch(/--date must be a day as YYYY-MM-DD/);
		expect(await run('workshop', '--handout', out)).toBe(2);
		expect(err.join('\n')).toMatch(/name one workshop pack file/);
		await expect(readFile(out)).rejects.toThrow(/ENOENT/);
	});

	it('documents its options', async () => {
		expect(await run('workshop', '--help')).toBe(0);
		expect(out.join('\n')).toMatch(/--handout FILE[\s\S]*--guide FILE[\s\S]*--date YYYY-MM-DD/);
		expect(await run('--help')).toBe(0);
		expect(out.join('\n')).toMatch(/workshop FILE/);
	});
});

describe('gw pack', () => {
	it('imports the example sheet into a pack the build’s checks accept', async () => {
		const target = path.join(dir, 'agency-pack');
		expect(await run('pack', 'import', 'content/examples/agency-standard.csv', '-o', target)).toBe(
			0
		);
		expect(out.at(-1)).toBe(
			`${target}: pack ok (1 set(s), 5 guideline(s)); build it with GW_CONTENT_DIR=${target}`
		);
		const set = await readFile(path.join(target, 'en/agency/_set.mdx'), 'utf8');
		expect(set).toMatch(/^---\ncode: 'agency'\ntitle: 'Example Agency Service Standard'\n/);
		expect(
			await readFile(path.join(target, 'en/agency/published-service-catalogue.mdx'), 'utf8')
		).toMatch(/status: 'confirmed'\n {2}source: 'https:\/\/example\.org\/agency-standard\/1'/);

		// The same folder again: refused without --force, replaced with it.
		expect(await run('pack', 'import', 'content/examples/agency-standard.xlsx', '-o', target)).toBe(
			2
		);
		expect(err.join('\n')).toMatch(/is not empty: choose an empty folder, or add --force/);
		expect(
			await run('pack', 'import', 'content/examples/agency-standard.xlsx', '-o', target, '--force')
		).toBe(0);
		expect(out.at(-1)).toMatch(/pack ok \(1 set\(s\), 5 guideline\(s\)\)/);
	});

	it('lists every problem with its row and column and writes nothing', async () => {
		const sheet = path.join(dir, 'agency.csv');
		await writeFile(
			sheet,
			[
				'set,edition,number,title,part,source',
				'com,2016,1,Mandate,A,',
				'com,2016,1,Twice,A,',
				'com,2016,7a,,A,www.example.org',
			].join('\n')
		);
		const target = path.join(dir, 'never-pack');
		expect(await run('pack', 'import', sheet, '-o', target)).toBe(1);
		expect(err).toEqual([
			'agency.csv row 3, column "number": 1 is already used in set com by row 2',
			'agency.csv row 4, column "number": "7a" is not a whole number',
			'agency.csv row 4, column "title": is empty: every guideline needs one',
			'agency.csv row 4, column "source": "www.example.org" is not an http(s) URL (leave the cell empty when no source confirms the number and title)',
			'agency.csv: 4 problem(s); nothing written',
		]);
		await expect(readFile(path.join(target, 'en/com/_set.mdx'))).rejects.toThrow(/ENOENT/);
	});

	it.each([
		{ args: ['pack', 'import', 'x.csv'], message: /say which folder to write with -o DIR/ },
		{ args: ['pack', 'import', '-o', 'x'], message: /name one sheet \(\.csv or \.xlsx\)/ },
		{
			args: ['pack', 'import', 'x.csv', '-o', 'x', '--lang', 'ka'],
			message: /--lang takes only en/,
		},
		{ args: ['pack', 'frobnicate'], message: /unknown pack command "frobnicate"/ },
		{ args: ['pack', 'new', 'agency', '-o', 'x'], message: /give its title with --title/ },
	])('refuses $args with exit code 2', async ({ args, message }) => {
		expect(await run(...args)).toBe(2);
		expect(err.join('\n')).toMatch(message);
	});

	it('says when a sheet cannot be read', async () => {
		const target = path.join(dir, 'no-pack');
		expect(await run('pack', 'import', path.join(dir, 'missing.csv'), '-o', target)).toBe(1);
		expect(err[0]).toMatch(/missing\.csv: cannot be read \(ENOENT\)/);
		expect(await run('pack', 'import', 'README.md', '-o', target)).toBe(1);
		expect(err.at(-1)).toMatch(/README\.md: must be a \.csv or \.xlsx file/);
		const latin1 = path.join(dir, 'latin1.csv');
		await writeFile(
			latin1,
			Buffer.from('set,edition,number,title,part\ncom,2016,1,Qualit\xe9,A\n', 'latin1')
		);
		expect(await run('pack', 'import', latin1, '-o', target)).toBe(1);
		expect(err.at(-1)).toMatch(/latin1\.csv: is not UTF-8 text: save the sheet as "CSV UTF-8"/);
	});

	it('scaffolds a set that the checks accept, beside another set', async () => {
		const target = path.join(dir, 'new-pack');
		expect(
			await run(
				'pack',
				'new',
				'agency',
				'-o',
				target,
				'--title',
				'Agency standard',
				'--edition',
				'2026'
			)
		).toBe(0);
		expect(out.at(-1)).toMatch(/pack ok \(1 set\(s\), 1 guideline\(s\)\)/);
		expect(await run('pack', 'new', 'gg', '-o', target, '--edition', '2026')).toBe(0);
		expect(out.at(-1)).toMatch(/pack ok \(2 set\(s\), 2 guideline\(s\)\)/);
		const guideline = await readFile(path.join(target, 'en/gg/example-guideline.mdx'), 'utf8');
		expect(guideline).toMatch(
			/id: 'gg\.example-guideline'[\s\S]*number: 1[\s\S]*status: 'unconfirmed'/
		);
		expect(await run('pack', 'new', 'gg', '-o', target)).toBe(2);
		expect(err.join('\n')).toMatch(/en\/gg already exists: add --force to replace it/);
	});

	it('documents both commands', async () => {
		expect(await run('pack', 'import', '--help')).toBe(0);
		expect(out.join('\n')).toMatch(
			/^Usage: gw pack import[\s\S]*gw pack new SET[\s\S]*--force[\s\S]*--title TEXT[\s\S]*--edition YEAR/
		);
		expect(await run('--help')).toBe(0);
		expect(out.join('\n')).toMatch(/pack import SHEET[\s\S]*pack new SET/);
	});
});
