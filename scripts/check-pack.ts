/**
 * Checks a content pack without building the site: `npm run check:pack [folder]`.
 * Prints every problem as `file: field: message` and exits 1 when there is any.
 */
import path from 'node:path';
import { formatIssue } from '../src/domain/pack/files.ts';
import { buildLibrary } from '../src/domain/pack/model.ts';
import { setStats } from '../src/domain/navigation.ts';
import { readPack } from '../src/pack/read.ts';

const root = path.resolve(process.argv[2] ?? process.env.GW_CONTENT_DIR ?? 'content');
const { pack, issues } = await readPack(root);
if (issues.length > 0) {
	for (const issue of issues) console.error(formatIssue(issue));
	console.error(`\n${issues.length} problem(s) in ${root}`);
	process.exit(1);
}
const library = buildLibrary(pack);
for (const set of library.sets) {
	const s = setStats(set);
	console.log(
		`${set.code.padEnd(7)} edition ${set.edition}: ${s.included} included, ${s.confirmed} confirmed, ${s.unconfirmed} unconfirmed, missing ${s.missing ?? 'unknown'}`
	);
}
console.log(`pack ok: ${root}`);
