/** Sample assessment files for the tests, written by the command line as a user would. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Writes `gw demo` output to `dir/name` for the seed and sets, dated 2026-11-29; returns its path. */
export async function writeDemo(
	dir: string,
	name: string,
	seed: number,
	sets = 'com,gg'
): Promise<string> {
	const file = path.join(dir, name);
	await run(process.execPath, [
		'src/cli/gw.ts',
		'demo',
		'-o',
		file,
		'--seed',
		String(seed),
		'--date',
		'2026-11-29',
		'--sets',
		sets,
	]);
	return file;
}
