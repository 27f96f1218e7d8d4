/**
 * The self-assessment in a real browser: create an assessment and rate by keyboard only, and
 * find it after a reload; two pages on one assessment with 100 interleaved edits, none lost;
 * export and import into a clean browser; a corrupt import refused with nothing lost; a full
 * storage keeps the edit and offers an export; guidelines pasted as a list; the guideline
 * page's panel (and nothing of it loaded for a reader who never assessed); axe on every screen
 * in English and Georgian.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousViolations, tabTo, withSite } from './harness.ts';

const site = withSite();

/** The assessments stored in the page's IndexedDB, whole. */
async function stored(page: Page): Promise<
	{
		id: string;
		title: string;
		records: Record<string, { level: number | null; notes: string; evidence: unknown[] }>;
	}[]
> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const r = indexedDB.open('gw');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(new Error(String(r.error)));
		});
		const all = <T>(store: string) =>
			new Promise<T[]>((resolve) => {
				const r = db.transaction(store).objectStore(store).getAll();
				r.onsuccess = () => resolve(r.result as T[]);
			});
		const headers = await all<{ id: string; title: string }>('assessments');
		const rows = await all<{
			assessmentId: string;
			guidelineId: string;
			level: number | null;
			notes: string;
			evidence: unknown[];
		}>('records');
		db.close();
		return headers.map((h) => ({
			id: h.id,
			title: h.title,
			records: Object.fromEntries(
				rows.filter((r) => r.assessmentId === h.id).map((r) => [r.guidelineId, r])
			),
		}));
	});
}

/** Creates the sample assessment in the workspace and waits for it. */
async function createSample(page: Page, lang = 'en') {
	await page.goto(`${site.origin}/${lang}/assess/`);
	await page.locator('.workspace').waitFor();
	await page.locator('.workspace [data-sample]').click();
	await page.locator('.assessment').first().waitFor();
}

/** Opens the workbook of an assessment (the first stored one unless told) at a set. */
async function openWorkbook(page: Page, set = 'com', assessmentId?: string) {
	const id = assessmentId ?? (await stored(page))[0]!.id;
	await page.goto(`${site.origin}/en/assess/workbook/?id=${id}&set=${set}`);
	await page.locator('.wb-guideline').first().waitFor();
	return id;
}

const errorsOf = (page: Page) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
};

