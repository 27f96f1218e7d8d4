/**
 * The web app manifest of each language (`/<lang>/manifest.webmanifest`): installed from a
 * French page, the app opens at the French home page. One scope for the whole site, so the
 * installed app keeps every language's pages in its window.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { withBase } from '../../components/url.ts';
import { localeDir, LOCALES, type Locale } from '../../domain/locales.ts';
import { homePath } from '../../domain/paths.ts';
import { useTranslations } from '../../i18n/index.ts';

export const getStaticPaths: GetStaticPaths = () =>
	LOCALES.map((lang) => ({ params: { lang }, props: { locale: lang } }));

export const GET: APIRoute = ({ props }) => {
	const locale = (props as { locale: Locale }).locale;
	const { t } = useTranslations(locale);
	const icon = (file: string, size: number, purpose: string) => ({
		src: withBase(`/icons/${file}`),
		sizes: `${size}x${size}`,
		type: 'image/png',
		purpose,
	});
	const manifest = {
		id: withBase('/'),
		name: t('site.name'),
		short_name: t('site.name'),
		description: t('site.tagline'),
		lang: locale,
		dir: localeDir(locale),
		start_url: withBase(homePath(locale)),
		scope: withBase('/'),
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#0b5cad',
		icons: [
			icon('icon-192.png', 192, 'any'),
			icon('icon-512.png', 512, 'any'),
			icon('maskable-512.png', 512, 'maskable'),
			{ src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
		],
	};
	return new Response(JSON.stringify(manifest, null, '\t'), {
		headers: { 'content-type': 'application/manifest+json; charset=utf-8' },
	});
};
