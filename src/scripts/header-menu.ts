/**
 * The header's menu button on narrow screens (a disclosure: search, the tool links, language
 * and theme). Below the breakpoint the menu starts closed; the button toggles it, Escape closes
 * it and returns focus to the button. Above it the button is hidden and the menu is always
 * shown. Without this script the button stays hidden and the menu open.
 */

export function wireHeaderMenu(doc: Document = document): void {
	const header = doc.querySelector<HTMLElement>('.site-header');
	const button = header?.querySelector<HTMLButtonElement>('[data-menu-button]');
	const menu = header?.querySelector<HTMLElement>('.header-menu');
	if (!header || !button || !menu) return;
	const set = (open: boolean) => {
		button.setAttribute('aria-expanded', String(open));
		header.classList.toggle('menu-open', open);
	};
	button.hidden = false;
	header.classList.add('has-menu-button');
	set(false);
	button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
	header.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || !header.classList.contains('menu-open')) return;
		// A language list open inside the menu closes first (its own handler).
		if (menu.querySelector('details[open]')) return;
		set(false);
		button.focus();
	});
}

/**
 * A sidebar as a disclosure on narrow screens: closed there, always open on wide screens
 * (where its summary is hidden). Without this script it stays open.
 */
export function wireSidebar(doc: Document = document, view: Window = window): void {
	const details = doc.querySelector<HTMLDetailsElement>('.sidebar-details');
	if (!details) return;
	const narrow = view.matchMedia('(max-width: 59.99rem)');
	const apply = () => {
		details.open = !narrow.matches;
	};
	apply();
	narrow.addEventListener('change', apply);
}
