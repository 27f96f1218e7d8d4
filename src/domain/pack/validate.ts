/**
 * Cross-file checks of a content pack: what no single file's schema can see. Each problem
 * names the file and the field, so an author can fix it without reading code.
 */
import { DEFAULT_LOCALE, isLocale, LOCALES } from '../locales.ts';
import type { PackFile, PackIssue, RawPack } from './files.ts';
import type { GuidelineData, SetData } from './schema.ts';

/** Runs every cross-file check; an empty list means the pack is valid. */
export function validatePack(pack: RawPack): PackIssue[] {
	const issues: PackIssue[] = [];
	const add = (file: string, field: string, message: string) =>
		issues.push({ file, field, message });

	const allFiles = [
		...pack.sets,
		...pack.guidelines,
		...pack.setTranslations,
		...pack.guidelineTranslations,
	];
	for (const f of allFiles) {
		if (!isLocale(f.locale)) {
			add(
				f.file,
				'(path)',
				`"${f.locale}" is not a supported language folder (${LOCALES.join(', ')})`
			);
		}
	}

	// Sets: one per folder, code matching the folder, a body, parts and sections unique.
	const sets = new Map<string, PackFile<SetData>>();
	for (const s of pack.sets) {
		if (s.data.code !== s.folder) {
			add(s.file, 'code', `is "${s.data.code}" but the file is in the folder "${s.folder}"`);
		}
		sets.set(s.folder, s);
		if (!s.body.trim())
			add(s.file, 'body', 'is required: write the overview of the set below the front matter');
		const partIds = new Set<string>();
		const sectionIds = new Set<string>();
		s.data.parts.forEach((part, p) => {
			if (partIds.has(part.id)) add(s.file, `parts[${p}].id`, `"${part.id}" is declared twice`);
			partIds.add(part.id);
			part.sections.forEach((section, i) => {
				const field = `parts[${p}].sections[${i}].id`;
				if (!section.id.startsWith(`${part.id}.`)) {
					add(s.file, field, `"${section.id}" does not belong to part ${part.id}`);
				}
				if (sectionIds.has(section.id)) add(s.file, field, `"${section.id}" is declared twice`);
				sectionIds.add(section.id);
			});
		});
	}

	// Guidelines: ids unique and matching their path, set declared, numbers unique per edition.
	const byId = new Map<string, PackFile<GuidelineData>>();
	const byNumber = new Map<string, PackFile<GuidelineData>>();
	const perSet = new Map<string, number>();
	for (const g of pack.guidelines) {
		const d = g.data;
		const expectedId = `${g.folder}.${g.slug}`;
		if (d.id !== expectedId) {
			add(
				g.file,
				'id',
				`is "${d.id}" but the file's place gives "${expectedId}" (<set folder>.<file name>)`
			);
		}
		const twin = byId.get(d.id);
		if (twin) add(g.file, 'id', `"${d.id}" is already used by ${twin.file}`);
		else byId.set(d.id, g);
		if (d.set !== g.folder)
			add(g.file, 'set', `is "${d.set}" but the file is in the folder "${g.folder}"`);
		if (!g.body.trim())
			add(g.file, 'body', 'is required: write the explanation below the front matter');

		const set = sets.get(d.set);
		if (!set) {
			add(g.file, 'set', `"${d.set}" has no ${DEFAULT_LOCALE}/${d.set}/_set.mdx in this pack`);
			continue;
		}
		perSet.set(d.set, (perSet.get(d.set) ?? 0) + 1);
		if (d.edition !== set.data.edition) {
			add(
				g.file,
				'edition',
				`is "${d.edition}" but ${set.file} follows edition "${set.data.edition}"`
			);
		}
		const part = set.data.parts.find((p) => p.id === d.part);
		if (!part) {
			add(
				g.file,
				'part',
				`"${d.part}" is not a part declared in ${set.file} (${set.data.parts.map((p) => p.id).join(', ')})`
			);
		} else if (d.section !== undefined && !part.sections.some((s) => s.id === d.section)) {
			const known = part.sections.map((s) => s.id).join(', ') || 'none';
			add(
				g.file,
				'section',
				`"${d.section}" is not a section of part ${part.id} in ${set.file} (declared: ${known})`
			);
		}
		const numberKey = `${d.set}@${d.edition}#${d.number}`;
		const same = byNumber.get(numberKey);
		if (same) {
			add(
				g.file,
				'number',
				`${d.number} is already used in ${d.set} (edition ${d.edition}) by ${same.file}`
			);
		} else byNumber.set(numberKey, g);
		const inEdition = set.data.guidelines.inEdition;
		if (inEdition !== null && d.number > inEdition) {
			add(
				g.file,
				'number',
				`${d.number} is beyond the ${inEdition} guidelines ${set.file} declares for the edition`
			);
		}
	}

	// Retired ids: of their set, no longer in use, pointing at a guideline that exists.
	for (const set of pack.sets)
		set.data.retired.forEach((r, i) => {
			if (!r.id.startsWith(`${set.data.code}.`))
				add(set.file, `retired[${i}].id`, `"${r.id}" is not an id of the set "${set.data.code}"`);
			if (byId.has(r.id))
				add(
					set.file,
					`retired[${i}].id`,
					`"${r.id}" is retired but ${byId.get(r.id)!.file} still uses it`
				);
			if (r.replacedBy !== undefined && !byId.has(r.replacedBy))
				add(
					set.file,
					`retired[${i}].replacedBy`,
					`"${r.replacedBy}" is not the id of any guideline in this pack`
				);
		});

	// Related ids resolve (after all ids are known).
	for (const g of pack.guidelines) {
		g.data.related.forEach((rel, i) => {
			if (rel === g.data.id)
				add(g.file, `related[${i}]`, 'a guideline cannot be related to itself');
			else if (!byId.has(rel))
				add(g.file, `related[${i}]`, `"${rel}" is not the id of any guideline in this pack`);
		});
	}

	// Declared counts match the files.
	for (const s of pack.sets) {
		const count = perSet.get(s.data.code) ?? 0;
		const { included, inEdition } = s.data.guidelines;
		if (included !== count) {
			add(
				s.file,
				'guidelines.included',
				`is ${included} but the pack has ${count} guideline files for ${s.data.code}`
			);
		}
		if (inEdition !== null && included > inEdition) {
			add(
				s.file,
				'guidelines.inEdition',
				`is ${inEdition}, fewer than the ${included} guidelines included`
			);
		}
	}

	// Translations need an English original and must match its structure.
	const seen = new Map<string, string>();
	for (const t of pack.guidelineTranslations) {
		const expectedId = `${t.folder}.${t.slug}`;
		if (t.data.id !== expectedId) {
			add(
				t.file,
				'id',
				`is "${t.data.id}" but the file's place gives "${expectedId}" (<set folder>.<file name>)`
			);
		}
		if (!byId.has(t.data.id)) {
			add(
				t.file,
				'id',
				`"${t.data.id}" has no English original (${DEFAULT_LOCALE}/${t.folder}/${t.slug}.mdx)`
			);
		}
		const key = `${t.locale}:${t.data.id}`;
		const twin = seen.get(key);
		if (twin) add(t.file, 'id', `"${t.data.id}" is already translated in ${twin}`);
		else seen.set(key, t.file);
		if (!t.body.trim())
			add(t.file, 'body', 'is required: translate the explanation below the front matter');
	}
	for (const t of pack.setTranslations) {
		const original = sets.get(t.folder);
		if (t.data.code !== t.folder)
			add(t.file, 'code', `is "${t.data.code}" but the file is in the folder "${t.folder}"`);
		if (!original) {
			add(
				t.file,
				'code',
				`"${t.data.code}" has no English original (${DEFAULT_LOCALE}/${t.folder}/_set.mdx)`
			);
			continue;
		}
		t.data.parts.forEach((part, p) => {
			const englishPart = original.data.parts.find((e) => e.id === part.id);
			if (!englishPart) {
				add(t.file, `parts[${p}].id`, `"${part.id}" is not a part of ${original.file}`);
				return;
			}
			part.sections.forEach((section, i) => {
				if (!englishPart.sections.some((e) => e.id === section.id)) {
					add(
						t.file,
						`parts[${p}].sections[${i}].id`,
						`"${section.id}" is not a section of part ${part.id} in ${original.file}`
					);
				}
			});
		});
		if (!t.body.trim())
			add(t.file, 'body', 'is required: translate the overview below the front matter');
	}
	return issues;
}
