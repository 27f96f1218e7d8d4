/**
 * Scores in a real browser: a breakdown opened by keyboard; the dashboard shows what
 * `gw summary --json` prints for the same file; two snapshots compared; two assessors' files
 * merged with a conflict decided; axe on the dashboard (breakdown open), the comparison and
 * the merge screen, in English and Georgian.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { writeDemo } from '../lib/demo.ts';
import { seriousViolations, tabTo, withSite } from './harness.ts';

const site = withSite();
const run = promisify(execFile);
const dir = await mkdtemp(path.join(tmpdir(), 'gw-scores-'));

const demo = (name: string, seed: number, sets?: string) => writeDemo(dir, name, seed, sets);

/** Imports a file in the workspace; returns the assessment's id. */
async function importFile(page: Page, file: string, lang = 'en'): Promise<string> {
	await page.goto(`${site.origin}/${lang}/assess/`);
	await page.locator('.workspace').waitFor();
	await page.locator('input[type=file]').setInputFiles(file);
	await page.locator('.import-preview button').first().click();
	await page.locator('.assessment').first().waitFor();
	return (JSON.parse(await readFile(file, 'utf8')) as { id: string }).id;
}

describe('dashboard', () => {
	it('shows exactly what gw summary --json prints for the same file', async () => {
		const file = await demo('a.json', 11);
		const { stdout } = await run(process.execPath, ['src/cli/gw.ts', 'summary', file, '--json']);
		const cli = JSON.parse(stdout) as {
			sets: {
				set: string;
				score: number | null;
				completeness: number | null;
				evidenceCoverage: number | null;
				percentToTarget: number | null;
				ready: boolean;
				blockers: string[];
			}[];
		};
		const { page } = await site.newPage();
		const id = await importFile(page, file);
		await page.goto(`${site.origin}/en/assess/dashboard/?id=${id}`);
		await page.locator('.set-scores').first().waitFor();
		const shown = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.set-scores')].map((section) => ({
				set: section.dataset['set'],
				ready: section.dataset['ready'] === 'true',
				blockers: (section.dataset['blockers'] ?? '').split(' ').filter(Boolean),
				figures: Object.fromEntries<unknown>(
					[...section.querySelectorAll<HTMLElement>('[data-figure]')].map((f) => [
						f.dataset['figure'] ?? '',
						JSON.parse(f.dataset['value'] ?? 'null') as unknown,
					])
				),
			}))
		);
		assert.deepEqual(
			shown,
			cli.sets.map((s) => ({
				set: s.set,
				ready: s.ready,
				blockers: s.blockers,
				figures: {
					score: s.score,
					completeness: s.completeness,
					evidenceCoverage: s.evidenceCoverage,
					percentToTarget: s.percentToTarget,
				},
			}))
		);
	});

	it('opens a breakdown by keyboard, with the guidelines it counted and those left out', async () => {
		const file = await demo('b.json', 12);
		const { page } = await site.newPage();
		const id = await importFile(page, file);
		await page.goto(`${site.origin}/en/assess/dashboard/?id=${id}`);
		await page.locator('.set-scores').first().waitFor();
		await tabTo(page, /^How is this computed\? — Completeness$/);
		await page.keyboard.press('Enter');
		const region = page.getByRole('region', { name: /How Completeness of .* is computed/ }).first();
		await region.waitFor();
		assert.match(
			await region.innerText(),
			/Completeness = rated ÷ applicable guidelines: \d+ ÷ \d+\./
		);
		assert.equal(
			await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded')),
			'true'
		);
		assert.deepEqual(await seriousViolations(page), []);
	});
});

