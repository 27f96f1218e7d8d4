/**
 * The header's way into search: a link to the search page (works without JavaScript) that,
 * with JavaScript, opens the search dialog instead, also on Ctrl/Cmd+K or "/". The dialog's
 * code and the index start loading on first intent (hover, focus) or first open, never on
 * page load.
 */
import type { SearchConfig } from '../components/search/SearchPanel.tsx';

/** Whether the reader is typing somewhere, where "/" must stay a character. */
export function isTyping(target: EventTarget | null): boolean {
	const el = target as HTMLElement | null;
	return (
		!!el && (el.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
	);
}

/** Whether a key press is one of the search shortcuts: Ctrl/Cmd+K, or "/" outside a field. */
export function isSearchShortcut(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>
): boolean {
	if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
	return (
		event.key === '/' &&
		!event.ctrlKey &&
		!event.metaKey &&
		!event.altKey &&
		!isTyping(event.target)
	);
}

/** Whether a click is a plain left click (others open the search page as a link would). */
export function isPlainClick(event: MouseEvent): boolean {
	return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** Wires the header's search link. */
export function wireSearchButton(doc: Document = document): void {
	const trigger = doc.querySelector<HTMLAnchorElement>('[data-search-open]');
	if (!trigger) return;
	const config = (): SearchConfig => JSON.parse(trigger.dataset['config'] ?? '{}') as SearchConfig;
	let started = false;

	/** Preloads the index files (the dialog's fetch reuses them) and the dialog code. */
	const warm = () => {
		if (started) return;
		started = true;
		const settings = config();
		for (const href of [settings.indexUrl, settings.textUrl]) {
			const link = doc.createElement('link');
			link.rel = 'preload';
			link.as = 'fetch';
			link.crossOrigin = 'anonymous';
			link.href = href;
			doc.head.append(link);
		}
		void import('../components/search/SearchDialog.tsx');
	};

	const open = async () => {
		warm();
		const { openSearchDialog } = await import('../components/search/SearchDialog.tsx');
		openSearchDialog(config(), doc.activeElement as HTMLElement | null);
	};

	trigger.addEventListener('pointerenter', warm, { once: true });
	trigger.addEventListener('focus', warm, { once: true });
	trigger.addEventListener('click', (event) => {
		if (!isPlainClick(event)) return;
		event.preventDefault();
		void open();
	});
	doc.addEventListener('keydown', (event) => {
		if (!isSearchShortcut(event) || doc.querySelector('dialog[open]')) return;
		event.preventDefault();
		void open();
	});
}
