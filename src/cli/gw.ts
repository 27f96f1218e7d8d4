#!/usr/bin/env node
/**
 * `gw`, the project's one command line: the same domain code as the browser, run on files.
 *
 *   gw validate FILE…                 check assessment files; every problem with its JSON path
 *   gw demo -o FILE [options]         write a realistic sample assessment
 *   gw schema [-o FILE]               print the assessment file's JSON Schema
 *
 * Errors go to stderr and the exit code is non-zero on bad input. `gw <command> --help`
 * documents each command's options.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalogue } from '../domain/assessment/catalogue.ts';
import { demoAssessment } from '../domain/assessment/demo.ts';
import { serializeAssessment } from '../domain/assessment/exchange.ts';
import { assessmentJsonSchema } from '../domain/assessment/json-schema.ts';
import { parseAssessmentJson } from '../domain/assessment/parse.ts';
import { isLocale, LOCALES, type Locale } from '../domain/locales.ts';
import { formatIssue } from '../domain/pack/files.ts';
import { buildLibrary } from '../domain/pack/model.ts';
import { DICTIONARIES } from '../i18n/index.ts';
import { demoPhrases } from '../i18n/demo.ts';
import { describeProblem } from '../i18n/problems.ts';
import { packDir } from '../pack/dir.ts';
import { readPack } from '../pack/read.ts';

/** A usage error: printed with the command's help, exit code 2. */
class UsageError extends Error {}

const HELP: Record<string, string> = {
	gw: `gw — the Guidelines Workbench command line

Usage: gw <command> [options]

Commands:
  validate FILE…      check assessment files (JSON); prints every problem with its JSON path
  demo -o FILE        write a realistic sample assessment of the shipped sets
  schema [-o FILE]    print the JSON Schema of the assessment file

Run "gw <command> --help" for a command's options. From a checkout: npm run gw -- <command>.
The content pack is read from GW_CONTENT_DIR, or ./content.`,
	validate: `Usage: gw validate FILE…

Checks each assessment file: JSON, kind, format version (older versions are migrated),
every field, and the rules across fields. Prints "FILE: ok" or each problem as
"FILE: At <JSON path>: <what is wrong>". Exit code 1 when any file has a problem.`,
	demo: `Usage: gw demo -o FILE [--org NAME] [--sets a,b] [--lang xx] [--seed N] [--date YYYY-MM-DD]

Writes a realistic, valid assessment: levels spread over 0–4, some guidelines not applicable
with a reason, evidence items, actions with owners and dates, notes, two assessors and one
guideline of the agency's own.

  -o, --output FILE   where to write (required; "-" for standard output)
  --org NAME          the organisation's name (default: the sample's)
  --sets a,b          set codes (default: every shipped set with guidelines)
  --lang xx           language of the sample's texts: ${LOCALES.join(', ')} (default: en)
  --seed N            a different sample for each whole number (default: 1)
  --date YYYY-MM-DD   the day the sample is made (default: today); same seed and date, same file`,
	schema: `Usage: gw schema [-o FILE] [--site URL]

Prints the JSON Schema (draft 2020-12) of the assessment file, as the site publishes it.`,
};

async function loadCatalogue(locale: Locale) {
	const root = path.resolve(packDir());
	const { pack, issues } = await readPack(root);
	if (issues.length > 0)
		throw new Error(
			`the content pack in ${root} has problems:\n${issues.map(formatIssue).join('\n')}`
		);
	return buildCatalogue(buildLibrary(pack), locale);
}

async function output(file: string, text: string) {
	if (file === '-') process.stdout.write(text);
	else await writeFile(file, text);
}

async function validate(args: string[]): Promise<number> {
	const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
	if (positionals.length === 0) throw new UsageError('name at least one file');
	let failed = 0;
	for (const file of positionals) {
		let text: string;
		try {
			text = await readFile(file, 'utf8');
		} catch (error) {
			console.error(
				`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
			);
			failed++;
			continue;
		}
		const result = parseAssessmentJson(text);
		if (result.ok) {
			const rated = Object.values(result.assessment.guidelines).filter(
				(r) => r.level !== null
			).length;
			const migrated =
				result.migratedFrom === null ? '' : `, migrated from version ${result.migratedFrom}`;
			console.log(
				`${file}: ok (${result.assessment.scope.length} set(s), ${rated} guideline(s) rated${migrated})`
			);
		} else {
			failed++;
			for (const p of result.problems)
				console.error(`${file}: ${describeProblem(p, DICTIONARIES.en)}`);
		}
	}
	return failed > 0 ? 1 : 0;
}

async function demo(args: string[]): Promise<number> {
	const { values } = parseArgs({
		args,
		options: {
			output: { type: 'string', short: 'o' },
			org: { type: 'string' },
			sets: { type: 'string' },
			lang: { type: 'string', default: 'en' },
			seed: { type: 'string', default: '1' },
			date: { type: 'string' },
		},
	});
	if (!values.output) throw new UsageError('say where to write with -o FILE');
	if (!isLocale(values.lang)) throw new UsageError(`--lang must be one of ${LOCALES.join(', ')}`);
	const seed = Number(values.seed);
	if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
	const day = values.date ?? new Date().toISOString().slice(0, 10);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day)))
		throw new UsageError('--date must be a day as YYYY-MM-DD');
	const catalogue = await loadCatalogue(values.lang);
	const sets = values.sets
		?.split(',')
		.map((s) => s.trim().toLowerCase())
		.filter(Boolean);
	const unknown = sets?.filter(
		(s) => !catalogue.sets.some((c) => c.code === s && c.guidelines.length > 0)
	);
	if (unknown?.length)
		throw new UsageError(`no shipped set with guidelines has the code ${unknown.join(', ')}`);
	const assessment = demoAssessment(catalogue, demoPhrases(DICTIONARIES[values.lang]), {
		...(sets ? { sets } : {}),
		...(values.org ? { organisation: values.org } : {}),
		seed,
		now: `${day}T12:00:00.000Z`,
	});
	await output(values.output, serializeAssessment(assessment));
	if (values.output !== '-')
		console.error(
			`wrote ${values.output}: ${assessment.scope.length} set(s), ${Object.keys(assessment.guidelines).length} guideline record(s)`
		);
	return 0;
}

async function schema(args: string[]): Promise<number> {
	const { values } = parseArgs({
		args,
		options: { output: { type: 'string', short: 'o', default: '-' }, site: { type: 'string' } },
	});
	const site = values.site ?? process.env['SITE_URL'] ?? 'http://localhost:4321/';
	await output(values.output, `${JSON.stringify(assessmentJsonSchema(site), null, 2)}\n`);
	return 0;
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { validate, demo, schema };

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
	const [command, ...args] = argv;
	if (!command || command === '--help' || command === '-h' || command === 'help') {
		console.log(HELP['gw']);
		return command ? 0 : 2;
	}
	const run = COMMANDS[command];
	if (!run) {
		console.error(`gw: unknown command "${command}"\n\n${HELP['gw']}`);
		return 2;
	}
	if (args.includes('--help') || args.includes('-h')) {
		console.log(HELP[command]);
		return 0;
	}
	try {
		return await run(args);
	} catch (error) {
		if (
			error instanceof UsageError ||
			(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
		) {
			console.error(`gw ${command}: ${(error as Error).message}\n\n${HELP[command]}`);
			return 2;
		}
		console.error(`gw ${command}: ${(error as Error).message}`);
		return 1;
	}
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
