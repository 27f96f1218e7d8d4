#!/usr/bin/env node
/**
 * `gw`, the project's one command line: the same domain code as the browser, run on files.
 *
 *   gw validate FILE…                 check assessment files; every problem with its JSON path
 *   gw demo -o FILE [options]         write a realistic sample assessment
 *   gw summary FILE [--json]          the scores of an assessment, with readiness and gaps
 *   gw merge A B… -o OUT              merge several assessors' files
 *   gw report FILE -o OUT.pdf         the PDF report of an assessment
 *   gw workshop FILE --handout OUT.pdf --guide OUT.pdf   a workshop pack's handout and guide
 *   gw schema [-o FILE]               print the assessment file's JSON Schema
 *   gw pack import SHEET -o DIR       a content pack folder from a CSV or XLSX sheet, checked
 *   gw pack new SET -o DIR            a new set's folder with one example guideline, checked
 *
 * Errors go to stderr and the exit code is non-zero on bad input. `gw <command> --help`
 * documents each command's options.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCatalogue } from '../domain/assessment/catalogue.ts';
import { demoAssessment } from '../domain/assessment/demo.ts';
import { serializeAssessment } from '../domain/assessment/exchange.ts';
import { assessedSets } from '../domain/assessment/guidelines.ts';
import { assessmentJsonSchema } from '../domain/assessment/json-schema.ts';
import { applyDecisions, planMerge, preferNewest, undecided } from '../domain/assessment/merge.ts';
import { reportScope, summaryJson } from '../domain/assessment/scoring.ts';
import { parseAssessmentJson } from '../domain/assessment/parse.ts';
import { parseWorkshopJson } from '../domain/workshop/parse.ts';
import { buildWorkshopTexts } from '../domain/workshop/texts.ts';
import { isLocale, LOCALES, type Locale } from '../domain/locales.ts';
import { formatIssue } from '../domain/pack/files.ts';
import { buildLibrary } from '../domain/pack/model.ts';
import { assessStrings } from '../components/assess/strings.ts';
import { DICTIONARIES } from '../i18n/index.ts';
import { demoPhrases } from '../i18n/demo.ts';
import { describeProblem } from '../i18n/problems.ts';
import type { Assessment } from '../domain/assessment/model.ts';
import type { Problem } from '../domain/assessment/problems.ts';
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
  summary FILE        print the scores of an assessment (--json for machines)
  merge A B… -o OUT   merge several assessors' files of one scope
  report FILE -o PDF  make the PDF report of an assessment
  workshop FILE       make a workshop pack's participant handout and facilitator guide (PDF)
  schema [-o FILE]    print the JSON Schema of the assessment file
  pack import SHEET   make a content pack folder from a sheet (CSV or XLSX), one row per guideline
  pack new SET        make a new set's folder with one example guideline

Run "gw <command> --help" for a command's options. From a checkout: npm run gw -- <command>.
The content pack is read from GW_CONTENT_DIR, or else the one shipped beside gw.`,
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
	summary: `Usage: gw summary FILE [--json] [--sets a,b] [--lang xx]

Prints, per set of the assessment: score (0–4 and %), completeness, evidence coverage,
percent-to-target, Recognition readiness with its blockers (this tool's heuristic, not the
ISSA's), each part's score and the largest gaps to target. With --json, exactly:
{"sets":[{"set","edition","score","percent","completeness","evidenceCoverage",
"percentToTarget","ready","blockers":[guideline ids],"parts":[{"part","score","completeness"}]}]}
with numbers unrounded and null where a figure is undefined.

  --json          machine-readable output
  --sets a,b      only these sets
  --lang xx       language of set and guideline titles in the text output (default: en)`,
	merge: `Usage: gw merge A.json B.json… -o OUT.json [--prefer newest] [--common] [--title TEXT]

Merges several assessors' files of one scope into a new assessment. Equal values merge by
themselves; evidence and actions are united without duplicates; each record keeps what every
assessor rated. Values that differ are conflicts: without --prefer they are printed and the
exit code is 1 (nothing is written).

  -o, --output FILE   where to write the merged assessment (required)
  --prefer newest     decide each conflict by the most recently changed record
  --common            files whose scopes differ: merge the sets they all share
  --title TEXT        the merged assessment's title (default: the first file's title)`,
	report: `Usage: gw report FILE -o OUT.pdf [--lang xx] [--sets a,b] [--date YYYY-MM-DD]

Makes the PDF report of an assessment file, with the same code as the site's "Download PDF
report": cover, contents, executive summary, per set the part chart and the workbook table,
evidence index, action plan, how each score was computed, and a sign-off block. Text in any
script is drawn with the Noto fonts; a character no font has shows as a box.

  -o, --output FILE   where to write the PDF (required)
  --lang xx           the report's language: ${LOCALES.join(', ')} (default: en)
  --sets a,b          only these sets of the assessment's scope
  --date YYYY-MM-DD   the report's date (default: today); the same file and date give the same bytes`,
	workshop: `Usage: gw workshop FILE [--handout OUT.pdf] [--guide OUT.pdf] [--date YYYY-MM-DD]

Makes the PDFs of a workshop pack file (as exported by the site's workshop builder), with the
same code as the site's buttons: the participant handout (the statement-of-purpose template,
the agenda, per guideline our summary, the chosen questions and exercises, the action-plan
template and the check-ins) and the facilitator guide (the same with timings, the facilitator
notes, every question and what to listen for). They are written in the pack's language, with
the texts of the shipped content pack. A file with problems is refused, each problem with its
JSON path, as "gw validate" prints them for assessments.

  --handout FILE      where to write the participant handout
  --guide FILE        where to write the facilitator guide (at least one of the two is required)
  --date YYYY-MM-DD   the day they are made (default: today); the same file and date give the same bytes`,
	schema: `Usage: gw schema [-o FILE] [--site URL]

Prints the JSON Schema (draft 2020-12) of the assessment file, as the site publishes it.`,
	pack: `Usage: gw pack import SHEET.csv|SHEET.xlsx -o DIR [--lang en] [--force]
       gw pack new SET -o DIR [--title TEXT] [--edition YEAR] [--force]

import: turns a sheet with a header row and one row per guideline into a content pack folder
(DIR/en/<set>/_set.mdx and one <slug>.mdx per guideline), then reads it back with the checks
the site's build runs and prints the result. Build the site from it with GW_CONTENT_DIR=DIR.
Columns (header names in any case): set, edition, number, title, part (required); set_title
(required for a set not in the built-in catalogue), set_short_title, set_description,
set_source, part_title, section, section_title, id (default: <set>.<slug of the title>),
statement, structure, mechanism, evidence, questions, keywords, related (lists: one item per
line, or items separated by " | "), source (a URL confirming number and title; empty: marked
unconfirmed, "imported from SHEET, row N") and explanation (the page's text). Every problem is
listed with its row (the header is row 1) and column, and then nothing is written. XLSX: the
first sheet is read. Documented in content/README.md, "Bringing your own pack".

new: writes DIR/en/SET/_set.mdx (one part, A) and DIR/en/SET/example-guideline.mdx with the
required fields, into a new or existing pack folder, then checks the whole folder.

  -o, --output DIR    the pack folder to write (required)
  --lang xx           the language of the sheet's texts: only en (a translation needs its
                      English original)
  --force             import: write into a folder that is not empty (each imported set's
                      folder is replaced; other files stay); new: replace an existing set folder
  --title TEXT        new: the set's title (required for a set not in the built-in catalogue)
  --edition YEAR      new: the edition the set follows, such as 2026 (default: this year)`,
};

async function loadLibrary() {
	// The shipped pack is found from gw itself, so that gw works from any folder.
	const root = process.env['GW_CONTENT_DIR']?.trim()
		? path.resolve(packDir())
		: fileURLToPath(new URL('../../content', import.meta.url));
	if (!existsSync(root))
		throw new Error(`no content pack in ${root}: set GW_CONTENT_DIR to a pack's folder`);
	const { pack, issues } = await readPack(root);
	if (issues.length > 0)
		throw new Error(
			`the content pack in ${root} has problems:\n${issues.map(formatIssue).join('\n')}`
		);
	return buildLibrary(pack);
}

async function loadCatalogue(locale: Locale) {
	return buildCatalogue(await loadLibrary(), locale);
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
	const day = dayOption(values.date);
	const catalogue = await loadCatalogue(values.lang);
	const sets = listOption(values.sets)?.map((s) => s.toLowerCase());
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

/** `--date`: a day as YYYY-MM-DD, today by default. */
function dayOption(value: string | undefined): string {
	const day = value ?? new Date().toISOString().slice(0, 10);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day)))
		throw new UsageError('--date must be a day as YYYY-MM-DD');
	return day;
}

