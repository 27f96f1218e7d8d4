// @vitest-environment happy-dom
/** The page scripts (header, theme, copy-link, search shortcut), imported as modules. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { headingUrl, wireCopyLinks } from '../src/scripts/copy-link.ts';
import { wireLanguageMenu } from '../src/scripts/language-menu.ts';
import { isSearchShortcut, isTyping } from '../src/scripts/search-button.ts';
import { chooseTheme, storedTheme } from '../src/scripts/theme.ts';
import { STORAGE } from '../src/state/keys.ts';

describe('search shortcut', () => {
	const input = document.createElement('input');
	const div = document.createElement('div');
	it.each([
		{ keys: 'Ctrl+K', event: { key: 'k', ctrlKey: true, target: div }, opens: true },
		{ keys: 'Cmd+K', event: { key: 'K', metaKey: true, target: input }, opens: true },
		{ keys: '/ on the page', event: { key: '/', target: div }, opens: true },
		{ keys: '/ in a field', event: { key: '/', target: input }, opens: false },
		{ keys: 'Alt+/', event: { key: '/', altKey: true, target: div }, opens: false },
		{ keys: 'k alone', event: { key: 'k', target: div }, opens: false },
	])('$keys → $opens', ({ event, opens }) => {
		const full = { ctrlKey: false, metaKey: false, altKey: false, ...event };
		expect(isSearchShortcut(full)).toBe(opens);
	});

	it('treats editable content and selects as typing', () => {
		const select = document.createElement('select');
		expect(isTyping(select)).toBe(true);
		expect(isTyping(null)).toBe(false);
	});
});

describe('theme', () => {
	beforeEach(() => localStorage.clear());

	it.each([
		{ stored: 'dark', choice: 'dark' },
		{ stored: 'light', choice: 'light' },
		{ stored: 'purple', choice: 'auto' },
		{ stored: null, choice: 'auto' },
	])('stored $stored reads as $choice', ({ stored, choice }) => {
		if (stored !== null) localStorage.setItem(STORAGE.theme.key, stored);
		expect(storedTheme()).toBe(choice);
	});

	it('applies and remembers a choice, and forgets it for auto', () => {
		const root = document.createElement('html');
		chooseTheme('dark', root);
		expect(root.dataset['theme']).toBe('dark');
		expect(localStorage.getItem(STORAGE.theme.key)).toBe('dark');
		chooseTheme('auto', root);
		expect(root.dataset['theme']).toBeUndefined();
		expect(localStorage.getItem(STORAGE.theme.key)).toBeNull();
	});
});

describe('language menu', () => {
	it('closes on Escape and returns focus to its summary', () => {
		document.body.innerHTML = `<details class="language-switcher" open><summary>EN</summary><ul><li><a href="/ka/">ka</a></li></ul></details>`;
		const menu = document.querySelector('details')!;
		const stop = wireLanguageMenu(menu);
		menu
			.querySelector('a')!
			.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		expect(menu.open).toBe(false);
		expect(document.activeElement).toBe(menu.querySelector('summary'));
		stop();
	});

	it('closes on a click outside', () => {
		document.body.innerHTML = `<p>x</p><details class="language-switcher" open><summary>EN</summary></details>`;
		const menu = document.querySelector('details')!;
		wireLanguageMenu(menu);
		document.querySelector('p')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		expect(menu.open).toBe(false);
	});
});

describe('copy link', () => {
	it('builds the heading URL from the page URL', () => {
		expect(headingUrl('https://x.org/en/com/mandate/?a=1#old', 'evidence')).toBe(
			'https://x.org/en/com/mandate/?a=1#evidence'
		);
	});

	it('shows its buttons and announces the copy', async () => {
		document.body.innerHTML = `<button hidden data-copy-link="evidence" data-copied="Copied" data-failed="Failed">c</button>`;
		const writeText = vi.fn(() => Promise.resolve());
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		wireCopyLinks();
		const button = document.querySelector('button')!;
		expect(button.hidden).toBe(false);
		button.click();
		await vi.waitFor(() =>
			expect(document.querySelector('[role=status]')?.textContent).toBe('Copied')
		);
		expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/#evidence$/));
	});
});
