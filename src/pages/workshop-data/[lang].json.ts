/** Static workshop data: `/workshop-data/<lang>.json` (the texts a workshop prints). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../domain/locales.ts';
import { workshopFile } from '../../pack/workshop-files.ts';

export const getStaticPaths: GetStaticPaths = () =>
	LOCALES.map((lang) => ({ params: { lang }, props: { locale: lang } }));

export const GET: APIRoute = async ({ props }) => {
	const { json } = await workshopFile((props as { locale: Locale }).locale);
	return new Response(json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