/** A comma-separated option (`--sets gg,com`), or undefined when not given. */
function listOption(value: string | undefined): string[] | undefined {
	return value
		?.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
}

/** `--sets` of a command on an assessment: sets of its scope only. */
function scopeSets(assessment: Assessment, value: string | undefined): string[] | undefined {
	const sets = listOption(value);
	const unknown = sets?.filter((s) => !assessment.scope.some((x) => x.set === s));
	if (unknown?.length)
		throw new UsageError(`the assessment's scope has no set ${unknown.join(', ')}`);
	return sets;
}

/** Reads a file the way every command does, or throws saying why it cannot be read. */
async function readText(file: string): Promise<string> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		throw new Error(
			`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
			{ cause: error }
		);
	}
}

/** A refused file's problems, one line each with the file's name and the JSON path. */
function refused(file: string, problems: readonly Problem[]): Error {
	return new Error(
		problems.map((p) => `${file}: ${describeProblem(p, DICTIONARIES.en)}`).join('\n')
	);
}

/** Reads and checks one assessment file, or throws with its problems. */
async function readAssessment(file: string) {
	const result = parseAssessmentJson(await readText(file));
	if (!result.ok) throw refused(file, result.problems);
	return result.assessment;
}

const fixed = (n: number | null, digits = 2) => (n === null ? '—' : n.toFixed(digits));
const pct = (n: number | null) => (n === null ? '—' : `${Math.round(n * 100)}%`);

async function summary(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			json: { type: 'boolean', default: false },
			sets: { type: 'string' },
			lang: { type: 'string', default: 'en' },
		},
	});
	if (positionals.length !== 1) throw new UsageError('name one assessment file');
	if (!isLocale(values.lang)) throw new UsageError(`--lang must be one of ${LOCALES.join(', ')}`);
	const assessment = await readAssessment(positionals[0]!);
	const only = scopeSets(assessment, values.sets);
	const catalogue = await loadCatalogue(values.lang);
	const reports = reportScope(assessedSets(assessment, catalogue), assessment.guidelines, only);
	if (values.json) {
		console.log(JSON.stringify(summaryJson(reports)));
		return 0;
	}
	console.log(`${assessment.title} — ${assessment.organisation.name}`);
	console.log('Scale 0–4 and readiness are this tool’s own, not the ISSA’s.');
	for (const r of reports) {
		const s = r.summary;
		console.log(`\n${r.title} (${r.set.toUpperCase()} ${r.edition})`);
		console.log(`  score              ${fixed(s.score)} / 4 (${pct(s.percent)})`);
		console.log(
			`  completeness       ${pct(s.completeness)} (${s.counts.rated} of ${s.counts.applicable} applicable rated; ${s.counts.notApplicable} not applicable)`
		);
		console.log(`  evidence coverage  ${pct(s.evidenceCoverage)}`);
		console.log(`  percent-to-target  ${pct(s.percentToTarget)}`);
		console.log(
			`  ready              ${r.readiness.ready ? 'yes' : `no (${r.readiness.blockers.length} blocker(s))`}`
		);
		for (const b of r.readiness.blockers.slice(0, 20))
			console.log(`    ${b.number}. ${b.title}: ${b.reasons.join(', ')}`);
		if (r.readiness.blockers.length > 20)
			console.log(`    … and ${r.readiness.blockers.length - 20} more`);
		console.log('  parts');
		for (const p of r.parts)
			console.log(
				`    ${p.part.padEnd(4)} ${fixed(p.summary.score).padStart(5)}  ${pct(p.summary.completeness).padStart(5)} complete`
			);
		if (r.gaps.length > 0) {
			console.log('  largest gaps to target');
			for (const g of r.gaps.slice(0, 5))
				console.log(`    ${g.number}. ${g.title}: level ${g.level}, target ${g.target}`);
		}
	}
	return 0;
}

async function merge(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			output: { type: 'string', short: 'o' },
			prefer: { type: 'string' },
			common: { type: 'boolean', default: false },
			title: { type: 'string' },
		},
	});
	if (positionals.length < 2) throw new UsageError('name at least two assessment files');
	if (!values.output) throw new UsageError('say where to write with -o FILE');
	if (values.prefer !== undefined && values.prefer !== 'newest')
		throw new UsageError('--prefer takes only "newest"');
	const sources = [];
	for (const file of positionals)
		sources.push({ label: path.basename(file), assessment: await readAssessment(file) });
	const catalogue = await loadCatalogue('en');
	const plan = planMerge(sources, catalogue, {
		id: crypto.randomUUID(),
		title: values.title ?? sources[0]!.assessment.title,
		now: new Date().toISOString(),
	});
	if ('error' in plan) {
		console.error(
			`gw merge: the files share no set in the same edition; nothing to merge (${plan.error.reason})`
		);
		return 1;
	}
	if (plan.scope.status === 'partial') {
		if (!values.common) {
			console.error(
				`gw merge: the files' scopes differ (${plan.scope.dropped.join(', ')} not in every file, or in another edition). Add --common to merge the sets they share: ${plan.scope.scope.map((s) => s.set).join(', ')}.`
			);
			return 1;
		}
		console.error(
			`warning: merging only the sets every file shares (${plan.scope.scope.map((s) => s.set).join(', ')}); left out: ${plan.scope.dropped.join(', ')}`
		);
	}
	const decisions = values.prefer === 'newest' ? preferNewest(plan) : {};
	const open = undecided(plan, decisions);
	if (open.length > 0) {
		console.error(`gw merge: ${open.length} conflict(s) to decide (or add --prefer newest):`);
		for (const c of open) {
			const options = c.options.map((o) => `${o.who}: ${describeValue(o.value)}`).join(' | ');
			console.error(`  ${c.set.toUpperCase()} ${c.number} ${c.title} — ${c.field}: ${options}`);
		}
		return 1;
	}
	const merged = applyDecisions(plan, decisions);
	await output(values.output, serializeAssessment(merged));
	console.error(
		`wrote ${values.output}: ${sources.length} files, ${plan.conflicts.length} conflict(s) decided`
	);
	return 0;
}

