/** Static search files: `/search-index/<lang>.json` (index) and `<lang>-text.json` (snippets). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../domain/locales.ts';
import { searchFiles } from '../../pack/search-files.ts';

export const getStaticPaths: GetStaticPaths = () =>
	LOCALES.flatMap((locale) => [
		{ params: { file: locale }, props: { locale, part: 'index' } },
		{ params: { file: `${locale}-text` }, props: { locale, part: 'text' } },
	]);

export const GET: APIRoute = async ({ props }) => {
	const { locale, part } = props as { locale: Locale; part: 'index' | 'text' };
	const files = await searchFiles(locale);
	return new Response(part === 'index' ? files.index : files.text, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
