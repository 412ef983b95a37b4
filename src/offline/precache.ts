/**
 * The service worker's configuration: what a first visit downloads for offline use, what waits until
 * it is visited or the learner asks for everything, and how URLs map to files.
 * - The course core is precached after the first page has loaded: every lesson, 原文, 术语, the quiz
 *   pages a self-checker uses (每日一练, 综合测试, the practice list), 我的学习, 错题本, 我的作业, the quiz
 *   data, the search index, and every script and stylesheet.
 * - The rest (practice sets, case studies, instructor pages, 组卷 papers) is cached when visited, or
 *   all at once from 我的学习's 「离线下载全部内容」 (src/offline/download-all.ts reads the list the
 *   build writes to EXTRA_FILE).
 * Owns: the workbox-build `generateSW` options and the core/extra split (pure, unit-tested).
 * Must not: touch the file system or run workbox (src/integrations/service-worker.ts does).
 */
import { KEEP_SCRIPT, PREVIOUS_CACHE } from './generations';

/** Every file that makes the site work offline: pages, styles, scripts, data, icons, the manifest. */
export const OFFLINE_PATTERNS = ['**/*.{html,css,js,mjs,json,svg,webmanifest,png}'];

/** The course core: precached on the first visit. */
export const CORE_PATTERNS = [
	'index.html',
	'404.html',
	'source/index.html',
	'lessons/**/index.html',
	'glossary/index.html',
	'daily/index.html',
	'exam/index.html',
	'practice/index.html',
	'cases/index.html',
	'me/index.html',
	'mistakes/index.html',
	'assignment/index.html',
	'data/*.json',
	'search/*.json',
	'_astro/**/*.{js,mjs,css}',
	'manifest.webmanifest',
	'favicon.svg',
	'icons/*.{png,svg}',
];

/** The service worker's file name, at the root of the base path (so its scope is the whole site). */
export const SW_FILE = 'sw.js';

/** The list of files outside the core (URL and bytes), written by the build next to sw.js. */
export const EXTRA_FILE = 'offline-extra.json';

/** Built files that are neither precached nor offered for download. */
export const NEVER_CACHED = [
	SW_FILE,
	KEEP_SCRIPT,
	'workbox-*.js',
	'**/node_modules/**',
	EXTRA_FILE,
];

/** Runtime caches: pages visited or downloaded later, and same-origin assets fetched at run time. */
export const PAGES_CACHE = 'zuzhili-pages';
export const ASSETS_CACHE = 'zuzhili-assets';

/** Largest single file precached (the question bank and search index grow with content). */
export const MAX_PRECACHE_BYTES = 8 * 1024 * 1024;

/** `'/xuexi'` or `'/xuexi/'` → `'/xuexi/'`; `''` → `'/'`. */
export function normaliseBase(base: string): string {
	const withLead = base.startsWith('/') ? base : `/${base}`;
	return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/** A runtime route as generateSW takes it (the callback is serialised into sw.js). */
export interface RuntimeRoute {
	urlPattern: (context: { request: Request; url: URL }) => boolean;
	handler: 'NetworkFirst' | 'StaleWhileRevalidate' | 'CacheFirst';
	options: {
		cacheName: string;
		precacheFallback?: { fallbackURL: string };
		expiration?: { maxEntries: number };
		matchOptions?: { ignoreSearch: boolean };
	};
}

export interface SwOptions {
	globDirectory: string;
	swDest: string;
	globPatterns: string[];
	globIgnores: string[];
	importScripts: string[];
	modifyURLPrefix: Record<string, string>;
	directoryIndex: string;
	runtimeCaching: RuntimeRoute[];
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
 * - Other pages: network first, kept in PAGES_CACHE once visited (or downloaded); offline and not
 *   kept, the site's own 404 page (precached) answers — it says how to download everything.
 *   (No `navigateFallback`: it would answer every page outside the core with 404.html, even online.)
 * - Hashed scripts and styles (`/_astro/`) that are not in this build's precache — an old tab's
 *   chunks after an update: from PREVIOUS_CACHE, where the install step (./generations.ts, imported
 *   as KEEP_SCRIPT) copied the previous build's; a miss goes to the network (and is kept there).
 * - Other same-origin files (a later data file): served from ASSETS_CACHE while revalidated.
 * - A new worker waits (no skipWaiting) until the reader accepts the update prompt, which posts
 *   `{ type: 'SKIP_WAITING' }` (generateSW adds that listener); the first worker claims open pages
 *   so the very first visit is already offline-capable.
 */
export function swOptions(outDir: string, base: string): SwOptions {
	const prefix = normaliseBase(base);
	return {
		globDirectory: outDir,
		swDest: `${outDir.replace(/\/+$/u, '')}/${SW_FILE}`,
		globPatterns: CORE_PATTERNS,
		globIgnores: NEVER_CACHED,
		importScripts: [KEEP_SCRIPT],
		modifyURLPrefix: { '': prefix },
		directoryIndex: 'index.html',
		runtimeCaching: [
			{
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkFirst',
				options: { cacheName: PAGES_CACHE, precacheFallback: { fallbackURL: `${prefix}404.html` } },
			},
			{
				urlPattern: ({ request, url }) =>
					request.method === 'GET' &&
					url.origin === self.location.origin &&
					url.pathname.includes('/_astro/'),
				handler: 'CacheFirst',
				// Astro retries a failed island import with `?astro-retry=…`: same hashed file.
				options: { cacheName: PREVIOUS_CACHE, matchOptions: { ignoreSearch: true } },
			},
			{
				urlPattern: ({ request, url }) =>
					request.method === 'GET' && url.origin === self.location.origin,
				handler: 'StaleWhileRevalidate',
				options: { cacheName: ASSETS_CACHE, expiration: { maxEntries: 400 } },
			},
		],
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

/** One file outside the core, as the download list names it. */
export interface ExtraFile {
	/** Absolute path under the base; pages by their directory URL (`/xuexi/cases/x/`). */
	url: string;
	bytes: number;
}

/** `cases/x/index.html` → `/xuexi/cases/x/`; other files keep their name. */
export function fileUrl(file: string, base: string): string {
	const prefix = normaliseBase(base);
	if (file === 'index.html') return prefix;
	return prefix + file.replace(/(^|\/)index\.html$/u, '$1');
}
