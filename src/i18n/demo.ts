/** The sample assessment's phrases in one language, from the `demo.*` UI strings. */
import type { DemoPhrases } from '../domain/assessment/demo.ts';
import type { UiKey } from './en.ts';

export type DemoStrings = Record<Extract<UiKey, `demo.${string}`>, string>;

export function demoPhrases(d: DemoStrings): DemoPhrases {
	return {
		title: d['demo.title'],
		organisation: d['demo.organisation'],
		country: d['demo.country'],
		assessors: [
			{ name: d['demo.assessor1'], role: d['demo.role1'] },
			{ name: d['demo.assessor2'], role: d['demo.role2'] },
		],
		notes: [d['demo.note1'], d['demo.note2'], d['demo.note3'], d['demo.note4']],
		evidence: [
			d['demo.evidence1'],
			d['demo.evidence2'],
			d['demo.evidence3'],
			d['demo.evidence4'],
			d['demo.evidence5'],
			d['demo.evidence6'],
		],
		actions: [d['demo.action1'], d['demo.action2'], d['demo.action3'], d['demo.action4']],
		notApplicable: [d['demo.na1'], d['demo.na2']],
		owners: [d['demo.owner1'], d['demo.owner2'], d['demo.owner3'], d['demo.owner4']],
		customTitle: d['demo.custom'],
	};
}
