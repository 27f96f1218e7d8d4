/** Types of `linebreak` (UAX #14 line breaking, the one PDFKit uses), which ships none. */
declare module 'linebreak' {
	export default class LineBreaker {
		constructor(text: string);
		/** The next place a line may (or, after a hard break, must) start; null at the end. */
		nextBreak(): { position: number; required: boolean } | null;
	}
}
