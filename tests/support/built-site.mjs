/**
 * Reading a built site (dist/ or .e2e/xuexi) as a browser would see it, without a browser: its pages
 * (from the sitemap, plus 404), each page's type, the assets its HTML loads on first load, and sizes.
 * Shared by tests/support/budgets.mjs (npm test) and bench/site-cost.bench.mjs (npm run bench).
 * Owns: URL ↔ file mapping under a base path and the static first-load asset walk.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Page types reported by the bench and checked by the budgets, in report order. */
export const PAGE_TYPES = [
	{ type: 'home', label: '首页', match: (p) => p === '' },
	{ type: 'source', label: '原文', match: (p) => p === 'source/' },
	{ type: 'lesson', label: '课程（一课）', match: (p) => /^lessons\/.+/u.test(p) },
	{ type: 'exam', label: '综合测试', match: (p) => p === 'exam/' },
	{ type: 'me', label: '我的学习', match: (p) => p === 'me/' },
	{ type: 'instructor', label: '教员专区', match: (p) => /^instructor\//u.test(p) },
];

export function pageType(path) {
	return PAGE_TYPES.find((t) => t.match(path))?.type ?? 'other';
}

export function normaliseBase(base) {
	const lead = base.startsWith('/') ? base : `/${base}`;
	return lead.endsWith('/') ? lead : `${lead}/`;
}

/** Every .html file under dir, as paths relative to dir. */
export function htmlFiles(dir, sub = '') {
	return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) => {
		const rel = sub ? `${sub}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return htmlFiles(dir, rel);
		return entry.name.endsWith('.html') ? [rel] : [];
	});
}

/** Sitemap paths relative to the base (`''`, `'source/'`, …). */
export function sitemapPaths(dir, base) {
	const prefix = normaliseBase(base);
	const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => {
		const path = new URL(m[1]).pathname;
		return path.startsWith(prefix) ? path.slice(prefix.length) : path.replace(/^\//u, '');
	});
}

/** The file a site URL path (absolute, e.g. `/xuexi/source/`) is served from, or undefined. */
export function fileForUrl(dir, base, urlPath) {
	const prefix = normaliseBase(base);
	let path = decodeURIComponent(urlPath.split(/[?#]/u)[0] ?? '');
	if (`${path}/` === prefix) path = prefix;
	if (!path.startsWith(prefix)) return undefined;
	const rel = path.slice(prefix.length);
	const candidates = [rel, join(rel, 'index.html'), `${rel.replace(/\/$/u, '')}.html`];
	for (const candidate of candidates) {
		const file = join(dir, candidate);
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

export function decodeEntities(value) {
	return value
		.replace(/&quot;/gu, '"')
		.replace(/&#39;/gu, "'")
		.replace(/&lt;/gu, '<')
		.replace(/&gt;/gu, '>')
		.replace(/&amp;/gu, '&');
}

/** Attribute values of every tag matching `tagRe`, as [{ tag, attrs }]. */
export function tags(html, name) {
	const out = [];
	for (const m of html.matchAll(new RegExp(`<${name}(\\s[^>]*)?>`, 'giu'))) {
		const attrs = {};
		for (const a of (m[1] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)"|='([^']*)')?/gu))
			attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? '');
		out.push(attrs);
	}
	return out;
}

function resolveUrl(from, ref) {
	return new URL(ref, `http://site${from}`).pathname;
}

/** Static imports of a built JS module (`import"./x.js"`, `from"./x.js"`), as absolute URL paths. */
function staticImports(code, fromUrl) {
	const refs = new Set();
	for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/gu))
		refs.add(resolveUrl(fromUrl, m[1]));
	return [...refs];
}

/**
 * The HTML, CSS and JS a first load of `pagePath` fetches, found statically: the page, its
 * stylesheets (print ones too: browsers download them), module scripts and modulepreloads with their
 * static imports, and every island's component and renderer. Islands hydrated `client:visible`
 * (e.g. a lesson's quiz at the end of the page) load only when scrolled to: they are left out unless
 * `allIslands` is set, which gives the upper bound as if every island hydrated.
 * Excludes the service worker, the manifest, icons and data (search index, questions).
 */
export function firstLoadAssets(dir, base, pagePath, { allIslands = false } = {}) {
	const prefix = normaliseBase(base);
	const pageUrl = `${prefix}${pagePath}`;
	const pageFile = fileForUrl(dir, base, pageUrl);
	if (!pageFile) throw new Error(`no built file for ${pageUrl}`);
	const html = readFileSync(pageFile, 'utf8');
	const css = new Set();
	const jsQueue = [];
	for (const link of tags(html, 'link')) {
		const rel = (link.rel ?? '').toLowerCase();
		if (rel === 'stylesheet' && link.href) css.add(resolveUrl(pageUrl, link.href));
		if (rel === 'modulepreload' && link.href) jsQueue.push(resolveUrl(pageUrl, link.href));
	}
	for (const script of tags(html, 'script'))
		if (script.src) jsQueue.push(resolveUrl(pageUrl, script.src));
	for (const island of tags(html, 'astro-island')) {
		if (!allIslands && island.client === 'visible') continue;
		for (const key of ['component-url', 'renderer-url', 'before-hydration-url'])
			if (island[key]) jsQueue.push(resolveUrl(pageUrl, island[key]));
	}
	// Inline module scripts may import bundles too.
	for (const m of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/gu))
		jsQueue.push(...staticImports(m[1] ?? '', pageUrl));
	const js = new Set();
	while (jsQueue.length > 0) {
		const url = jsQueue.shift();
		if (js.has(url) || /\/sw\.js$/u.test(url)) continue;
		const file = fileForUrl(dir, base, url);
		if (!file) continue;
		js.add(url);
		jsQueue.push(...staticImports(readFileSync(file, 'utf8'), url));
	}
	return { pageFile, html: [pageUrl], css: [...css], js: [...js] };
}

const gzCache = new Map();
/** Raw and gzip (level 6, a typical server setting) bytes of a built file. */
export function fileBytes(file) {
	if (!gzCache.has(file)) {
		const content = readFileSync(file);
		gzCache.set(file, { raw: content.length, gzip: gzipSync(content, { level: 6 }).length });
	}
	return gzCache.get(file);
}

/**
 * { html, css, js, total } each { raw, gzip } for one page's static first load
 * (`{ allIslands: true }`: the upper bound with every island hydrated).
 */
export function pageWeight(dir, base, pagePath, options = {}) {
	const assets = firstLoadAssets(dir, base, pagePath, options);
	const sum = (urls) =>
		urls.reduce(
			(acc, url) => {
				const file = fileForUrl(dir, base, url);
				if (!file) return acc;
				const b = fileBytes(file);
				return { raw: acc.raw + b.raw, gzip: acc.gzip + b.gzip };
			},
			{ raw: 0, gzip: 0 },
		);
	const html = sum(assets.html);
	const css = sum(assets.css);
	const js = sum(assets.js);
	return {
		html,
		css,
		js,
		total: { raw: html.raw + css.raw + js.raw, gzip: html.gzip + css.gzip + js.gzip },
		files: { css: assets.css, js: assets.js },
	};
}

export function relativeTo(dir, file) {
	return relative(dir, file) || dirname(file);
}
