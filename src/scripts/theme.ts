/**
 * Light / dark / system theme. The stored choice is applied before paint by the inline script
 * in `BaseLayout.astro`; this module runs the header's select. Storage may be unavailable
 * (private mode, blocked): the choice then still applies to the page being read.
 */
import { readLocal, removeLocal, writeLocal } from '../state/local.ts';
import { STORAGE } from '../state/keys.ts';

export type ThemeChoice = 'auto' | 'light' | 'dark';

/** The stored choice; anything else stored (a hand edit, an old value) counts as `auto`. */
export function storedTheme(): ThemeChoice {
	const value = readLocal(STORAGE.theme.key);
	return value === 'light' || value === 'dark' ? value : 'auto';
}

/** Applies a choice to the document and remembers it. */
export function chooseTheme(value: string, root: HTMLElement = document.documentElement): void {
	if (value === 'light' || value === 'dark') {
		root.dataset['theme'] = value;
		writeLocal(STORAGE.theme.key, value);
	} else {
		delete root.dataset['theme'];
		removeLocal(STORAGE.theme.key);
	}
}

/** The `<gw-theme-select>` element: hidden until this runs, so no-JS readers never see it. */
export class ThemeSelect extends HTMLElement {
	connectedCallback() {
		const select = this.querySelector('select');
		if (!select) return;
		select.value = storedTheme();
		select.addEventListener('change', () => chooseTheme(select.value));
		this.hidden = false;
	}
}

if (typeof customElements !== 'undefined' && !customElements.get('gw-theme-select'))
	customElements.define('gw-theme-select', ThemeSelect);
