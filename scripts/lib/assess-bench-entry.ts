/**
 * What the assessment benchmark runs inside Chromium: the real domain and storage code
 * (bundled with esbuild), against the browser's own IndexedDB.
 */
import type { Catalogue } from '../../src/domain/assessment/catalogue.ts';
import { assessedSets } from '../../src/domain/assessment/guidelines.ts';
import { applyDecisions, planMerge, preferNewest } from '../../src/domain/assessment/merge.ts';
import { parseAssessmentJson } from '../../src/domain/assessment/parse.ts';
import { reportScope } from '../../src/domain/assessment/scoring.ts';
import type { Level } from '../../src/domain/assessment/model.ts';
import { IdbAssessmentRepo } from '../../src/state/assessments/repo.ts';
import { openSession } from '../../src/state/assessments/session.ts';

/** Validates and stores a whole file, `runs` times; milliseconds per run. */
export async function importTimes(text: string, runs: number): Promise<number[]> {
	const repo = await IdbAssessmentRepo.open({ name: 'gw-bench-import' });
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		const parsed = parseAssessmentJson(text);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
		await repo.put(parsed.assessment);
		out.push(performance.now() - t0);
	}
	repo.close();
	return out;
}

/** Rates guidelines one at a time, each written to IndexedDB; milliseconds per rating. */
export async function ratingTimes(text: string, runs: number): Promise<number[]> {
	const parsed = parseAssessmentJson(text);
	if (!parsed.ok) throw new Error('invalid bench file');
	const repo = await IdbAssessmentRepo.open({ name: 'gw-bench-rate' });
	await repo.put(parsed.assessment);
	const session = openSession({ repo, id: parsed.assessment.id });
	while (session.store.getState().status !== 'ready') await new Promise((r) => setTimeout(r, 5));
	const ids = Object.keys(parsed.assessment.guidelines);
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		session.change(ids[i % ids.length]!, [{ op: 'level', value: (i % 5) as Level }]);
		await session.flush();
		out.push(performance.now() - t0);
	}
	session.dispose();
	repo.close();
	return out;
}

/** Computes every score of the scope with its breakdowns, `runs` times; ms per run. */
export function scoreTimes(text: string, catalogue: Catalogue, runs: number): number[] {
	const parsed = parseAssessmentJson(text);
	if (!parsed.ok) throw new Error('invalid bench file');
	const a = parsed.assessment;
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		reportScope(assessedSets(a, catalogue), a.guidelines);
		out.push(performance.now() - t0);
	}
	return out;
}

/** Merges the files (all decided by date), `runs` times; ms per run, from the parsed files. */
export function mergeTimes(
	texts: string[],
	catalogue: Catalogue,
	runs: number
): { times: number[]; conflicts: number } {
	const sources = texts.map((t, i) => {
		const parsed = parseAssessmentJson(t);
		if (!parsed.ok) throw new Error('invalid bench file');
		return { label: `file ${i + 1}`, assessment: parsed.assessment };
	});
	const out: number[] = [];
	let conflicts = 0;
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		const plan = planMerge(sources, catalogue, {
			id: 'm',
			title: 'M',
			now: '2026-11-29T00:00:00.000Z',
		});
		if ('error' in plan) throw new Error('no common scope');
		applyDecisions(plan, preferNewest(plan));
		out.push(performance.now() - t0);
		conflicts = plan.conflicts.length;
	}
	return { times: out, conflicts };
}