async function report(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			output: { type: 'string', short: 'o' },
			lang: { type: 'string', default: 'en' },
			sets: { type: 'string' },
			date: { type: 'string' },
		},
	});
	if (positionals.length !== 1) throw new UsageError('name one assessment file');
	if (!values.output) throw new UsageError('say where to write with -o FILE');
	if (!isLocale(values.lang)) throw new UsageError(`--lang must be one of ${LOCALES.join(', ')}`);
	const day = dayOption(values.date);
	const assessment = await readAssessment(positionals[0]!);
	const sets = scopeSets(assessment, values.sets);
	const catalogue = await loadCatalogue(values.lang);
	const { generateReport } = await import('../report/generate.ts');
	const { loadFontFromDisk } = await import('../report/fonts-fs.ts');
	const bytes = await generateReport(
		{
			assessment,
			catalogue,
			strings: assessStrings(values.lang),
			locale: values.lang,
			date: day,
			...(sets ? { sets } : {}),
		},
		{ loadFont: loadFontFromDisk }
	);
	await writeFile(values.output, bytes);
	console.error(`wrote ${values.output}: ${(bytes.length / 1024).toFixed(0)} kB`);
	return 0;
}

async function workshop(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			handout: { type: 'string' },
			guide: { type: 'string' },
			date: { type: 'string' },
		},
	});
	if (positionals.length !== 1) throw new UsageError('name one workshop pack file');
	if (!values.handout && !values.guide)
		throw new UsageError('say where to write with --handout FILE, --guide FILE or both');
	const day = dayOption(values.date);
	const file = positionals[0]!;
	const result = parseWorkshopJson(await readText(file));
	if (!result.ok) throw refused(file, result.problems);
	const pack = result.workshop;
	const locale = pack.language;
	const library = await loadLibrary();
	const catalogue = buildCatalogue(library, locale);
	const texts = buildWorkshopTexts(library, locale);
	const known = new Set(catalogue.sets.flatMap((s) => s.guidelines.map((g) => g.id)));
	const unknown = pack.items.filter((item) => !known.has(item.guideline));
	if (unknown.length > 0)
		console.error(
			`warning: left out, not in the content pack: ${unknown.map((i) => i.guideline).join(', ')}`
		);
	const { generateWorkshopPdf } = await import('../report/generate.ts');
	const { loadFontFromDisk } = await import('../report/fonts-fs.ts');
	const outputs = [
		['handout', values.handout],
		['guide', values.guide],
	] as const;
	for (const [kind, out] of outputs) {
		if (!out) continue;
		const bytes = await generateWorkshopPdf(
			{
				workshop: pack,
				catalogue,
				texts,
				strings: assessStrings(locale),
				locale,
				kind,
				date: day,
			},
			{ loadFont: loadFontFromDisk }
		);
		await writeFile(out, bytes);
		console.error(`wrote ${out}: ${(bytes.length / 1024).toFixed(0)} kB`);
	}
	return 0;
}

