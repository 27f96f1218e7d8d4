/**
 * "Copy link" buttons beside section headings: copy the page URL with the heading's fragment,
 * and say so in one live region per page. Where the clipboard is refused, the URL bar gets the
 * fragment instead and the message says to copy it from there.
 */

/** The URL a button copies: the page's own, with its heading's fragment. */
export function headingUrl(page: string, id: string): string {
	const url = new URL(page);
	url.hash = id;
	return url.href;
}

/** Shows every copy button of the page and wires it. */
export function wireCopyLinks(doc: Document = document): void {
	const buttons = doc.querySelectorAll<HTMLButtonElement>('[data-copy-link]');
	if (buttons.length === 0) return;
	const status = doc.createElement('p');
	status.className = 'sr-only';
	status.setAttribute('role', 'status');
	doc.body.append(status);
	for (const button of buttons) {
		button.hidden = false;
		button.addEventListener('click', () => {
			const href = headingUrl(doc.location.href, button.dataset['copyLink'] ?? '');
			navigator.clipboard.writeText(href).then(
				() => (status.textContent = button.dataset['copied'] ?? ''),
				() => {
					history.replaceState(null, '', href);
					status.textContent = button.dataset['failed'] ?? '';
				}
			);
		});
	}
}
