/**
 * Bench helpers shared by the site-cost and Lighthouse modules: building the site (timed, cached per
 * process so modules share one 1× build), a 10× synthetic copy of the project, picking one page per
 * page type, and measuring a page's first load in headless Chromium.
 * Owns: bench-only machinery. Must not: be imported by the site or the tests.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_TYPES, fileForUrl, pageType, sitemapPaths } from '../../tests/support/built-site.mjs';
import { CHROMIUM_ARGS } from '../../tests/support/browser.mjs';

export const BENCH_BASE = '/';

/** Build `root` into `outDir`; returns wall-clock seconds. Throws with the build's output on failure. */
export function buildSite(root, outDir) {
	const start = process.hrtime.bigint();
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/.bin/astro'), 'build', '--outDir', outDir],
		{
			cwd: root,
			encoding: 'utf8',
			// SITE_URL: the page lists come from the sitemap, which needs one (only paths are read).
			env: {
				SITE_URL: 'http://127.0.0.1',
				...process.env,
				BASE_PATH: BENCH_BASE,
				ASTRO_TELEMETRY_DISABLED: '1',
			},
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	if (result.status !== 0)
		throw new Error(
			`build failed in ${root}:\n${(result.stdout + result.stderr).split('\n').slice(-30).join('\n')}`,
		);
	return seconds;
}

let shared;
/** The 1× build in bench/out/site, built once per `npm run bench`. */
export function sharedBuild(root, log) {
	if (!shared) {
		const dir = join(root, 'bench/out/site');
		rmSync(dir, { recursive: true, force: true });
		log('building the site (1×)…');
		shared = { dir, seconds: buildSite(root, dir) };
	}
	return shared;
}

/** One representative page per type (first in sitemap order; `instructor/` itself if present). */
export function pickPages(dir) {
	const paths = sitemapPaths(dir, BENCH_BASE);
	return PAGE_TYPES.map((t) => {
		const all = paths.filter((p) => pageType(p) === t.type);
		const path = all.includes('instructor/') ? 'instructor/' : all[0];
		return { type: t.type, label: t.label, path, count: all.length };
	});
}

const SKIP_COPY = new Set([
	'.cache',
	'node_modules',
	'dist',
	'.e2e',
	'.git',
	'.astro',
	'test-results',
	'playwright-report',
	'out',
]);

/** Copy the project (sources and content, not builds) into a temp dir with node_modules linked. */
export function copyProject(root) {
	// Inside the project's (gitignored) bench/out: in a copy under /tmp, Astro's compiler mis-resolves
	// the linked node_modules ("No cached compile metadata found for …Page.astro").
	mkdirSync(join(root, 'bench/out'), { recursive: true });
	const tmp = mkdtempSync(join(root, 'bench/out/x10-'));
	for (const entry of readdirSync(root)) {
		// bench/ holds this copy itself and is not needed to build.
		if (SKIP_COPY.has(entry) || entry === 'bench') continue;
		cpSync(join(root, entry), join(tmp, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'));
	return tmp;
}

function filesUnder(dir, exts) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && exts.some((x) => e.name.endsWith(x)) && !e.name.startsWith('_'))
		.map((e) => join(e.parentPath, e.name));
}

/** A YAML document's own top-level `id:` (cases, sets), if any, gets the copy's suffix. */
function renameTopLevelId(text, k) {
	return text.replace(
		/^(id:\s*)(['"]?)([\w-]+)\2\s*$/mu,
		(_, key, q, id) => `${key}${q}${id}-x${k}${q}`,
	);
}

/**
 * Multiply the content `factor` times with new ids, in a throwaway copy:
 *  - lessons and other md/mdx under content/ (not the article): copies `<name>-x<k>` with a shifted
 *    `order` and a marked title;
 *  - YAML under content/ (cases, not the glossary): copies `<name>-x<k>` (ids come from file names);
 *  - question bank files: copies with every question id suffixed `-x<k>`;
 *  - quiz sets: copies `<name>-x<k>` (still drawing on the original questions).
 * The product's cross-file content checks allow one lesson per capacity, so in the copy they report
 * instead of failing the build (schemas still validate every file). Returns counts of files added.
 */
export function multiplyContent(project, factor) {
	const added = { pages: 0, data: 0, banks: 0, sets: 0 };
	const suffix = (file, k) => file.replace(/(\.[a-z]+)$/u, `-x${k}$1`);
	const content = join(project, 'content');
	const docs = filesUnder(content, ['.md', '.mdx']).filter(
		(f) => !f.startsWith(join(content, 'article')) && !/README\.md$/u.test(f),
	);
	for (const file of docs) {
		const text = readFileSync(file, 'utf8');
		for (let k = 2; k <= factor; k++) {
			const copy = text
				.replace(/^(order:\s*)(\d+)/mu, (_, key, n) => `${key}${Number(n) + k * 1000}`)
				.replace(
					/^(title:\s*)(['"]?)(.+?)\2\s*$/mu,
					(_, key, q, title) => `${key}${q}${title}（副本${k}）${q}`,
				);
			writeFileSync(suffix(file, k), copy);
			added.pages++;
		}
	}
	const yamlDocs = filesUnder(content, ['.yaml', '.yml']).filter(
		(f) => !f.startsWith(join(content, 'glossary')),
	);
	for (const file of yamlDocs) {
		const text = readFileSync(file, 'utf8');
		for (let k = 2; k <= factor; k++) {
			writeFileSync(suffix(file, k), renameTopLevelId(text, k));
			added.data++;
		}
	}
	for (const file of filesUnder(join(project, 'quizzes', 'bank'), ['.yaml', '.yml'])) {
		const text = readFileSync(file, 'utf8');
		for (let k = 2; k <= factor; k++) {
			const copy = text.replace(
				/^(\s*-?\s*id:\s*)(['"]?)([\w-]+)\2\s*$/gmu,
				(_, key, q, id) => `${key}${q}${id}-x${k}${q}`,
			);
			writeFileSync(suffix(file, k), copy);
			added.banks++;
		}
	}
	for (const file of filesUnder(join(project, 'quizzes', 'sets'), ['.yaml', '.yml'])) {
		const text = readFileSync(file, 'utf8');
		for (let k = 2; k <= factor; k++) {
			writeFileSync(suffix(file, k), renameTopLevelId(text, k));
			added.sets++;
		}
	}
	const checks = join(project, 'src/integrations/content-checks.ts');
	if (existsSync(checks))
		writeFileSync(checks, readFileSync(checks, 'utf8').replace('throw new Error(', 'logger.warn('));
	return added;
}

/**
 * First load of `url` in a fresh Chromium context, as a browser does it: the service worker is
 * blocked (it would precache everything), nothing is scrolled (islands below the fold stay asleep).
 * Sums the document, stylesheets and scripts it requested; raw bytes and gzip level 6 of each body.
 */
export async function browserWeight(browser, url) {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width: 412, height: 823 },
	});
	const page = await context.newPage();
	const bodies = [];
	page.on('response', (response) => {
		const kind = response.request().resourceType();
		if (!['document', 'stylesheet', 'script'].includes(kind)) return;
		if (/\/sw\.js$|\/search\/index\.json$/u.test(response.url())) return;
		bodies.push(
			response
				.body()
				.then((body) => ({ kind, raw: body.length, gzip: gzipSync(body, { level: 6 }).length }))
				.catch(() => undefined),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const measured = (await Promise.all(bodies)).filter(Boolean);
	await context.close();
	const sum = (kind) =>
		measured
			.filter((m) => m.kind === kind)
			.reduce((a, m) => ({ raw: a.raw + m.raw, gzip: a.gzip + m.gzip, files: a.files + 1 }), {
				raw: 0,
				gzip: 0,
				files: 0,
			});
	const html = sum('document');
	const css = sum('stylesheet');
	const js = sum('script');
	return {
		html,
		css,
		js,
		total: { raw: html.raw + css.raw + js.raw, gzip: html.gzip + css.gzip + js.gzip },
	};
}

export async function launchChromium(chromiumPath) {
	const { chromium } = await import('@playwright/test');
	return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
};

/**
 * A static server like a real host: gzip for text, long cache for hashed `_astro/` files. Lighthouse
 * runs against this (tests/support/static-server.mjs sends everything uncompressed, which no
 * production host does). Resolves to the listening server (port 0 = any free port).
 */
export function serveLikeAHost(dir, base = BENCH_BASE) {
	const gz = new Map();
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const file = fileForUrl(dir, base, url.pathname) ?? join(dir, '404.html');
		const status = fileForUrl(dir, base, url.pathname) ? 200 : 404;
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const headers = { 'content-type': type };
		if (url.pathname.includes('/_astro/'))
			headers['cache-control'] = 'public, max-age=31536000, immutable';
		let body = readFileSync(file);
		if (
			/text|json|svg|xml|manifest/u.test(type) &&
			/\bgzip\b/u.test(req.headers['accept-encoding'] ?? '')
		) {
			if (!gz.has(file)) gz.set(file, gzipSync(body, { level: 6 }));
			body = gz.get(file);
			headers['content-encoding'] = 'gzip';
			headers.vary = 'accept-encoding';
		}
		res.writeHead(status, headers);
		res.end(body);
	});
	return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}
