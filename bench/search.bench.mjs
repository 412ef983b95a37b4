/* global document, fetch, performance -- functions passed to page.evaluate run in the browser */
/**
 * Search benchmark: our lunr search against Starlight's default Pagefind, on the same site and content,
 * in one run. Builds the site twice into a temp folder (ours; then SEARCH_ENGINE=pagefind, which turns
 * Starlight's Pagefind on and our Search off), serves each with gzip like a typical static host, and
 * drives headless Chromium:
 *   - recall@1 / recall@5 on tests/search-queries.json, read from the results each dialog shows (in
 *     display order; Pagefind gets credit for its section anchor when a target paragraph is inside it);
 *   - bytes fetched from page load through the first query's results (CDP Network events, on the wire);
 *   - total index bytes (raw and gzip): our search/*.json vs Pagefind's index data (entry, meta, index chunks, fragments);
 *   - median query time: each engine's own API in the page (ours: search + excerpts of the top 5;
 *     Pagefind: search + data() of the top 5), warm, over the query set.
 * Scale: the same run at 1× and at SEARCH_BENCH_SCALE× (default 10×) content. The extra content is
 * synthetic lesson sections — the article's clauses with their characters shuffled, so they add words,
 * sections and index weight but match no query phrase — appended to the lessons of a temporary copy.
 * Run alone: `node bench/search.bench.mjs` (prints the markdown table), or via `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	createReadStream,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expectedKind, isHit, loadQueries } from '../tests/support/search-queries.mjs';

export const title = 'Search: lunr (ours) vs Pagefind';

const FIRST_QUERY = '最多跑一次';
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** A static server like a typical host: gzip for text types (Pagefind's own files come pre-compressed). */
function serve(dir, port) {
	const root = resolve(dir);
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let file = join(
			root,
			normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/u, ''),
		);
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			statSync(file);
		} catch {
			res.writeHead(404);
			return res.end('404');
		}
		const ext = extname(file);
		const headers = {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'cache-control': 'no-cache',
		};
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/u.test(String(req.headers['accept-encoding']))) {
			res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
			return res.end(gzipSync(readFileSync(file)));
		}
		res.writeHead(200, headers);
		createReadStream(file).pipe(res);
	});
	return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

function filesUnder(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
	);
}

function indexBytes(paths) {
	let raw = 0;
	let gzip = 0;
	for (const path of paths) {
		const data = readFileSync(path);
		raw += data.length;
		// Pagefind's index and fragments are stored gzip-compressed already: count them as they are.
		gzip += /\.pf_(index|fragment|meta)$/u.test(path)
			? data.length
			: gzipSync(data, { level: 9 }).length;
	}
	return { raw, gzip, files: paths.length };
}

function build(root, outDir, env, log) {
	const node = existsSync(join(root, 'node_modules/.bin/node'))
		? join(root, 'node_modules/.bin/node')
		: process.execPath;
	log(`[search-bench] building ${outDir}`);
	const r = spawnSync(
		node,
		[join(root, 'node_modules/.bin/astro'), 'build', '--outDir', outDir, '--silent'],
		{
			cwd: root,
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, BASE_PATH: '/', ...env },
		},
	);
	if (r.status !== 0) throw new Error(`astro build failed for ${outDir}`);
}

