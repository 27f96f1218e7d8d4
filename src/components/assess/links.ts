/** Turning user text into links, safely: only web and mail addresses become links. */

/** The href for an evidence reference, or null when it must stay text. */
export function safeHref(reference: string): string | null {
	const value = reference.trim();
	if (!/^(https?:|mailto:)/i.test(value)) return null;
	try {
		const url = new URL(value);
		return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
	} catch {
		return null;
	}
}

/** Offers a text as a file download (no server: a Blob URL). */
export function download(fileName: string, content: string | Uint8Array, type: string): void {
	const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
