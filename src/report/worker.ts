/**
 * The PDF report, made in a Web Worker so that the page stays responsive: it receives the
 * assessment, the catalogue and the strings, reports progress, and sends back the bytes. The
 * page cancels by terminating the worker.
 */
import { loadFontFromUrl } from './fonts-url.ts';
import { generateReport, type Phase, type ReportInput } from './generate.ts';

export type WorkerRequest = { input: ReportInput };

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
	generateReport(event.data.input, {
		loadFont: loadFontFromUrl,
		onProgress: (phase, done, total) => post({ type: 'progress', phase, done, total }),
	}).then(
		(bytes) => post({ type: 'done', bytes }, [bytes.buffer as ArrayBuffer]),
		(error: unknown) =>
			post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
	);
});

post({ type: 'ready' });
