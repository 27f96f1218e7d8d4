/** Static assessment data: `/assess-data/<lang>.json` (catalogue and island strings). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../domain/locales.ts';
import { assessFile } from '../../pack/assess-files.ts';

export const getStaticPaths: GetStaticPaths = () =>
	LOCALES.map((lang) => ({ params: { lang }, props: { locale: lang } }));

export const GET: APIRoute = async ({ props }) => {
	const { json } = await assessFile((props as { locale: Locale }).locale);
	return new Response(json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
