/**
 * Content collections: the four kinds of pack file, validated with the pack schemas.
 * The pack is read from `content/` or from the folder named by `GW_CONTENT_DIR` (an agency's
 * licensed full-text pack). Cross-file checks run in `src/pack/library.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { packDir } from './pack/dir.ts';
import {
	guidelineSchema,
	guidelineTranslationSchema,
	setSchema,
	setTranslationSchema,
} from './domain/pack/schema.ts';

const base = packDir();
/** Entry ids are the file's path inside the pack (e.g. `ka/com/mandate.mdx`). */
const generateId = ({ entry }: { entry: string }) => entry;

export const collections = {
	sets: defineCollection({
		loader: glob({ base, pattern: 'en/*/_set.{md,mdx}', generateId }),
		schema: setSchema,
	}),
	guidelines: defineCollection({
		loader: glob({ base, pattern: 'en/*/[!_]*.{md,mdx}', generateId }),
		schema: guidelineSchema,
	}),
	setTranslations: defineCollection({
		loader: glob({ base, pattern: ['*/*/_set.{md,mdx}', '!en/**'], generateId }),
		schema: setTranslationSchema,
	}),
	guidelineTranslations: defineCollection({
		loader: glob({ base, pattern: ['*/*/[!_]*.{md,mdx}', '!en/**'], generateId }),
		schema: guidelineTranslationSchema,
	}),
};
