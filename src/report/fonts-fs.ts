/** Fonts for the command line: read from node_modules. Node only. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontLoader } from './fonts.ts';

const require = createRequire(import.meta.url);

export const loadFontFromDisk: FontLoader = async (file) =>
	new Uint8Array(await readFile(require.resolve(file)));
