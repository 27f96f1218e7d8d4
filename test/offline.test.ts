/**
 * The offline plan: which built file the service worker keeps in which group, at which URL,
 * and a version that changes with any kept file and with nothing else.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fileUrl, makePlan, offlineGroup } from '../src/offline/plan.ts';

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

describe('offlineGroup', () => {
	it.each([
		['en/com/mandate/index.html', 'en'],
		['ka/index.html', 'ka'],
		['fr/help/offline/index.html', 'fr'],
		['search-index/de.json', 'de'],
		['search-index/de-text.json', 'de'],
		['assess-data/es.json', 'es'],
		['workshop-data/ka.json', 'ka'],
		['en/manifest.webmanifest', 'core'],
		['_astro/worker-abc.js', 'core'],
		['_astro/NotoSansGeorgian_400Regular-x.ttf', 'core'],
		['_astro/harfbuzz-x.wasm', 'core'],
		['index.html', 'core'],
		['icons/icon-192.png', 'core'],
		['schema/assessment.v1.json', 'core'],
		['_astro/NotoSansSC_400Regular-x.ttf', 'runtime'],
		['_astro/NotoSansKR_400Regular-x.ttf', 'runtime'],
		['sw.js', null],
		['404.html', null],
		['search-index/xx.json', null],
	])('%s → %s', (file, group) => {
		expect(offlineGroup(file)).toBe(group);
	});
});

describe('fileUrl', () => {
	it('serves directories at their slash and keeps the base', () => {
		expect(fileUrl('index.html', '/')).toBe('/');
		expect(fileUrl('en/com/index.html', '/')).toBe('/en/com/');
		expect(fileUrl('_astro/a.js', '/gw/')).toBe('/gw/_astro/a.js');
		expect(fileUrl('en/index.html', '/gw')).toBe('/gw/en/');
	});
});

describe('makePlan', () => {
	const files = [
		{ file: 'en/index.html', revision: 'a', size: 10 },
		{ file: 'fr/index.html', revision: 'b', size: 20 },
		{ file: '_astro/x.js', revision: null, size: 5 },
		{ file: '_astro/NotoSansSC_400Regular-x.ttf', revision: null, size: 9_000_000 },
		{ file: 'sw.js', revision: 'z', size: 1 },
	];

	it('sorts files into the shell and the languages, leaving out what is not kept', () => {
		const plan = makePlan(files, '/', hash);
		expect(plan.core.map((e) => e.url)).toEqual(['/_astro/x.js']);
		expect(plan.languages.en.map((e) => e.url)).toEqual(['/en/']);
		expect(plan.languages.fr).toEqual([{ url: '/fr/', revision: 'b', size: 20 }]);
		expect(plan.languages.ka).toEqual([]);
	});

	it('changes its version when a kept file changes, and only then', () => {
		const before = makePlan(files, '/', hash).version;
		expect(makePlan([...files].reverse(), '/', hash).version).toBe(before);
		const changed = files.map((f) => (f.file === 'fr/index.html' ? { ...f, revision: 'c' } : f));
		expect(makePlan(changed, '/', hash).version).not.toBe(before);
		const worker = files.map((f) => (f.file === 'sw.js' ? { ...f, revision: 'y' } : f));
		expect(makePlan(worker, '/', hash).version).toBe(before);
	});
});
