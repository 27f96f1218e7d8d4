/**
 * Byte budgets on the built site (`npm run budgets`), gzip sizes:
 * - every guideline page's HTML ≤ 12 kB;
 * - all CSS together ≤ 20 kB;
 * - JavaScript a reading page (home, set, guideline) loads before any interaction ≤ 5 kB;
 * - what the service worker stores (as stored, uncompressed): the shell ≤ 6 MB, each
 *   language ≤ 16 MB (`OFFLINE_BUDGET` in src/offline/plan.ts).
 * Prints the largest figures and exits 1 when a budget is exceeded.
 */
import path from 'node:path';
import { offlinePlan } from '../src/build/offline.ts';
import { groupBytes, OFFLINE_BUDGET } from '../src/offline/plan.ts';
import { heaviest, kb, mb, measureSite } from './lib/weights.ts';

export const BUDGETS = { guidelineHtml: 12_000, css: 20_000, readingJs: 5_000 };

const dist = path.resolve(process.argv[2] ?? 'dist');
const site = await measureSite(dist);
const guidelines = site.pages.filter((p) => p.template === 'guideline');
const reading = site.pages.filter((p) => ['home', 'set', 'guideline'].includes(p.template));
if (guidelines.length === 0) {
	console.error(`No guideline pages in ${dist}: build the site first.`);
	process.exit(1);
}

const failures = [
	...guidelines
		.filter((p) => p.html > BUDGETS.guidelineHtml)
		.map((p) => `${p.file}: HTML ${kb(p.html)} > ${kb(BUDGETS.guidelineHtml)}`),
	...reading
		.filter((p) => p.js > BUDGETS.readingJs)
		.map((p) => `${p.file}: JavaScript ${kb(p.js)} > ${kb(BUDGETS.readingJs)}`),
	...(site.css > BUDGETS.css ? [`CSS total ${kb(site.css)} > ${kb(BUDGETS.css)}`] : []),
];

const plan = await offlinePlan(dist, '/');
const shell = groupBytes(plan.core);
if (shell > OFFLINE_BUDGET.core)
	failures.push(`offline shell ${mb(shell)} > ${mb(OFFLINE_BUDGET.core)}`);
const languages = Object.entries(plan.languages).map(([l, e]) => [l, groupBytes(e)] as const);
for (const [locale, bytes] of languages)
	if (bytes > OFFLINE_BUDGET.language)
		failures.push(`offline language ${locale} ${mb(bytes)} > ${mb(OFFLINE_BUDGET.language)}`);

const html = heaviest(guidelines, 'html');
const js = heaviest(reading, 'js');
console.log(
	`largest guideline page HTML: ${kb(html?.html ?? 0)} (${html?.file}), budget ${kb(BUDGETS.guidelineHtml)}`
);
console.log(`all CSS (${site.cssFiles} files): ${kb(site.css)}, budget ${kb(BUDGETS.css)}`);
console.log(
	`most JavaScript before interaction: ${kb(js?.js ?? 0)} (${js?.file}), budget ${kb(BUDGETS.readingJs)}`
);
const [largest, largestBytes] = languages.reduce((a, b) => (b[1] > a[1] ? b : a));
console.log(
	`offline: shell ${mb(shell)} (budget ${mb(OFFLINE_BUDGET.core)}), largest language ${largest} ${mb(largestBytes)} (budget ${mb(OFFLINE_BUDGET.language)})`
);
if (failures.length > 0) {
	console.error(failures.join('\n'));
	process.exit(1);
}
console.log(
	`budgets: ${guidelines.length} guideline pages, ${reading.length} reading pages, all within limits`
);
