/**
 * Writes a synthetic content pack for benchmarks: N sets × M guidelines with English text of
 * realistic length and a translation in every other language (Georgian in Mkhedruli; the
 * others reuse Latin-script words). Deterministic: the same options give the same files.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { LOCALES } from '../../src/domain/locales.ts';
import { SET_CODES } from '../../src/domain/sets.ts';

const LATIN =
	'institution board management service client benefit contribution record policy review data risk quality staff plan report audit process control payment evidence decision appeal register identity channel complaint training budget target standard indicator'.split(
		' '
	);
const GEORGIAN =
	'დაწესებულება საბჭო მართვა მომსახურება კლიენტი შეღავათი შენატანი ჩანაწერი პოლიტიკა მიმოხილვა მონაცემი რისკი ხარისხი პერსონალი გეგმა ანგარიში აუდიტი პროცესი კონტროლი გადახდა მტკიცებულება გადაწყვეტილება გასაჩივრება რეესტრი იდენტობა არხი საჩივარი სწავლება ბიუჯეტი მიზანი'.split(
		' '
	);

/** A tiny deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function sentence(next: () => number, words: string[], length: number): string {
	const out = Array.from({ length }, () => words[Math.floor(next() * words.length)] ?? '');
	const first = out[0] ?? '';
	out[0] = first.charAt(0).toUpperCase() + first.slice(1);
	return `${out.join(' ')}.`;
}

const mdx = (data: unknown, body: string) =>
	`---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${body}\n`;

export interface SyntheticOptions {
	sets: number;
	guidelinesPerSet: number;
	locales: readonly string[];
}

/** Writes the pack into `dir` (emptied first); returns the number of files written. */
export async function writeSyntheticPack(
	dir: string,
	{ sets, guidelinesPerSet, locales = LOCALES }: SyntheticOptions
): Promise<number> {
	await rm(dir, { recursive: true, force: true });
	let count = 0;
	const put = async (relative: string, content: string) => {
		await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
		await writeFile(path.join(dir, relative), content);
		count++;
	};
	for (const code of SET_CODES.slice(0, sets)) {
		const parts = ['A', 'B', 'C', 'D', 'E'].map((id) => ({
			id,
			title: `Part ${id} of ${code}`,
			sections: [1, 2].map((n) => ({ id: `${id}.${n}`, title: `Section ${id}.${n}` })),
		}));
		for (const locale of locales) {
			const next = random(code.length * 7919 + locale.charCodeAt(0));
			const words = locale === 'ka' ? GEORGIAN : LATIN;
			const say = (n: number) => sentence(next, words, n);
			const paragraph = (n: number) =>
				Array.from({ length: n }, () => say(12 + Math.floor(next() * 10))).join(' ');
			const english = locale === 'en';
			await put(
				`${locale}/${code}/_set.mdx`,
				mdx(
					english
						? {
								code,
								title: `Synthetic set ${code}`,
								shortTitle: `Set ${code}`,
								edition: '2024',
								sourceUrl: `https://www.issa.int/guidelines/${code}`,
								description: say(14),
								guidelines: { inEdition: guidelinesPerSet, included: guidelinesPerSet },
								parts,
							}
						: {
								code,
								title: say(4),
								shortTitle: say(2),
								description: say(14),
								parts: parts.map((p) => ({ ...p, title: say(3) })),
							},
					`${paragraph(4)}\n\n${paragraph(4)}`
				)
			);
			for (let n = 1; n <= guidelinesPerSet; n++) {
				const part = parts[Math.floor(((n - 1) * parts.length) / guidelinesPerSet)]!;
				const section = part.sections[n % 2]!;
				const text = {
					title: say(4 + Math.floor(next() * 5)).replace(/\.$/, ''),
					statement: say(22),
					structure: paragraph(2),
					mechanism: Array.from({ length: 5 }, () => say(16)),
					evidence: Array.from({ length: 4 }, () => say(12)),
					questions: Array.from({ length: 3 }, () => say(12).replace(/\.$/, '?')),
				};
				const id = `${code}.guideline-${n}`;
				const data = english
					? {
							id,
							set: code,
							edition: '2024',
							part: part.id,
							section: section.id,
							number: n,
							...text,
							related: [`${code}.guideline-${(n % guidelinesPerSet) + 1}`],
							provenance: { status: 'unconfirmed', note: 'Synthetic benchmark content.' },
						}
					: { id, ...text };
				await put(
					`${locale}/${code}/guideline-${n}.mdx`,
					mdx(data, `${paragraph(4)}\n\n${paragraph(3)}`)
				);
			}
		}
	}
	return count;
}
