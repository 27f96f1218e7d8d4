/**
 * Filling UI strings, without the dictionaries: small enough for client islands, which get
 * their strings as props and must not bundle every language.
 */

/** Fills `{name}` placeholders; an unknown placeholder is left visible so it gets noticed. */
export function format(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}

/** The plural form our dictionaries have for a count: `one` or `other`. */
export function pluralForm(locale: string, count: number): 'one' | 'other' {
	return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}
