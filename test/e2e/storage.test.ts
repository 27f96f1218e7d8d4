/**
 * Bad stored data never breaks a page: for every localStorage key in the registry, values of
 * the wrong shape, the wrong version, or not JSON at all are planted before the page loads;
 * every template still renders with no script error, search still finds results, and what was
 * planted is replaced by a valid value on the next write.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOCAL_KEYS } from '../../src/state/keys.ts';
import { withSite } from './harness.ts';

const site = withSite();

/** Values a key may hold after a hand edit, another build, a truncated write or an attack. */
const BAD_VALUES = [
	'{"state":{"queries":"x"},"version":1}',
	'{"state":{"queries":[1,{"a":2}]},"version":1}',
	'{"state":{"queries":["a"]},"version":99}',
	'{"state":null,"version":1}',
	'{"__proto__":{"polluted":true},"state":{},"version":1}',
	'{"state":',
	'null',
	'"purple"',
	'[]',
	'🙂',
];

/** One page of each template. */
const PAGES = [
	'/en/',
	'/en/com/',
	'/en/com/mandate/',
	'/en/search/?q=crisis',
	'/en/coverage/',
	'/en/assess/',
	'/en/assess/workbook/?id=nowhere&set=com',
];

describe('bad stored values', () => {
	for (const value of BAD_VALUES) {
		it(`every page works with ${value} under every key`, async () => {
			const { page, context } = await site.newPage();
			await context.addInitScript(
				({ keys, value }) => {
					if (sessionStorage.getItem('planted')) return;
					sessionStorage.setItem('planted', '1');
					for (const key of keys) localStorage.setItem(key, value);
				},
				{ keys: LOCAL_KEYS.map((k) => k.key), value }
			);
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
			for (const path of PAGES) {
				await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
				assert.ok((await page.locator('h1').count()) > 0, `${path} rendered`);
			}
			// The search page ran a search from ?q=; now the dialog on a guideline page.
			await page.goto(`${site.origin}/en/com/mandate/`);
			await page.keyboard.press('Control+k');
			await page.getByRole('dialog').getByRole('searchbox').waitFor();
			await page.keyboard.type('crisis');
			await page.getByRole('dialog').locator('a[data-result]').first().waitFor();
			assert.deepEqual(errors, []);
			assert.equal(
				await page.evaluate(() => Object.prototype.hasOwnProperty.call({}, 'polluted')),
				false
			);
		});
	}
});