describe('workspace and workbook', () => {
	it('creates an assessment and rates a guideline by keyboard only, kept after a reload', async () => {
		const { page } = await site.newPage();
		const errors = errorsOf(page);
		await page.goto(`${site.origin}/en/assess/`);
		await page.getByRole('heading', { name: 'New assessment' }).waitFor();
		await tabTo(page, /^Title$/);
		await page.keyboard.type('Communication 2027 — ქართული 🙂');
		await tabTo(page, /^Organisation$/);
		await page.keyboard.type('Სოციალური მომსახურების სააგენტო');
		await tabTo(page, /^Communication by Social Security Administrations/);
		await page.keyboard.press('Space');
		await tabTo(page, /^Name of assessor 1$/);
		await page.keyboard.type('Nino');
		await tabTo(page, /^Create assessment$/);
		await page.keyboard.press('Enter');
		await page.getByText('Assessment “Communication 2027 — ქართული 🙂” created.').waitFor();

		// Open the workbook from the list, by keyboard.
		await page.keyboard.press('Shift+Tab');
		await page.locator('.assessment h3 a').focus();
		await Promise.all([page.waitForURL(/workbook/), page.keyboard.press('Enter')]);
		await page.locator('.wb-guideline').first().waitFor();

		// Focus the first guideline's "Not rated" radio, then arrow to level 3.
		await tabTo(page, /^Not rated$/);
		for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
		await page.getByText('All changes saved').waitFor();
		const checked = await page.evaluate(
			() => (document.activeElement as HTMLInputElement).labels?.[0]?.innerText
		);
		assert.equal(checked, '3 Established');
		// Focus is visible on the radio.
		const outline = await page.evaluate(
			() => getComputedStyle(document.activeElement!).outlineStyle
		);
		assert.notEqual(outline, 'none');

		await page.reload();
		await page.locator('.wb-guideline').first().waitFor();
		const first = page.locator('.wb-guideline').first();
		assert.equal(await first.getByLabel('3 Established').isChecked(), true);
		const [a] = await stored(page);
		assert.equal(a?.title, 'Communication 2027 — ქართული 🙂');
		assert.deepEqual(errors, []);
	});

	it('keeps 100 interleaved edits made in two pages on one assessment', async () => {
		const { page, context } = await site.newPage();
		await createSample(page);
		const id = await openWorkbook(page);
		const other = await context.newPage();
		await other.goto(page.url());
		await other.locator('.wb-guideline').first().waitFor();
		const pages = [page, other];
		const count = await page.locator('.wb-guideline').count();
		for (let i = 0; i < 100; i++) {
			const p = pages[i % 2]!;
			// A background tab's animation frames are throttled; Playwright waits on them.
			await p.bringToFront();
			const g = p.locator('.wb-guideline').nth(i % count);
			if (i % 2 === 0)
				await g
					.getByLabel(`${i % 5} `, { exact: false })
					.first()
					.check();
			else {
				const notes = g.getByLabel('Notes');
				await notes.fill(`edit ${i}`);
				await notes.blur();
			}
		}
		for (const p of pages) await p.getByText('All changes saved').first().waitFor();
		const [a] = (await stored(page)).filter((x) => x.id === id);
		const records = Object.values(a!.records);
		const notes = new Set(records.map((r) => r.notes));
		// The last note written to each guideline by the second page is there, in both pages.
		for (let k = 0; k < count; k++) {
			const last = [...Array(100).keys()].filter((i) => i % 2 === 1 && i % count === k).pop();
			if (last !== undefined) assert.ok(notes.has(`edit ${last}`), `edit ${last} kept`);
		}
		await page.waitForFunction(
			(expected) => [...document.querySelectorAll('textarea')].some((t) => t.value === expected),
			`edit 99`
		);
	});

	it('exports a file and imports it into a clean browser with the same ratings', async () => {
		const { page } = await site.newPage({ acceptDownloads: true });
		await createSample(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page
				.locator('.assessment')
				.first()
				.getByRole('button', { name: /^Export —/ })
				.click(),
		]);
		assert.match(download.suggestedFilename(), /\.json$/);
		const text = await readFile(await download.path(), 'utf8');
		const before = (await stored(page))[0]!;

		const fresh = await site.newPage();
		await fresh.page.goto(`${site.origin}/en/assess/`);
		await fresh.page
			.getByLabel('Assessment file (JSON)')
			.setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		await fresh.page.getByText('This file holds').waitFor();
		await fresh.page.getByRole('button', { name: 'Add this assessment' }).click();
		await fresh.page.locator('.assessment').first().waitFor();
		const after = (await stored(fresh.page))[0]!;
		assert.equal(after.id, before.id);
		const levels = (a: typeof before) =>
			Object.fromEntries(Object.entries(a.records).map(([k, r]) => [k, r.level]));
		assert.deepEqual(levels(after), levels(before));

		// The same file again: it offers to replace or keep both.
		await fresh.page
			.getByLabel('Assessment file (JSON)')
			.setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		await fresh.page.getByRole('button', { name: 'Keep both' }).click();
		await fresh.page.locator('.assessment').nth(1).waitFor();
		assert.equal((await stored(fresh.page)).length, 2);
	});

	it('refuses a corrupt file with the reason and path, and changes nothing', async () => {
		const { page } = await site.newPage();
		await createSample(page);
		const before = await stored(page);
		for (const [name, content, expected] of [
			[
				'truncated.json',
				'{"schemaVersion":1,"kind":"guidelines-workbench/assessment","id":"x"',
				/not a JSON file/,
			],
			[
				'future.json',
				JSON.stringify({ schemaVersion: 9, kind: 'guidelines-workbench/assessment' }),
				/newer version of this tool/,
			],
			[
				'level.json',
				JSON.stringify({
					schemaVersion: 1,
					kind: 'guidelines-workbench/assessment',
					id: 'a',
					title: 't',
					organisation: { name: '', country: '' },
					scope: [{ set: 'com', edition: '1' }],
					assessors: [],
					createdAt: '2026-01-01T00:00:00.000Z',
					updatedAt: '2026-01-01T00:00:00.000Z',
					guidelines: {
						'com.mandate': { level: 7, notApplicable: null, changedBy: null, changedAt: null },
					},
				}),
				/At \$\.guidelines\["com\.mandate"\]\.level: 7 is too large/,
			],
		] as const) {
			await page
				.getByLabel('Assessment file (JSON)')
				.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
			const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be imported' });
			await alert.waitFor();
			assert.match(await alert.innerText(), expected);
		}
		// A 50 MB file is refused before it is read.
		const big = path.join(await mkdtemp(path.join(tmpdir(), 'gw-')), 'big.json');
		await writeFile(big, Buffer.alloc(50 * 1024 * 1024, 32));
		await page.getByLabel('Assessment file (JSON)').setInputFiles(big);
		await page
			.getByRole('alert')
			.filter({ hasText: /largest file accepted is 20 MB/ })
			.waitFor();
		assert.deepEqual(await stored(page), before);
	});

	it('keeps an edit on screen and offers an export when storage is full', async () => {
		const { page, context } = await site.newPage({ acceptDownloads: true });
		await createSample(page);
		await openWorkbook(page);
		// From now on every write to IndexedDB fails as a full disk does.
		await page.evaluate(() => {
			const fail = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
			IDBObjectStore.prototype.put = fail;
		});
		// The sample is random: pick a level the first guideline does not have yet.
		const first = page.locator('.wb-guideline').first();
		const current = await first.locator('input[type=radio]:checked').getAttribute('value');
		const level = current === '0' ? 1 : 0;
		const radio = first.locator(`input[type=radio][value="${level}"]`);
		await radio.check();
		await page
			.getByRole('alert')
			.filter({ hasText: /storage is full/ })
			.waitFor();
		assert.equal(await radio.isChecked(), true);
		await page.getByText('Not saved', { exact: true }).waitFor();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('alert').getByRole('button', { name: 'Export' }).click(),
		]);
		const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
			guidelines: Record<string, { level: number }>;
		};
		// The export holds the edit that storage refused.
		const id = (await first.getAttribute('id'))!.replace(/^g-/, '');
		const key = Object.keys(file.guidelines).find((k) => k.replace(/\./g, '-') === id);
		assert.equal(file.guidelines[key!]?.level, level);
		await context.close();
	});

	it('leaves out damaged stored rows, says so, and keeps working', async () => {
		const { page } = await site.newPage();
		const errors = errorsOf(page);
		await createSample(page);
		const id = (await stored(page))[0]!.id;
		await page.evaluate(async (assessmentId) => {
			const db = await new Promise<IDBDatabase>((resolve) => {
				const r = indexedDB.open('gw');
				r.onsuccess = () => resolve(r.result);
			});
			const tx = db.transaction(['assessments', 'records'], 'readwrite');
			tx.objectStore('assessments').put({ id: 'broken', title: 42 });
			tx.objectStore('records').put({
				assessmentId,
				guidelineId: 'com.mandate',
				level: 'high',
				evidence: 'x',
			});
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
		}, id);
		await page.reload();
		await page.getByText('1 stored item could not be read and was left out.').waitFor();
		// By id: the planted header may sort first among the stored ones.
		await openWorkbook(page, 'com', id);
		await page.getByText('1 stored item could not be read and was left out.').waitFor();
		await page.locator('#g-com-mandate input[type=radio][value="4"]').check();
		await page.getByText('All changes saved').waitFor();
		assert.equal((await stored(page)).find((a) => a.id === id)?.records['com.mandate']?.level, 4);
		assert.deepEqual(errors, []);
	});

	it('adds the agency’s own guidelines by pasting a list', async () => {
		const { page } = await site.newPage();
		await createSample(page);
		await openWorkbook(page, 'gg');
		// The workbook renders a long set in steps: count once the count holds still.
		let before = -1;
		for (let now = await page.locator('.wb-guideline').count(); now !== before;) {
			before = now;
			await page.waitForTimeout(500);
			now = await page.locator('.wb-guideline').count();
		}
		await page.getByLabel('One guideline per line: the number, then the title').fill(
			[
				'B. Guidelines for Specific Areas',
				'B.1 Our section',
				// Numbers the set does not have (the library's own are not "added").
				'990. Our nine hundred and ninetieth guideline',
				'991\tOur nine hundred and ninety-first',
				'nonsense line',
			].join('\n')
		);
		await page.getByRole('button', { name: 'Add these guidelines' }).click();
		await page.getByText('2 guidelines added.').waitFor();
		await page.getByText('Lines not understood: 5.').waitFor();
		assert.equal(await page.locator('.wb-guideline').count(), before + 2);
		const own = page.locator('.wb-guideline', {
			hasText: 'Our nine hundred and ninetieth guideline',
		});
		await own.getByText('Your own').waitFor();
		await own.getByLabel('2 Developing').check();
		await page.getByText('All changes saved').waitFor();
		await page.reload();
		await page.locator('.wb-guideline', { hasText: 'Our nine hundred and ninety-first' }).waitFor();
	});
});

