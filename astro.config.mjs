// @ts-check
/**
 * Site configuration. BASE_PATH (e.g. `/xuexi/`) deploys the site under a sub-path; SITE_URL (e.g.
 * `https://dangxiao.example.cn`) is where it is deployed: canonical links, og:url and the sitemap use
 * it, and without it the build has none of them (src/site/site-url.ts).
 */
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { contentChecks } from './src/integrations/content-checks';
import { SITE_TITLE, sidebar } from './src/site/sidebar';
import { cspComplete } from './src/integrations/csp-complete';
import { FONT_SIZE_BOOT_SCRIPT } from './src/progress/font-size';
import { serviceWorker } from './src/integrations/service-worker';
import { validHtml } from './src/integrations/valid-html';
import { lunrCore } from './src/integrations/lunr-core';
import { siteUrl } from './src/site/site-url';

const base = process.env.BASE_PATH ?? '/';
const site = siteUrl(process.env.SITE_URL);

export default defineConfig({
	// Without SITE_URL: no `site` at all (no canonical, og:url or sitemap).
	...(site ? { site } : {}),
	base,
	// Per-checkout cache (the default lives in node_modules/.astro, which checkouts may share).
	cacheDir: './.cache/astro',
	trailingSlash: 'ignore',
	build: { format: 'directory' },
	vite: {
		// `virtual:lunr-core`: lunr without the builder, stemmer and parser the browser never runs.
		plugins: [lunrCore()],
		build: {
			// The service-worker registration (src/components/starlight/Head.astro) stays a bundled,
			// cacheable file instead of being inlined into every page; other assets keep the default.
			assetsInlineLimit: (file) =>
				/Head\.astro_astro_type_script/u.test(file) ? false : undefined,
		},
	},
	security: {
		// A CSP <meta> on every page: Astro hashes every bundled and inline script and style; nothing
		// may load from another origin (no fonts, CDNs or trackers), and no inline code without a hash.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	integrations: [
		contentChecks(),
		starlight({
			title: SITE_TITLE,
			description: '围绕孙肖远《全面提升城乡基层党组织的组织力》的学习、测验与教学平台',
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			markdown: { processedDirs: ['./content'] },
			// Our search replaces Pagefind; bench/search.bench.mjs indexes the built pages with Pagefind's
			// Node API to compare the two.
			pagefind: false,
			// Our own 404 (src/pages/404.astro) leads home and to search.
			disable404Route: true,
			routeMiddleware: './src/site/route-data.ts',
			lastUpdated: false,
			// No code blocks in this product: skip Expressive Code (its CSS/JS and inline styles).
			expressiveCode: false,
			sidebar,
			customCss: [
				'./src/styles/site.css',
				'./src/styles/progress.css',
				'./src/styles/a11y.css',
				'./src/styles/offline.css',
				'./src/styles/print.css',
			],
			// The saved font size (适老化) is applied before first paint; the build hashes this script.
			head: [{ tag: 'script', content: FONT_SIZE_BOOT_SCRIPT }],
			components: {
				ThemeProvider: './src/components/starlight/ThemeProvider.astro',
				// Guards storage access (blocked storage must not throw).
				ThemeSelect: './src/components/starlight/ThemeSelect.astro',
				// Adds the progress strip, storage notices and font-size control to every page.
				Banner: './src/components/starlight/Banner.astro',
				Head: './src/components/starlight/Head.astro',
				Sidebar: './src/components/starlight/Sidebar.astro',
				Search: './src/components/search/Search.astro',
			},
		}),
		preact(),
		// Moves Astro's island <style> out of <body> (invalid HTML); before anything reads the final HTML.
		validHtml(),
		// Adds hashes for Starlight's inline scripts and style attributes (src/site/csp-hashes.ts).
		cspComplete(),
		// MUST stay after cspComplete(): build:done hooks run in this order, and the service worker's
		// precache manifest fingerprints the HTML that cspComplete rewrites (stale revisions otherwise).
		serviceWorker(),
	],
});
