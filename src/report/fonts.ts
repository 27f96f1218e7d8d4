/**
 * The fonts of the PDF report: Noto families from npm (OFL-1.1, TTF only: pdf viewers reject
 * embedded WOFF), in fallback order. A face is loaded only when the text needs it: its Unicode
 * ranges say which characters it may cover; its own character map then decides.
 */

export type FaceId =
	'sans' | 'georgian' | 'armenian' | 'arabic' | 'hebrew' | 'korean' | 'cjk' | 'symbols' | 'emoji';
export type Weight = 'regular' | 'bold';

export interface Face {
	id: FaceId;
	/** Paths inside node_modules, per weight (a missing weight falls back to regular). */
	files: { regular: string; bold?: string };
	/** Code point ranges this face is tried for; `any` for the first face. */
	ranges: readonly (readonly [number, number])[] | 'any';
}

const expo = (family: string, file: string) => `@expo-google-fonts/${family}/${file}`;

/** In fallback order: the first face that has a character draws it. */
export const FACES: readonly Face[] = [
	{
		id: 'sans',
		files: {
			regular: expo('noto-sans', '400Regular/NotoSans_400Regular.ttf'),
			bold: expo('noto-sans', '700Bold/NotoSans_700Bold.ttf'),
		},
		ranges: 'any',
	},
	{
		id: 'georgian',
		files: {
			regular: expo('noto-sans-georgian', '400Regular/NotoSansGeorgian_400Regular.ttf'),
			bold: expo('noto-sans-georgian', '700Bold/NotoSansGeorgian_700Bold.ttf'),
		},
		ranges: [
			[0x10a0, 0x10ff],
			[0x1c90, 0x1cbf],
			[0x2d00, 0x2d2f],
		],
	},
	{
		id: 'armenian',
		files: { regular: expo('noto-sans-armenian', '400Regular/NotoSansArmenian_400Regular.ttf') },
		ranges: [
			[0x0530, 0x058f],
			[0xfb13, 0xfb17],
		],
	},
	{
		id: 'arabic',
		files: {
			regular: expo('noto-sans-arabic', '400Regular/NotoSansArabic_400Regular.ttf'),
			bold: expo('noto-sans-arabic', '700Bold/NotoSansArabic_700Bold.ttf'),
		},
		ranges: [
			[0x0600, 0x06ff],
			[0x0750, 0x077f],
			[0x0870, 0x08ff],
			[0xfb50, 0xfdff],
			[0xfe70, 0xfeff],
		],
	},
	{
		id: 'hebrew',
		files: { regular: expo('noto-sans-hebrew', '400Regular/NotoSansHebrew_400Regular.ttf') },
		ranges: [
			[0x0590, 0x05ff],
			[0xfb1d, 0xfb4f],
		],
	},
	{
		id: 'korean',
		files: { regular: expo('noto-sans-kr', '400Regular/NotoSansKR_400Regular.ttf') },
		ranges: [
			[0x1100, 0x11ff],
			[0x3130, 0x318f],
			[0xa960, 0xa97f],
			[0xac00, 0xd7ff],
		],
	},
	{
		id: 'cjk',
		files: { regular: expo('noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf') },
		ranges: [
			[0x2e80, 0x2fdf],
			[0x3000, 0x30ff],
			[0x3100, 0x31ff],
			[0x3400, 0x4dbf],
			[0x4e00, 0x9fff],
			[0xf900, 0xfaff],
			[0xfe30, 0xfe4f],
			[0xff00, 0xffef],
			[0x20000, 0x3134f],
		],
	},
	{
		id: 'symbols',
		files: { regular: expo('noto-sans-symbols', '400Regular/NotoSansSymbols_400Regular.ttf') },
		ranges: [
			[0x2000, 0x2bff],
			[0x1f100, 0x1f2ff],
		],
	},
	{
		id: 'emoji',
		files: { regular: expo('noto-emoji', '400Regular/NotoEmoji_400Regular.ttf') },
		ranges: [
			[0x00a9, 0x00ae],
			[0x203c, 0x3299],
			[0x1f000, 0x1faff],
			[0xe0020, 0xe007f],
			[0xfe0f, 0xfe0f],
			[0x200d, 0x200d],
			[0x20e3, 0x20e3],
		],
	},
];

/** Reads a face's file (from node_modules in Node, from the site's assets in a browser). */
export type FontLoader = (file: string) => Promise<Uint8Array>;

/** Whether a face may have a code point (its ranges; its character map decides). */
export function mayCover(face: Face, cp: number): boolean {
	return face.ranges === 'any' || face.ranges.some(([a, b]) => cp >= a && cp <= b);
}