/** Prints the result of reading a written pack folder back; the exit code. */
async function reportPackDir(dir: string): Promise<number> {
	const { checkPackDir } = await import('../pack/import-fs.ts');
	const check = await checkPackDir(dir);
	if (check.issues.length > 0) {
		for (const issue of check.issues) console.error(formatIssue(issue));
		console.error(`${dir}: ${check.issues.length} problem(s) found when reading the pack back`);
		return 1;
	}
	console.log(
		`${dir}: pack ok (${check.sets} set(s), ${check.guidelines} guideline(s)); build it with GW_CONTENT_DIR=${dir}`
	);
	return 0;
}

async function packImport(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			output: { type: 'string', short: 'o' },
			lang: { type: 'string', default: 'en' },
			force: { type: 'boolean', default: false },
		},
	});
	if (positionals.length !== 1) throw new UsageError('name one sheet (.csv or .xlsx)');
	if (!values.output) throw new UsageError('say which folder to write with -o DIR');
	if (values.lang !== 'en')
		throw new UsageError(
			'--lang takes only en for now: a pack is written in English first, and a translation needs its English original'
		);
	const { isNonEmptyDir, readSheetFile, writeSheetPack } = await import('../pack/import-fs.ts');
	const { formatSheetProblem, sheetToPack } = await import('../domain/pack/sheet.ts');
	const dir = values.output;
	if (!values.force && (await isNonEmptyDir(dir)))
		throw new UsageError(`${dir} is not empty: choose an empty folder, or add --force`);
	const sheet = await readSheetFile(positionals[0]!);
	const result = sheetToPack(sheet);
	if (!result.ok) {
		for (const p of result.problems) console.error(formatSheetProblem(sheet.file, p));
		console.error(`${sheet.file}: ${result.problems.length} problem(s); nothing written`);
		return 1;
	}
	const written = await writeSheetPack(dir, result.pack);
	console.error(
		`wrote ${written.length} file(s) to ${dir}: ${result.pack.sets.map((s) => `${s.code} (${result.pack.guidelines.filter((g) => g.set === s.code).length})`).join(', ')}`
	);
	return reportPackDir(dir);
}

