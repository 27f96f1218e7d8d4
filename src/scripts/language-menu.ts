/** The header's language menu (a `<details>`): closes on Escape, outside click and focus loss. */

/** Wires one menu. Returns the function that unwires it. */
export function wireLanguageMenu(menu: HTMLDetailsElement, doc: Document = document): () => void {
	const close = () => {
		if (!menu.open) return;
		menu.open = false;
		menu.querySelector('summary')?.focus();
	};
	const onKey = (event: KeyboardEvent) => {
		if (event.key === 'Escape') close();
	};
	const onClick = (event: MouseEvent) => {
		if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
	};
	const onFocusOut = (event: FocusEvent) => {
		if (menu.open && !menu.contains(event.relatedTarget as Node | null)) menu.open = false;
	};
	menu.addEventListener('keydown', onKey);
	doc.addEventListener('click', onClick);
	menu.addEventListener('focusout', onFocusOut);
	return () => {
		menu.removeEventListener('keydown', onKey);
		doc.removeEventListener('click', onClick);
		menu.removeEventListener('focusout', onFocusOut);
	};
}

/** Wires every language menu of the page. */
export function wireLanguageMenus(doc: Document = document): void {
	for (const menu of doc.querySelectorAll<HTMLDetailsElement>('.language-switcher'))
		wireLanguageMenu(menu, doc);
}
