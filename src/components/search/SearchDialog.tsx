/**
 * The search dialog, loaded only when a reader first opens search (button, Ctrl/Cmd+K or
 * "/"). A native modal <dialog>: focus moves to the searchbox, Escape closes it and focus
 * returns to what opened it.
 */
import { useEffect, useId, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { SearchPanel, type SearchConfig } from './SearchPanel.tsx';

let dialog: HTMLDialogElement | null = null;
let input: HTMLInputElement | null = null;
let opener: HTMLElement | null = null;

function SearchDialog(
	config: SearchConfig & { onReady: (d: HTMLDialogElement, i: HTMLInputElement) => void }
) {
	const dialogRef = useRef<HTMLDialogElement>(null);
	const inputRef = useRef<HTMLInputElement>(null);
	const titleId = useId();
	const { onReady, ...panel } = config;
	useEffect(() => {
		if (dialogRef.current && inputRef.current) onReady(dialogRef.current, inputRef.current);
	}, [onReady]);
	return (
		<dialog
			ref={dialogRef}
			className="search-dialog"
			aria-labelledby={titleId}
			onClose={() => opener?.focus()}
		>
			<div className="search-dialog-head">
				<h2 id={titleId}>{config.strings['search.title']}</h2>
				<button type="button" onClick={() => dialogRef.current?.close()}>
					{config.strings['search.close']}
				</button>
			</div>
			<SearchPanel {...panel} inputRef={inputRef} />
		</dialog>
	);
}

/** Opens the dialog, creating it on first use. */
export function openSearchDialog(config: SearchConfig, from: HTMLElement | null): void {
	opener = from;
	const show = () => {
		if (!dialog || !input) return;
		if (!dialog.open) dialog.showModal();
		input.focus();
		input.select();
	};
	if (dialog) {
		show();
		return;
	}
	const host = document.createElement('div');
	document.body.append(host);
	createRoot(host).render(
		<SearchDialog
			{...config}
			onReady={(d, i) => {
				dialog = d;
				input = i;
				show();
			}}
		/>
	);
}