async function packNew(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			output: { type: 'string', short: 'o' },
			title: { type: 'string' },
			edition: { type: 'string', default: String(new Date().getFullYear()) },
			force: { type: 'boolean', default: false },
		},
	});
	if (positionals.length !== 1) throw new UsageError('name one set code, such as "agency"');
	if (!values.output) throw new UsageError('say which folder to write with -o DIR');
	const { isNonEmptyDir, writeSheetPack } = await import('../pack/import-fs.ts');
	const { scaffoldSet } = await import('../domain/pack/sheet.ts');
	const code = positionals[0]!;
	const result = scaffoldSet({
		code,
		edition: values.edition,
		...(values.title ? { title: values.title } : {}),
	});
	if (!result.ok) throw new UsageError(result.problems.join('; '));
	const dir = values.output;
	if (!values.force && (await isNonEmptyDir(path.join(dir, 'en', code))))
		throw new UsageError(`${path.join(dir, 'en', code)} already exists: add --force to replace it`);
	const written = await writeSheetPack(dir, result.pack);
	console.error(`wrote ${written.map((f) => path.join(dir, f)).join(', ')}`);
	return reportPackDir(dir);
}

async function pack(args: string[]): Promise<number> {
	const [sub, ...rest] = args;
	if (sub === 'import') return packImport(rest);
	if (sub === 'new') return packNew(rest);
	throw new UsageError(sub ? `unknown pack command "${sub}"` : 'say "import" or "new"');
}

/** A conflict value in words. */
function describeValue(value: unknown): string {
	if (value !== null && typeof value === 'object' && 'level' in value) {
		const r = value as { level: number | null; notApplicable: { reason: string } | null };
		return r.notApplicable ? `not applicable (${r.notApplicable.reason})` : `level ${r.level}`;
	}
	return typeof value === 'string'
		? JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)
		: String(value);
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
	validate,
	demo,
	summary,
	merge,
	report,
	workshop,
	schema,
	pack,
};

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