describe('history', () => {
	it('compares a snapshot with today, per guideline and per part, with directions in words', async () => {
		const { page } = await site.newPage();
		const id = await importFile(page, await demo('h.json', 13));
		await page.goto(`${site.origin}/en/assess/dashboard/?id=${id}`);
		await page.getByLabel('Name of the snapshot').fill('Before the review');
		await page.getByRole('button', { name: 'Freeze a snapshot' }).click();
		await page.getByText('Snapshot “Before the review” frozen.').waitFor();
		// A change in the workbook: the first COM guideline to a level it does not have.
		await page.goto(`${site.origin}/en/assess/workbook/?id=${id}&set=com`);
		const first = page.locator('.wb-guideline').first();
		const current = await first.locator('input[type=radio]:checked').getAttribute('value');
		const level = current === '4' ? 0 : 4;
		await first.locator(`input[type=radio][value="${level}"]`).check();
		await page.getByText('All changes saved').waitFor();
		await page.goto(`${site.origin}/en/assess/dashboard/?id=${id}`);
		// By default the oldest snapshot is compared with today.
		await page.locator('.snapshots li').first().waitFor();
		assert.match(await page.getByLabel('Before', { exact: true }).inputValue(), /^snap:/);
		await page.getByRole('button', { name: 'Show the changes' }).click();
		const changes = page.locator('.comparison');
		await changes.waitFor();
		const textContent = await changes.innerText();
		assert.match(textContent, new RegExp(`Level .* → ${level} `));
		assert.match(textContent, level === 4 ? /up \d/ : /down \d/);
		assert.deepEqual(await seriousViolations(page), []);
	});
});

describe('merge', () => {
	it('merges two assessors’ files, with a conflict decided by the coordinator', async () => {
		const a = await demo('m1.json', 21);
		const b = await demo('m2.json', 22);
		const { page } = await site.newPage();
		await page.goto(`${site.origin}/en/assess/merge/`);
		await page.getByLabel('Assessors’ files (JSON)').setInputFiles([a, b]);
		await page.getByText(/values? differs? between assessors/).waitFor();
		const conflicts = page.locator('fieldset.conflict');
		const count = await conflicts.count();
		assert.ok(count > 0);
		// Creating with conflicts left open names each of them.
		await page.getByRole('button', { name: 'Create the merged assessment' }).click();
		await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
		assert.equal(await page.locator('.error-summary li').count(), count);
		// Decide the first by hand (the second assessor's value), the rest by date.
		await conflicts.first().locator('input[type=radio]').nth(1).check();
		await page.getByRole('button', { name: 'Take the most recent in every conflict' }).click();
		await page.getByText(`${count} of ${count} decided`).waitFor();
		assert.deepEqual(await seriousViolations(page), []);
		await page.getByLabel('Title of the merged assessment').fill('Merged review');
		await page.getByRole('button', { name: 'Create the merged assessment' }).click();
		await page.getByText('Merged assessment “Merged review” created.').waitFor();
		await page.goto(`${site.origin}/en/assess/`);
		await page.locator('.assessment', { hasText: 'Merged review' }).waitFor();
	});

	it('refuses files that share no set, and a damaged file with its problems', async () => {
		const a = await demo('r1.json', 31, 'com');
		const b = await demo('r2.json', 32, 'gg');
		const { page } = await site.newPage();
		await page.goto(`${site.origin}/en/assess/merge/`);
		await page.getByLabel('Assessors’ files (JSON)').setInputFiles([a, b]);
		await page.getByRole('alert').filter({ hasText: 'share no set' }).waitFor();
		const bad = path.join(dir, 'bad.json');
		await writeFile(bad, '{"schemaVersion":1');
		await page.getByLabel('Assessors’ files (JSON)').setInputFiles([a, bad]);
		await page
			.getByRole('alert')
			.filter({ hasText: 'The file “bad.json” cannot be used' })
			.waitFor();
	});
});

describe('axe in Georgian', () => {
	it('dashboard with a breakdown open, and the merge screen', async () => {
		const { page } = await site.newPage();
		const id = await importFile(page, await demo('ka.json', 41), 'ka');
		await page.goto(`${site.origin}/ka/assess/dashboard/?id=${id}`);
		await page.locator('.set-scores').first().waitFor();
		await page.locator('.figure button').first().click();
		assert.deepEqual(await seriousViolations(page), [], 'dashboard');
		await page.goto(`${site.origin}/ka/assess/merge/`);
		await page.locator('.merge').waitFor();
		assert.deepEqual(await seriousViolations(page), [], 'merge');
	});
});
