/**
 * Text as it may arrive in an assessment file (any script, pasted from anywhere), made safe to
 * lay out: NFC, lone surrogates shown as U+FFFD, control characters other than line breaks and
 * tabs removed, the Unicode line and paragraph separators turned into line breaks. Nothing
 * that a reader could see is dropped silently.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 and C1 controls except tab and line feed; also DEL.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function cleanText(text: string): string {
	return text
		.replace(LONE_SURROGATE, '\uFFFD')
		.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
		.replace(CONTROLS, '')
		.replace(/\t/g, '    ')
		.normalize('NFC');
}
