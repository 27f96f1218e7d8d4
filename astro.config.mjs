// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import islandPreload from './src/build/island-preload.ts';
import offline from './src/build/offline.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	// Set SITE_URL (and BASE_PATH when the site lives in a sub-folder) when deploying.
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Keep whitespace between inline elements exactly as written in templates.
	compressHTML: true,
	// No prefetching: a reading page must not request pages the reader did not ask for.
	prefetch: false,
	// `offline` runs last: the service worker lists the files as the other steps leave them.
	integrations: [mdx(), react(), islandPreload(), offline()],
	devToolbar: { enabled: false },
	// The PDF report's worker uses ES modules (its HarfBuzz module awaits at the top level).
	vite: { worker: { format: 'es' } },
});