/** Our engine and excerpts as one script to evaluate in the page (CSP does not apply to CDP evaluation). */
async function oursBundle(root) {
	const esbuild = await import(join(root, 'node_modules/esbuild/lib/main.js'));
	// The site's `virtual:lunr-core` module (see src/integrations/lunr-core.ts), as Vite builds it.
	const { LUNR_CORE_ID, lunrCoreSource } = await import(
		join(root, 'src/integrations/lunr-core.ts')
	);
	const lunrCore = {
		name: 'lunr-core',
		setup(b) {
			// esbuild filters are Go regular expressions: no `u` flag.
			b.onResolve({ filter: /^virtual:lunr-core$/ }, () => ({
				path: LUNR_CORE_ID,
				namespace: 'lunr-core',
			}));
			b.onLoad({ filter: /.*/, namespace: 'lunr-core' }, () => ({
				contents: lunrCoreSource(),
				loader: 'js',
			}));
		},
	};
	const out = await esbuild.build({
		stdin: {
			contents:
				"import { openEngine } from './src/search/engine';\nimport { excerpt } from './src/search/excerpt';\nglobalThis.__ours = { openEngine, excerpt };",
			resolveDir: root,
			loader: 'ts',
		},
		bundle: true,
		format: 'iife',
		write: false,
		platform: 'browser',
		plugins: [lunrCore],
	});
	return out.outputFiles[0].text;
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A temporary copy of the project with (scale − 1) × the article's length of synthetic lesson sections. Returns
 * its root (node_modules is a symlink to the real one).
 */
function scaledCopy(root, dir, scale) {
	const skip = new Set([
		'node_modules',
		'dist',
		'.e2e',
		'.astro',
		'.git',
		'bench',
		'test-results',
		'playwright-report',
	]);
	mkdirSync(dir, { recursive: true });
	for (const name of readdirSync(root)) {
		if (skip.has(name)) continue;
		cpSync(join(root, name), join(dir, name), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	const article = readFileSync(join(root, 'content/article/source.txt'), 'utf8');
	const clauses = article
		.split(/[\n，。；：、,;:]+/u)
		.map((c) => c.trim())
		.filter((c) => c.length > 3);
	const next = random(scale);
	const shuffle = (chars) => {
		for (let i = chars.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[chars[i], chars[j]] = [chars[j], chars[i]];
		}
		return chars.join('');
	};
	// Appended to the existing lessons as extra sections: the content checks allow one lesson per power,
	// and words, sections and index weight are what scale; quotation marks are dropped so the shuffled
	// text never looks like a quote of the article.
	const lessonDir = join(dir, 'content/lessons');
	const files = readdirSync(lessonDir)
		.filter((f) => f.endsWith('.mdx'))
		.sort();
	const extra = Object.fromEntries(files.map((f) => [f, []]));
	const sections = Math.max(0, (scale - 1) * 4);
	const perSection = Math.ceil(clauses.length / 4);
	for (let n = 0; n < sections; n++) {
		const body = [`\n## 合成第${n + 1}节\n`];
		for (let k = 0; k < perSection; k++) {
			const clause = clauses[(n * perSection + k) % clauses.length].replace(
				/[“”‘’「」『』"'《》]/gu,
				'',
			);
			body.push(`${shuffle([...clause])}。`);
		}
		extra[files[n % files.length]].push(body.join('\n'));
	}
	for (const f of files) {
		if (extra[f].length)
			writeFileSync(
				join(lessonDir, f),
				`${readFileSync(join(lessonDir, f), 'utf8')}\n${extra[f].join('\n')}\n`,
			);
	}
	return dir;
}

const ENGINES = {
	ours: {
		label: 'lunr (ours)',
		async open(page) {
			await page.getByRole('banner').getByRole('button', { name: /搜索/u }).click();
			await page.getByRole('searchbox').waitFor();
		},
		async query(page, q) {
			await page.getByRole('searchbox').fill(q);
			await page.waitForFunction(
				(q) => document.querySelector('.search-results')?.getAttribute('data-query') === q,
				q,
			);
			return page.$$eval('a[data-result]', (links) =>
				links.map((a) => ({
					kind: a.getAttribute('data-kind') ?? '',
					title: a.querySelector('.search-hit-title')?.textContent ?? '',
					url: new URL(a.href).pathname.slice(1) + new URL(a.href).hash,
					text: a.textContent ?? '',
				})),
			);
		},
		async timeQueries(page, queries, bundle) {
			await page.evaluate(bundle);
			return page.evaluate(async (queries) => {
				const engine = await globalThis.__ours.openEngine((file) =>
					fetch(`/search/${file}`).then((r) => r.json()),
				);
				const once = async (q) => {
					for (const hit of await engine.search(q, 5)) globalThis.__ours.excerpt(hit.doc.text, q);
				};
				// Warm: every query once (shards fetched), then timed.
				for (const q of queries) await once(q);
				const times = [];
				for (const q of queries) {
					const t0 = performance.now();
					await once(q);
					times.push(performance.now() - t0);
				}
				return times;
			}, queries);
		},
	},
	pagefind: {
		label: 'Pagefind (Starlight default)',
		async open(page) {
			await page.getByRole('banner').getByRole('button', { name: /搜索/u }).click();
			await page.locator('#starlight__search input').waitFor();
		},
		async query(page, q) {
			await page.locator('#starlight__search input').fill(q);
			await page.waitForFunction(
				(q) => {
					const msg = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
					if (!msg.includes(q)) return false;
					if (/^(0 |No results)/u.test(msg)) return true;
					// Each result's link appears once its fragment has loaded.
					const items = [...document.querySelectorAll('#starlight__search li.pagefind-ui__result')];
					return (
						items.length > 0 && items.every((li) => li.querySelector('a.pagefind-ui__result-link'))
					);
				},
				q.trim(),
				{ timeout: 15_000 },
			);
			return page.$$eval('#starlight__search a.pagefind-ui__result-link', (links) =>
				links.map((a) => {
					const u = new URL(a.href);
					const path = u.pathname.slice(1) + u.hash;
					const first = path.split('/')[0];
					const kind =
						{ source: 'source', lessons: 'lesson', glossary: 'term', cases: 'case' }[first] ??
						'other';
					return { kind, title: a.textContent ?? '', url: path, text: '' };
				}),
			);
		},
		async timeQueries(page, queries) {
			return page.evaluate(async (queries) => {
				const pf = await import('/pagefind/pagefind.js');
				await pf.init();
				const once = async (q) => {
					const s = await pf.search(q);
					await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
				};
				// Warm: every query once (chunks fetched), then timed.
				for (const q of queries) await once(q);
				const times = [];
				for (const q of queries) {
					const t0 = performance.now();
					await once(q);
					times.push(performance.now() - t0);
				}
				return times;
			}, queries);
		},
	},
};

/** Paragraph → its section anchor on the 原文 page (h2 ids are power ids), for Pagefind's sub-results. */
function sectionAlias(root) {
	const powers = readFileSync(join(root, 'src/article/powers.ts'), 'utf8');
	const map = new Map();
	for (const m of powers.matchAll(/(\w+): \{\s*id: '\w+',[\s\S]*?paragraphs: \[([^\]]*)\]/gu)) {
		for (const p of m[2].matchAll(/'(p\d+)'/gu)) map.set(`source/#${p[1]}`, `source/#${m[1]}`);
	}
	return (url) => (map.has(url) ? [map.get(url)] : []);
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

async function measure(engine, dir, { chromium, chromiumPath, queries, also, bundle, log }) {
	// Port 0: the system picks a free port (other checkouts may be benchmarking too).
	const server = await serve(dir, 0);
	const port = server.address().port;
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
		],
	});
	try {
		const origin = `http://127.0.0.1:${port}/`;
		// 1. Bytes on the wire from page load through the first query's results (fresh cache).
		// Service worker blocked: its precache of the whole site is not the cost of a search.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		let bytes = 0;
		const requests = [];
		const urls = new Map();
		cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
		cdp.on('Network.loadingFinished', (e) => {
			bytes += e.encodedDataLength;
			requests.push([urls.get(e.requestId), e.encodedDataLength]);
		});
		await page.goto(origin, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		const loadBytes = bytes;
		const t0 = Date.now();
		await engine.open(page);
		const first = await engine.query(page, FIRST_QUERY);
		const firstMs = Date.now() - t0;
		await page.waitForLoadState('networkidle');
		const totalBytes = bytes;
		log(`[search-bench] ${engine.label}: first query「${FIRST_QUERY}」→ ${first.length} links`);
		// 2. Recall on the query set, from the dialog's links in display order.
		let at1 = 0;
		let at5 = 0;
		let pageAt5 = 0;
		const misses = [];
		for (const { q, expect } of queries) {
			const hits = await engine.query(page, q);
			const rank = hits.findIndex((h) => isHit(expect, h, also)) + 1;
			if (rank === 1) at1++;
			if (rank >= 1 && rank <= 5) at5++;
			else misses.push(q);
			if (
				typeof expect === 'string' &&
				hits.slice(0, 5).some((h) => h.url.split('#')[0] === expect.split('#')[0])
			)
				pageAt5++;
		}
		// 3. Query time with the engine's own API, warm.
		const times = await engine.timeQueries(
			page,
			queries.map((q) => q.q),
			bundle,
		);
		await context.close();
		return {
			loadBytes,
			searchBytes: totalBytes - loadBytes,
			totalBytes,
			firstMs,
			recall1: at1 / queries.length,
			recall5: at5 / queries.length,
			pageRecall5: pageAt5 / queries.filter((q) => typeof q.expect === 'string').length,
			medianMs: median(times),
			misses,
			searchRequests: requests
				.filter(([u]) => /search|pagefind/u.test(u ?? ''))
				.map(([u, b]) => [u.replace(origin, '/'), b]),
		};
	} finally {
		await browser.close();
		server.closeAllConnections();
		server.close();
	}
}

/** One side-by-side comparison on the project at `root` (which may be a scaled copy). */
async function compare(root, tmp, label, { chromium, chromiumPath, log }) {
	const out = { ours: join(tmp, `${label}-ours`), pagefind: join(tmp, `${label}-pagefind`) };
	build(root, out.ours, { SEARCH_ENGINE: 'lunr' }, log);
	build(root, out.pagefind, { SEARCH_ENGINE: 'pagefind' }, log);
	// Only queries whose target kind exists in this build count (as in the recall unit test).
	const index = JSON.parse(readFileSync(join(out.ours, 'search/index.json'), 'utf8'));
	const kinds = new Set([...index.k].map((d) => index.kinds[Number(d)]));
	const all = loadQueries(join(root, 'tests/search-queries.json'));
	const queries = all.filter((q) => kinds.has(expectedKind(q.expect)));
	const bundle = await oursBundle(root);
	const opts = { chromium, chromiumPath, queries, also: sectionAlias(root), bundle, log };
	const results = {
		ours: await measure(ENGINES.ours, out.ours, opts),
		pagefind: await measure(ENGINES.pagefind, out.pagefind, opts),
	};
	const size = {
		ours: indexBytes(filesUnder(join(out.ours, 'search')).filter((f) => f.endsWith('.json'))),
		// Pagefind's index data (entry, meta, index chunks, fragments); its JS, CSS and wasm are code.
		pagefind: indexBytes(
			filesUnder(join(out.pagefind, 'pagefind')).filter((f) => /(\.pf_\w+|-entry\.json)$/u.test(f)),
		),
	};
	return {
		label,
		queries: queries.length,
		total: all.length,
		documents: index.k.length,
		results,
		size,
	};
}

function table(c) {
	const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
	const rows = [
		['recall@1', (r) => r.recall1.toFixed(3)],
		['recall@5', (r) => r.recall5.toFixed(3)],
		['recall@5, right page only (any anchor)', (r) => r.pageRecall5.toFixed(3)],
		[
			`bytes fetched, page load → first query「${FIRST_QUERY}」results (on the wire)`,
			(r) => kb(r.totalBytes),
		],
		['… of which after page load', (r) => kb(r.searchBytes)],
		[
			'index data on disk, raw (ours: search/*.json; Pagefind: entry+meta+index+fragments)',
			(_, s) => kb(s.raw),
		],
		['index data on disk, gzip', (_, s) => kb(s.gzip)],
		[
			'median query time (engine API, warm: each query run once before timing)',
			(r) => `${r.medianMs.toFixed(2)} ms`,
		],
		['first query, click → results shown', (r) => `${r.firstMs} ms`],
	];
	return [
		`### ${c.label} content — ${c.documents} search documents; ${c.queries} of ${c.total} queries (the rest target kinds with no content yet)`,
		'',
		'| metric | lunr (ours) | Pagefind |',
		'|---|---|---|',
		...rows.map(
			([name, f]) =>
				`| ${name} | ${f(c.results.ours, c.size.ours)} | ${f(c.results.pagefind, c.size.pagefind)} |`,
		),
		'',
		`Misses@5 — ours: ${c.results.ours.misses.join('、') || 'none'}; Pagefind: ${c.results.pagefind.misses.join('、') || 'none'}`,
	].join('\n');
}

export async function run({ root = process.cwd(), chromiumPath, log = console.log } = {}) {
	const { chromium } = await import('@playwright/test');
	const scale = Number(process.env.SEARCH_BENCH_SCALE ?? 10);
	const tmp = mkdtempSync(join(tmpdir(), 'search-bench-'));
	try {
		const env = { chromium, chromiumPath, log };
		const runs = [await compare(root, tmp, '1×', env)];
		if (scale > 1) {
			// Inside the project (bench/out/ is ignored by git and the tools): Vite resolves the symlinked
			// node_modules wrongly for a project root under /tmp.
			const copyDir = join(root, 'bench/out', `search-${scale}x`);
			rmSync(copyDir, { recursive: true, force: true });
			try {
				const copy = scaledCopy(root, copyDir, scale);
				runs.push(await compare(copy, tmp, `${scale}× (synthetic)`, env));
			} finally {
				rmSync(copyDir, { recursive: true, force: true });
			}
		}
		const markdown = [
			'Served with gzip (like a typical static host); headless Chromium; fresh cache for the bytes.',
			'Pagefind shows a page link first and its section links under it: its recall counts a section link',
			'that contains the target paragraph as a hit; the page link alone is not (it does not open the passage).',
			'',
			...runs.map(table).join('\n\n').split('\n'),
		].join('\n');
		return { markdown, json: { runs } };
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { findChromium } = await import('../tests/support/browser.mjs');
	const { markdown } = await run({
		root: process.cwd(),
		chromiumPath: findChromium(),
		log: (m) => console.error(m),
	});
	console.log(markdown);
}