describe('guideline page panel', () => {
	it('loads nothing of the assessment for a reader who never assessed', async () => {
		const { page, requests } = await site.newPage();
		await page.goto(`${site.origin}/en/com/mandate/`, { waitUntil: 'networkidle' });
		assert.deepEqual(
			requests.filter((p) => /assess-data|Panel|Workbook|Workspace/.test(p)),
			[]
		);
		await page.getByRole('button', { name: 'Assess this guideline' }).click();
		await page
			.getByRole('region', { name: 'Your assessment' })
			.getByText('There is no assessment in this browser yet.')
			.waitFor();
	});

	it('rates into the active assessment and shows the rating in the workbook', async () => {
		const { page } = await site.newPage();
		const errors = errorsOf(page);
		await createSample(page);
		await page.goto(`${site.origin}/en/com/mandate/`);
		const panel = page.getByRole('region', { name: 'Your assessment' });
		await panel.getByLabel('1 Initial').check();
		await panel.getByLabel('Notes').fill('From the guideline page');
		await panel.getByLabel('Notes').blur();
		await panel.getByText('All changes saved').waitFor();
		await Promise.all([
			page.waitForURL(/workbook/),
			panel.getByRole('link', { name: 'Open in the workbook' }).click(),
		]);
		const card = page.locator('#g-com-mandate');
		await card.waitFor();
		assert.equal(await card.getByLabel('1 Initial').isChecked(), true);
		assert.equal(await card.getByLabel('Notes').inputValue(), 'From the guideline page');
		assert.deepEqual(errors, []);
	});
});

describe('axe on the assessment screens', () => {
	for (const lang of ['en', 'ka']) {
		it(`workspace, workbook and guideline panel in ${lang}`, async () => {
			const { page } = await site.newPage();
			await createSample(page, lang);
			// Buttons of an item: Export, Export CSV, Rename, Duplicate, Delete. Open the rename
			// form and the delete confirmation.
			const buttons = page.locator('.assessment').first().locator('.button-row button');
			await buttons.nth(2).click();
			await buttons.nth(4).click();
			assert.deepEqual(await seriousViolations(page), [], 'workspace');
			const id = (await stored(page))[0]!.id;
			await page.goto(`${site.origin}/${lang}/assess/workbook/?id=${id}&set=com`);
			await page.locator('.wb-guideline').first().waitFor();
			await page.locator('.wb-guideline').first().locator('.items button').first().click(); // an add form open
			assert.deepEqual(await seriousViolations(page), [], 'workbook');
			await page.goto(`${site.origin}/${lang}/com/mandate/`);
			await page.locator('.assess-panel .rating').waitFor();
			assert.deepEqual(await seriousViolations(page), [], 'guideline page with the panel');
		});
	}
});
