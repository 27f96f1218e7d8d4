/**
 * One production build in this process, for the benchmark: prints a JSON line with the
 * wall time and this process's peak memory. Pack and output folder come from the
 * environment (`GW_CONTENT_DIR`, `GW_OUT_DIR`, `GW_CACHE_DIR`).
 */
import { build } from 'astro';

const started = performance.now();
await build({
	outDir: process.env['GW_OUT_DIR'] ?? 'dist',
	cacheDir: process.env['GW_CACHE_DIR'] ?? 'node_modules/.astro',
	logLevel: 'error',
});
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS }));
