/**
 * Reads a content pack from disk in Node (tests, benchmarks, `scripts/check-pack.ts`), with the
 * same schemas and cross-file checks the Astro build uses.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import {
	classifyPath,
	parseFrontMatter,
	type PackIssue,
	type RawPack,
} from '../domain/pack/files.ts';
import { validatePack } from '../domain/pack/validate.ts';

/** Splits an MDX file into its YAML front matter and body. */
export function splitFrontMatter(
	source: string
): { frontMatter: string; body: string } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(source);
	if (!match) return undefined;
	return { frontMatter: match[1] ?? '', body: match[2] ?? '' };
}

/** Reads every pack file under `root`; `label` prefixes the paths in messages. */
export async function readPack(
	root: string,
	label = path.basename(root)
): Promise<{ pack: RawPack; issues: PackIssue[] }> {
	const pack: RawPack = {
		sets: [],
		guidelines: [],
		setTranslations: [],
		guidelineTranslations: [],
	};
	const issues: PackIssue[] = [];
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
		.map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
		.sort();
	for (const relative of files) {
		const place = classifyPath(relative);
		if (!place) continue;
		const file = `${label}/${relative}`;
		const source = await readFile(path.join(root, relative), 'utf8');
		const parts = splitFrontMatter(source);
		if (!parts) {
			issues.push({
				file,
				field: '(front matter)',
				message: 'is missing: start the file with a --- block',
			});
			continue;
		}
		let input: unknown;
		try {
			input = yaml.load(parts.frontMatter);
		} catch (error) {
			const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
			issues.push({ file, field: '(front matter)', message: `is not valid YAML: ${reason}` });
			continue;
		}
		const parsed = parseFrontMatter(place.kind, file, input);
		if (!parsed.ok) {
			issues.push(...parsed.issues);
			continue;
		}
		const base = {
			file,
			locale: place.locale,
			folder: place.folder,
			slug: place.slug,
			body: parts.body,
		};
		switch (place.kind) {
			case 'set':
				pack.sets.push({ ...base, data: parsed.data as RawPack['sets'][number]['data'] });
				break;
			case 'guideline':
				pack.guidelines.push({
					...base,
					data: parsed.data as RawPack['guidelines'][number]['data'],
				});
				break;
			case 'setTranslation':
				pack.setTranslations.push({
					...base,
					data: parsed.data as RawPack['setTranslations'][number]['data'],
				});
				break;
			case 'guidelineTranslation':
				pack.guidelineTranslations.push({
					...base,
					data: parsed.data as RawPack['guidelineTranslations'][number]['data'],
				});
				break;
		}
	}
	// Cross-file checks only make sense on files that parsed; report both kinds together.
	issues.push(...validatePack(pack));
	return { pack, issues };
}
