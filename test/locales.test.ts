import { describe, expect, it } from 'vitest';
import { localeDir, negotiateLocale } from '../src/domain/locales.ts';
import { guidelinePath, homePath, setPath, switchLocalePath } from '../src/domain/paths.ts';

describe('negotiateLocale', () => {
	it.each<[string[], string]>([
		[['fr-CH', 'en'], 'fr'],
		[['ka-GE'], 'ka'],
		[['de_AT'], 'de'],
		[['it-IT', 'es-419'], 'es'],
		[['ru', 'zh-CN'], 'en'],
		[[], 'en'],
		[['EN-gb'], 'en'],
	])('%j → %s', (preferred, expected) => expect(negotiateLocale(preferred)).toBe(expected));
});

describe('localeDir', () => {
	it('is left-to-right for every site language', () => {
		for (const l of ['en', 'fr', 'es', 'de', 'ka'] as const) expect(localeDir(l)).toBe('ltr');
	});
});

describe('paths', () => {
	it('builds language, set and guideline paths from stable ids', () => {
		expect(homePath('ka')).toBe('/ka/');
		expect(setPath('en', 'eef')).toBe('/en/eef/');
		expect(guidelinePath('de', 'com.mandate')).toBe('/de/com/mandate/');
	});

	it.each([
		{ path: '/en/com/mandate/', to: 'ka', expected: '/ka/com/mandate/' },
		{ path: '/ka/eef/', to: 'en', expected: '/en/eef/' },
		{ path: '/fr/', to: 'de', expected: '/de/' },
		{ path: '/404/', to: 'es', expected: '/es/' },
		{ path: '/', to: 'fr', expected: '/fr/' },
	] as const)('switches $path to $to', ({ path, to, expected }) =>
		expect(switchLocalePath(path, to)).toBe(expected)
	);
});
