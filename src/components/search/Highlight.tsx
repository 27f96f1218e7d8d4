import type { Highlighted } from '../../search/query.ts';

/** Text with the matched words in <mark>; always rendered as text, never as HTML. */
export function Highlight({ value }: { value: Highlighted }) {
	const parts: (string | { mark: string })[] = [];
	let at = 0;
	for (const [start, end] of value.ranges) {
		if (start > at) parts.push(value.text.slice(at, start));
		parts.push({ mark: value.text.slice(start, end) });
		at = end;
	}
	if (at < value.text.length) parts.push(value.text.slice(at));
	return (
		<>
			{parts.map((part, i) => (typeof part === 'string' ? part : <mark key={i}>{part.mark}</mark>))}
		</>
	);
}
