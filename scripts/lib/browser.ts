/**
 * A static server over a built site that behaves like any host (directories serve index.html,
 * misses 404.html), and Debian's Chromium driven by playwright-core. Used by the browser tests
 * and the benchmarks.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const DIST = path.resolve(process.env['GW_DIST'] ?? 'dist');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
};

/** A static server like any host would be: directories serve index.html, misses 404.html. */
export async function startServer(
	root = DIST
): Promise<{ origin: string; close: () => Promise<void> }> {
	const server: Server = createServer((req, res) => {
		void (async () => {
			const url = new URL(req.url ?? '/', 'http://localhost');
			let file = path.join(root, decodeURIComponent(url.pathname));
			if (!file.startsWith(root)) file = path.join(root, '404.html');
			try {
				if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
				await stat(file);
				res.writeHead(200, {
					'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
				});
				createReadStream(file).pipe(res);
			} catch {
				res.writeHead(404, { 'content-type': TYPES['.html']! });
				createReadStream(path.join(root, '404.html')).pipe(res);
			}
		})();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/**
 * Debian's Chromium (`apt-get install chromium`; Playwright cannot download its own browser on
 * these machines). The flags keep it off every network but ours: without the background-
 * networking ones it keeps trying Google's hosts, which this machine's closed network refuses.
 */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
		],
	});
}
