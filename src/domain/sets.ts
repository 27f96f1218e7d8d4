/**
 * The catalogue of ISSA guideline sets: codes (the ISSA reader's URL slugs), in the order the
 * site lists them, with ISSA's official English titles. These are facts, not our text; a
 * content pack supplies everything else about a set. A pack may also declare sets this
 * catalogue lacks (a new ISSA set, or an agency's own standard): they follow the ISSA sets.
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

/** The code of a set of the built-in ISSA catalogue. */
export type IssaSetCode = (typeof SET_CODES)[number];

/** A set code as packs use it: 2 to 12 lower-case letters (a guideline id starts with it). */
export type SetCode = string;

export const SET_CODE_PATTERN = /^[a-z]{2,12}$/;

/** ISSA's English title of each set, used for sets a pack does not (yet) include. */
export const SET_TITLES: Record<IssaSetCode, string> = {
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
export function issaSetUrl(code: IssaSetCode): string {
	return `https://www.issa.int/guidelines/${code}`;
}

/** Whether a code is one of the built-in ISSA sets. */
export function isIssaSet(value: string): value is IssaSetCode {
	return (SET_CODES as readonly string[]).includes(value);
}

/** Site order of sets: the ISSA catalogue's order, then a pack's own sets by code. */
export function compareSetCodes(a: string, b: string): number {
	const i = SET_CODES.indexOf(a as IssaSetCode);
	const j = SET_CODES.indexOf(b as IssaSetCode);
	if (i >= 0 && j >= 0) return i - j;
	if (i >= 0) return -1;
	if (j >= 0) return 1;
	return a.localeCompare(b);
}
