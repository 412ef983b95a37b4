// @ts-check
/**
 * Site configuration. BASE_PATH (e.g. `/xuexi/`) deploys the site under a sub-path; SITE_URL sets the
 * absolute origin for the sitemap (defaults to a local placeholder: the site never links off-origin).
 */
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { contentChecks } from './src/integrations/content-checks';
import { sidebar } from './src/site/sidebar';
import { cspComplete } from './src/integrations/csp-complete';
import { FONT_SIZE_BOOT_SCRIPT } from './src/progress/font-size';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base,
	// Per-checkout cache (the default lives in node_modules/.astro, which checkouts may share).
	cacheDir: './.cache/astro',
	trailingSlash: 'ignore',
	build: { format: 'directory' },
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
			title: '组织力研学',
			description: '围绕孙肖远《全面提升城乡基层党组织的组织力》的学习、测验与教学平台',
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			markdown: { processedDirs: ['./content'] },
			pagefind: false,
			lastUpdated: false,
			// No code blocks in this product: skip Expressive Code (its CSS/JS and inline styles).
			expressiveCode: false,
			sidebar,
			customCss: ['./src/styles/site.css', './src/styles/progress.css'],
			// The saved font size (适老化) is applied before first paint; the build hashes this script.
			head: [{ tag: 'script', content: FONT_SIZE_BOOT_SCRIPT }],
			components: {
				ThemeProvider: './src/components/starlight/ThemeProvider.astro',
				// Guards storage access (blocked storage must not throw).
				ThemeSelect: './src/components/starlight/ThemeSelect.astro',
				// Adds the progress strip, storage notices and font-size control to every page.
				Banner: './src/components/starlight/Banner.astro',
			},
		}),
		preact(),
		// Adds hashes for Starlight's inline scripts and style attributes (src/site/csp-hashes.ts).
		cspComplete(),
	],
});
