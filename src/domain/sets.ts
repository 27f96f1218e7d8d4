/**
 * The catalogue of ISSA guideline sets: codes (the ISSA reader's URL slugs), in the order the
 * site lists them, with ISSA's official English titles. These are facts, not our text; a
 * content pack supplies everything else about a set.
 */
export const SET_CODES = [
	'gg',
	'sq',
	'com',
	'ccc',
	'ict',
	'invest',
	'act',
	'ext',
	'prev',
	'rtw',
	'whp',
	'pse',
	'eef',
	'hrm',
	'cor',
] as const;

/** A guideline set code. */
export type SetCode = (typeof SET_CODES)[number];

/** ISSA's English title of each set, used for sets a pack does not (yet) include. */
export const SET_TITLES: Record<SetCode, string> = {
	gg: 'Good Governance',
	sq: 'Service Quality',
	com: 'Communication by Social Security Administrations',
	ccc: 'Contribution Collection and Compliance',
	ict: 'Information and Communication Technology',
	invest: 'Investment of Social Security Funds',
	act: 'Actuarial Work for Social Security',
	ext: 'Administrative Solutions for Coverage Extension',
	prev: 'Prevention of Occupational Risks',
	rtw: 'Return to Work and Reintegration',
	whp: 'Workplace Health Promotion',
	pse: 'Promotion of Sustainable Employment',
	eef: 'Error, Evasion and Fraud in Social Security Systems',
	hrm: 'Human Resource Management in Social Security Administration',
	cor: 'Continuity and Resilience of Social Security Services and Systems',
};

/** ISSA's reader page for each set: `https://www.issa.int/guidelines/<code>`. */
export function issaSetUrl(code: SetCode): string {
	return `https://www.issa.int/guidelines/${code}`;
}

/** Narrows a string to a set code. */
export function isSetCode(value: string): value is SetCode {
	return (SET_CODES as readonly string[]).includes(value);
}
