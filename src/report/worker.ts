/**
 * The PDFs (the assessment report, the workshop handout and guide), made in a Web Worker so
 * that the page stays responsive: it receives what the document needs (the assessment or the
 * workshop pack, the catalogue, the strings), reports progress, and sends back the bytes. The
 * page cancels by terminating the worker.
 */
import { loadFontFromUrl } from './fonts-url.ts';
import {
	generateReport,
	generateWorkshopPdf,
	type Phase,
	type ReportInput,
	type WorkshopPdfInput,
} from './generate.ts';

export type WorkerRequest =
	{ kind: 'assessment'; input: ReportInput } | { kind: 'workshop'; input: WorkshopPdfInput };

export type WorkerMessage =
	/** The worker's modules are loaded and it listens (a message sent before would be lost). */
	| { type: 'ready' }
	| { type: 'progress'; phase: Phase; done: number; total: number }
	| { type: 'done'; bytes: Uint8Array }
	| { type: 'error'; message: string };

const post = (message: WorkerMessage, transfer: Transferable[] = []) =>
	(self as unknown as { postMessage: (m: WorkerMessage, t: Transferable[]) => void }).postMessage(
		message,
		transfer
	);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	const deps = {
		loadFont: loadFontFromUrl,
		onProgress: (phase: Phase, done: number, total: number) =>
			post({ type: 'progress', phase, done, total }),
	};
	(request.kind === 'workshop'
		? generateWorkshopPdf(request.input, deps)
		: generateReport(request.input, deps)
	).then(
		(bytes) => post({ type: 'done', bytes }, [bytes.buffer as ArrayBuffer]),
		(error: unknown) =>
			post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
	);
});

post({ type: 'ready' });
