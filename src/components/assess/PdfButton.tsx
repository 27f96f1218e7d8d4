/**
 * A button that makes a PDF in a Web Worker (the page stays usable), with its progress shown
 * and announced, and a Cancel button that stops it. The worker's code, the PDF library and
 * the fonts load only when a PDF is asked for. What to make comes from `request`, called on
 * the click (it may read stored data first; `null` does nothing).
 */
import { useEffect, useRef, useState } from 'react';
import { exportFileName } from '../../domain/assessment/exchange.ts';
import type { Text } from '../../i18n/text.ts';
import type { WorkerMessage, WorkerRequest } from '../../report/worker.ts';
import { download } from './links.ts';

type State =
	| { kind: 'idle' }
	| { kind: 'working'; share: number }
	| { kind: 'done'; file: string }
	| { kind: 'cancelled' }
	| { kind: 'failed'; reason: string };

export interface PdfButtonProps {
	text: Text;
	label: string;
	/** What the file is named after (with the date), or a function of the request made. */
	fileTitle: string | ((request: WorkerRequest) => string);
	request: () => Promise<WorkerRequest | null>;
}

export function PdfButton({ text, label, fileTitle, request }: PdfButtonProps) {
	const [state, setState] = useState<State>({ kind: 'idle' });
	const worker = useRef<Worker | null>(null);
	useEffect(() => () => worker.current?.terminate(), []);
	// The button pressed gives way to another (Download ↔ Cancel): focus follows it, so that
	// a keyboard user is never sent back to the top of the page.
	const root = useRef<HTMLSpanElement>(null);
	const hadFocus = useRef(false);
	const working = state.kind === 'working';
	useEffect(() => {
		if (!hadFocus.current) return;
		hadFocus.current = false;
		root.current?.querySelector('button')?.focus();
	}, [working]);
	const keepFocus = () => {
		const active = document.activeElement;
		hadFocus.current = !!active && (active === document.body || !!root.current?.contains(active));
	};

	const start = async () => {
		const message = await request();
		if (!message) return;
		worker.current?.terminate();
		const w = new Worker(new URL('../../report/worker.ts', import.meta.url), { type: 'module' });
		worker.current = w;
		keepFocus();
		setState({ kind: 'working', share: 0 });
		w.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
			const m = event.data;
			if (m.type === 'ready') {
				w.postMessage(message);
			} else if (m.type === 'progress') {
				// Fonts and layout are the first fifth; drawing the pages the rest.
				const share =
					m.phase === 'draw'
						? 0.2 + 0.8 * (m.done / Math.max(1, m.total))
						: m.phase === 'layout'
							? 0.15
							: 0.05;
				setState({ kind: 'working', share });
			} else if (m.type === 'done') {
				const title = typeof fileTitle === 'function' ? fileTitle(message) : fileTitle;
				const file = exportFileName(title, message.input.date, 'pdf');
				download(file, m.bytes, 'application/pdf');
				keepFocus();
				setState({ kind: 'done', file });
				w.terminate();
			} else {
				keepFocus();
				setState({ kind: 'failed', reason: m.message });
				w.terminate();
			}
		});
		w.addEventListener('error', (event) => {
			keepFocus();
			setState({ kind: 'failed', reason: event.message || 'worker error' });
			w.terminate();
		});
	};

	const cancel = () => {
		worker.current?.terminate();
		worker.current = null;
		keepFocus();
		setState({ kind: 'cancelled' });
	};

	return (
		<span className="report-button" ref={root}>
			{state.kind === 'working' ? (
				<>
					<progress max={1} value={state.share} aria-label={label} />
					<button type="button" className="secondary" onClick={cancel}>
						{text.t('report.cancel')}
					</button>
				</>
			) : (
				<button type="button" className="secondary" onClick={() => void start()}>
					{label}
				</button>
			)}
			<span role="status" className="report-status">
				{state.kind === 'working' &&
					text.t('report.making', { percent: text.percent(state.share) })}
				{state.kind === 'done' && text.t('report.done', { file: state.file })}
				{state.kind === 'cancelled' && text.t('report.cancelled')}
				{state.kind === 'failed' && text.t('report.failed', { reason: state.reason })}
			</span>
		</span>
	);
}
