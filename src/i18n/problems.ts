/**
 * A file problem as a sentence in the reader's language: `At $.guidelines["gg.x"].level: 5 is
 * too large (the most allowed is 4).` Takes only the strings it needs, so client islands and
 * the command line use it without the whole dictionaries.
 */
import type { Problem } from '../domain/assessment/problems.ts';
import type { UiKey } from './en.ts';
import { format } from './format.ts';

type ProblemKey = Extract<UiKey, `file.${string}`>;

/** The strings a problem message needs. */
export type ProblemStrings = Record<ProblemKey, string>;

/** One problem as a sentence. */
export function describeProblem(problem: Problem, strings: ProblemStrings): string {
	const params: Record<string, string | number> = { ...problem.params };
	for (const name of ['expected', 'found'] as const) {
		const kind = params[name];
		const key = `file.type.${String(kind)}` as ProblemKey;
		if (kind !== undefined && key in strings) params[name] = strings[key];
	}
	const message = format(strings[`file.problem.${problem.code}`], params);
	return problem.path === '$' || problem.code === 'more'
		? message
		: format(strings['file.problem.at'], { path: problem.path, message });
}
