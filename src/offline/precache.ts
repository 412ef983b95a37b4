/**
 * The service worker's configuration: which built files are precached and how URLs map to them.
 * Owns: the workbox-build `generateSW` options for a built site under a base path (pure, unit-tested).
 * Must not: touch the file system or run workbox (src/integrations/service-worker.ts does).
 */

/** File types precached: every page, stylesheet, script, data file (search index, questions), icon and the manifest. */
export const PRECACHE_PATTERNS = ['**/*.{html,css,js,mjs,json,svg,webmanifest,png}'];

/** The service worker's file name, at the root of the base path (so its scope is the whole site). */
export const SW_FILE = 'sw.js';

/** Largest single file precached (the question bank and search index grow with content). */
export const MAX_PRECACHE_BYTES = 8 * 1024 * 1024;

/** `'/xuexi'` or `'/xuexi/'` → `'/xuexi/'`; `''` → `'/'`. */
export function normaliseBase(base: string): string {
	const withLead = base.startsWith('/') ? base : `/${base}`;
	return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

export interface SwOptions {
	globDirectory: string;
	swDest: string;
	globPatterns: string[];
	globIgnores: string[];
	modifyURLPrefix: Record<string, string>;
	directoryIndex: string;
	navigateFallback: string;
	navigateFallbackDenylist: RegExp[];
	maximumFileSizeToCacheInBytes: number;
	dontCacheBustURLsMatching: RegExp;
	inlineWorkboxRuntime: boolean;
	skipWaiting: boolean;
	clientsClaim: boolean;
	cleanupOutdatedCaches: boolean;
	sourcemap: boolean;
	mode: string;
	cacheId: string;
}

/**
 * generateSW options for the site built in `outDir` and served under `base`.
 * - URLs in the manifest are prefixed with the base (`index.html` → `/xuexi/index.html`).
 * - `directoryIndex` lets `/xuexi/source/` find `source/index.html`; workbox-precaching's default
 *   `cleanURLs: true` (not a generateSW option in workbox-build 7) lets `/xuexi/source` find it too.
 * - Offline navigations to an unknown page get the site's own 404 page (precached).
 * - A new worker waits (no skipWaiting) until the reader accepts the update prompt, which posts
 *   `{ type: 'SKIP_WAITING' }` (generateSW adds that listener); the first worker claims open pages
 *   so the very first visit is already offline-capable.
 */
export function swOptions(outDir: string, base: string): SwOptions {
	const prefix = normaliseBase(base);
	return {
		globDirectory: outDir,
		swDest: `${outDir.replace(/\/+$/u, '')}/${SW_FILE}`,
		globPatterns: PRECACHE_PATTERNS,
		globIgnores: [SW_FILE, 'workbox-*.js', '**/node_modules/**'],
		modifyURLPrefix: { '': prefix },
		directoryIndex: 'index.html',
		navigateFallback: `${prefix}404.html`,
		// Files that are not pages (sitemaps, robots.txt) must not be answered with the 404 page.
		navigateFallbackDenylist: [/\.(?:xml|txt|json|webmanifest|png|svg)$/u],
		maximumFileSizeToCacheInBytes: MAX_PRECACHE_BYTES,
		// Astro's bundles carry a content hash in their names: no cache-busting query needed.
		dontCacheBustURLsMatching: /\/_astro\//u,
		inlineWorkboxRuntime: true,
		skipWaiting: false,
		clientsClaim: true,
		cleanupOutdatedCaches: true,
		sourcemap: false,
		mode: 'production',
		cacheId: 'zuzhili',
	};
}
