/**
 * `/manifest.webmanifest`: installs the site as an app (name, zh-CN, start_url and scope under the
 * base path, theme colours, SVG + PNG icons). Owns: the manifest's content; strings from offline.json.
 */
import type { APIRoute } from 'astro';
import dict from '../i18n/zh-CN/offline.json';
import { makeT } from '../i18n/translate';
import { withBase } from '../site/paths';

const t = makeT(dict);

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			name: t('offline.appName'),
			short_name: t('offline.appShortName'),
			description: t('offline.appDescription'),
			lang: 'zh-CN',
			dir: 'ltr',
			id: withBase('/'),
			start_url: withBase('/'),
			scope: withBase('/'),
			display: 'standalone',
			background_color: '#ffffff',
			theme_color: '#b4121b',
			icons: [
				{ src: withBase('/icons/icon.svg'), sizes: 'any', type: 'image/svg+xml' },
				{ src: withBase('/icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
				{ src: withBase('/icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
				{
					src: withBase('/icons/icon-512.png'),
					sizes: '512x512',
					type: 'image/png',
					purpose: 'maskable',
				},
			],
		}),
		{ headers: { 'content-type': 'application/manifest+json' } },
	);
