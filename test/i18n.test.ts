import { describe, expect, it } from 'vitest';
import { LOCALES } from '../src/domain/locales.ts';
import { DICTIONARIES, format, useTranslations } from '../src/i18n/index.ts';
import { en } from '../src/i18n/en.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(LOCALES)('the %s dictionary', (locale) => {
	const dict = DICTIONARIES[locale];

	it('has exactly the English keys', () => {
		expect(Object.keys(dict).sort()).toEqual(Object.keys(en).sort());
	});

	it('keeps every placeholder of each English string', () => {
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect(placeholders(dict[key]), key).toEqual(placeholders(en[key]));
		}
	});

	it('has no empty string', () => {
		for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
	});
});

describe('the Georgian dictionary', () => {
	it('is written in Mkhedruli, never in Mtavruli capitals', () => {
		const text = Object.values(DICTIONARIES.ka).join(' ');
		expect(text).toMatch(/[\u10D0-\u10FF]/);
		expect(text).not.toMatch(/[\u1C90-\u1CBF]/);
	});
});

describe('format and plurals', () => {
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
	});

	it.each([
		['en', 1, '1 guideline available'],
		['en', 25, '25 guidelines available'],
		['fr', 1, '1 ligne directrice disponible'],
		['de', 2, '2 Leitlinien verfügbar'],
		['ka', 5, 'ხელმისაწვდომია 5 პრინციპი'],
	] as const)('%s %d', (locale, count, expected) => {
		expect(useTranslations(locale).tn('card.guidelines', count)).toBe(expected);
	});

	it('joins lists the way the language does', () => {
		expect(useTranslations('en').list(['English', 'ქართული'])).toBe('English and ქართული');
		expect(useTranslations('fr').list(['a', 'b'])).toBe('a et b');
	});
});
