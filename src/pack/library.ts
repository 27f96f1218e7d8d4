/**
 * The library as the Astro build sees it: the four collections turned into a pack, checked
 * across files, and built once per build. A pack with problems stops the build with every
 * problem listed as `file: field: message`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { classifyPath, formatIssue, type PackFile, type RawPack } from '../domain/pack/files.ts';
import { buildLibrary, type Library } from '../domain/pack/model.ts';
import { validatePack } from '../domain/pack/validate.ts';
import { packDir } from './dir.ts';

type AnyEntry =
	| CollectionEntry<'sets'>
	| CollectionEntry<'guidelines'>
	| CollectionEntry<'setTranslations'>
	| CollectionEntry<'guidelineTranslations'>;

/** Pack files by their message path, to render their bodies. */
const entries = new Map<string, AnyEntry>();

function toFile<E extends AnyEntry>(entry: E): PackFile<E['data']> {
	const place = classifyPath(entry.id);
	const file = entry.filePath ?? `${packDir()}/${entry.id}`;
	if (!place) throw new Error(`${file}: (path): is not <language>/<set>/<name>.mdx`);
	entries.set(file, entry);
	return {
		file,
		locale: place.locale,
		folder: place.folder,
		slug: place.slug,
		data: entry.data,
		body: entry.body ?? '',
	};
}

async function load(): Promise<Library> {
	const pack: RawPack = {
		sets: (await getCollection('sets')).map(toFile),
		guidelines: (await getCollection('guidelines')).map(toFile),
		setTranslations: (await getCollection('setTranslations')).map(toFile),
		guidelineTranslations: (await getCollection('guidelineTranslations')).map(toFile),
	};
	const issues = validatePack(pack);
	if (issues.length > 0) {
		throw new Error(
			`The content pack in ${packDir()} has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`
		);
	}
	return buildLibrary(pack);
}

let cached: Promise<Library> | undefined;

/** The validated library (loaded once per build). */
export function getLibrary(): Promise<Library> {
	cached ??= load();
	return cached;
}

/** The collection entry behind a pack file, to render its Markdown body. */
export function entryFor(file: string): AnyEntry {
	const entry = entries.get(file);
	if (!entry) throw new Error(`No content entry for ${file}`);
	return entry;
}
