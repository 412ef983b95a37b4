/* global performance -- functions passed to page.evaluate run in the browser */
/**
 * Search benchmark (issue 20): our lunr search against Pagefind 1.6 (the engine Starlight ships), both
 * indexing the same content, both scored through their own APIs with one hit definition, on the
 * held-out half of tests/search-queries.json.
 *
 * How it runs:
 *   1. builds the site once (our search) into a temp folder;
 *   2. ours: the engine (src/search/engine.ts) over the built `search/*.json`, in Node, and again over an
 *      index of the same content scope as Pagefind's (see SCOPE below);
 *   3. Pagefind: indexed with its Node API (`createIndex` → `addHTMLFile` → `writeFiles`) from the
 *      built pages listed in SCOPE, with the settings in PAGEFIND_SETTINGS, then queried with its own
 *      `pagefind.js` in headless Chromium (it needs a browser: fetch + WebAssembly);
 *   4. the links each engine returns are scored by tests/support/search-queries.mjs.
 *
 * One hit definition for both: the list of links in the order the engine gives them; a link counts when
 * it opens an expected place (`source/#p8` exactly; a page target at any anchor). Ours: its results in
 * the dialog's display order. Pagefind: for each page result in rank order, its sub-results (the passages
 * under a heading with an id), best first (most matched words; ties in page order), or the page link
 * when it has none. recall@1, recall@5, MRR (first opening link within 10).
 *
 * Pagefind's ranking weights (`pagefind.options({ ranking })`) are tuned on the tuning half only, like our
 * kind weights; both are reported on the held-out half. Query time: each engine's API in the same
 * browser, warm, median of RUNS runs over the held-out queries, reported as a ratio.
 * Scale: the build and index sizes again at SEARCH_BENCH_SCALE× (default 10×) synthetic content.
 * Run: `npm run bench -- search` (or `node bench/run.mjs search`).
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
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { family, half, loadQueries, rankOf, scores } from '../tests/support/search-queries.mjs';

export const title = 'Search: lunr (ours) vs Pagefind, same content, held-out queries';

/** Timed runs over the held-out queries per engine; the median run is reported. */
const RUNS = 5;
/** Links read per query (MRR looks at the first 10). */
const DEPTH = 10;

/**
 * What both engines index. Ours indexes lesson sections, 原文 paragraphs, bank questions, glossary terms
 * and cases. Pagefind indexes pages: the pages that hold that content, nothing else (Starlight's
 * `pagefind: false` per page, or `data-pagefind-body` on the pages that should be searched, does this
 * on a site). Bank questions have no page of their own (ours links them to their 原文 paragraph; the
 * practice pages that list them carry answer keys and printable copies), so the primary comparison
 * drops them from ours too ("ours, same scope"); "ours as shipped" keeps them.
 */
const SCOPE = {
	pages: (file) =>
		file === 'source/index.html' ||
		file === 'glossary/index.html' ||
		/^lessons\/[^/]+\/index\.html$/u.test(file) ||
		/^cases\/[^/]+\/index\.html$/u.test(file),
	oursKinds: ['lesson', 'source', 'term', 'case'],
};

/**
 * Pagefind's settings, each as its docs describe it, and why.
 * - body: Starlight already marks `<main data-pagefind-body>`; only that element is indexed (no sidebar,
 *   header or footer).
 * - ignore (`data-pagefind-ignore`, added by `pagefindHtml` to these selectors): what ours does not index
 *   and what would compete with the passage — answer keys and printable quiz sheets (`.answer-key`,
 *   `.quiz-print`, `.print-only`), the interactive quiz and other islands (`astro-island`), the
 *   storage notices and font-size strip (`.zz-notice`, `.zz-strip-root`, `.zz-font`), 原文 paragraph
 *   numbers and 「引用本段的课程」 lists (`.source-number`, `.source-quoted-in`), lesson case cards
 *   (`.case-card`), pagination and heading anchor links, and in case copies the instructor's guide and
 *   ending rules (`.case-guide`, `.case-print-rules`).
 * - sub-results: Pagefind makes a sub-result for each heading with an `id`. 原文 paragraphs carry
 *   their id on `<p id="pN">` and glossary terms on `<div id="term-…">`, so Pagefind would see one
 *   block per section; its copy gets a heading per paragraph (`<h3 id="pN">第 N 段</h3>`, the id moved
 *   from the paragraph) and per term (the term's `<dt>` becomes `<h3 id="term-…">`). Lesson sections
 *   already have `<h2 id>`/`<h3 id>`.
 * - cases: a case's branches are drawn by its island in the browser, so the case page's HTML holds only
 *   its title and introduction; Pagefind is given the printable copy's text (the same branches ours
 *   indexes) under the case page's url, heading ids removed (those anchors do not exist on the page).
 * - language: the pages say `lang="zh-CN"`; the npm package's extended binary segments Chinese at index
 *   time, and pagefind.js segments queries with `Intl.Segmenter`.
 * - ranking: `termFrequency`, `pageLength`, `termSaturation`, `termSimilarity` from PAGEFIND_RANKINGS,
 *   the one with the best MRR on the tuning half is used (Pagefind's defaults are the first candidate).
 */
const PAGEFIND_IGNORE = [
	'.answer-key',
	'.quiz-print',
	'.print-only',
	'astro-island',
	'.zz-notice',
	'.zz-strip-root',
	'.zz-font',
	'.source-number',
	'.source-quoted-in',
	'.case-card',
	'.pagination-links',
	'.sl-anchor-link',
	'.case-guide',
	'.case-print-rules',
];
/** `data-pagefind-weight` on each 原文 paragraph (the counterpart of our kind weight for 原文). */
const PAGEFIND_SOURCE_WEIGHTS = [1, 2, 4, 7, 10];
const PAGEFIND_RANKINGS = [
	{ termFrequency: 1.0, pageLength: 0.75, termSaturation: 1.4, termSimilarity: 1.0 },
	{ termFrequency: 1.0, pageLength: 0.25, termSaturation: 1.4, termSimilarity: 1.0 },
	{ termFrequency: 1.0, pageLength: 0.0, termSaturation: 1.4, termSimilarity: 1.0 },
	{ termFrequency: 1.0, pageLength: 0.5, termSaturation: 0.8, termSimilarity: 1.0 },
	{ termFrequency: 0.5, pageLength: 0.5, termSaturation: 1.4, termSimilarity: 2.0 },
	{ termFrequency: 1.0, pageLength: 1.0, termSaturation: 2.0, termSimilarity: 1.0 },
];

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
};

/**
 * A static server (gzip for JS/JSON/HTML; Pagefind's own index files come pre-compressed) that counts the
 * body bytes it sends (`server.sent`): Pagefind fetches its wasm and index from a worker, whose requests
 * the page's DevTools session does not see.
 */
function serve(dir) {
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
		const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
		if (ext in TYPES && ext !== '.wasm') {
			const body = gzipSync(readFileSync(file));
			server.sent += body.length;
			res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
			return res.end(body);
		}
		server.sent += statSync(file).size;
		res.writeHead(200, headers);
		createReadStream(file).pipe(res);
	});
	server.sent = 0;
	return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

function filesUnder(dir, base = dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? filesUnder(join(dir, e.name), base)
			: [join(dir, e.name).slice(base.length + 1)],
	);
}

function indexBytes(dir, files) {
	let raw = 0;
	let gzip = 0;
	for (const f of files) {
		const data = readFileSync(join(dir, f));
		raw += data.length;
		// Pagefind's index, meta and fragments are stored gzip-compressed already: count them as they are.
		gzip += /\.pf_(index|fragment|meta)$/u.test(f)
			? data.length
			: gzipSync(data, { level: 9 }).length;
	}
	return { raw, gzip, files: files.length };
}

function build(root, outDir, log) {
	const node = existsSync(join(root, 'node_modules/.bin/node'))
		? join(root, 'node_modules/.bin/node')
		: process.execPath;
	log(`building ${outDir}`);
	const t0 = Date.now();
	const r = spawnSync(
		node,
		[join(root, 'node_modules/.bin/astro'), 'build', '--outDir', outDir, '--silent'],
		{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BASE_PATH: '/' } },
	);
	if (r.status !== 0) throw new Error(`astro build failed for ${outDir}`);
	return Date.now() - t0;
}

/** esbuild plugin: the site's `virtual:lunr-core` module (src/integrations/lunr-core.ts). */
async function lunrCorePlugin(root) {
	const { LUNR_CORE_ID, lunrCoreSource } = await import(
		pathToFileURL(join(root, 'src/integrations/lunr-core.ts')).href
	);
	return {
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
}

/** Our search modules, bundled: for Node (scoring) and for the browser (timing). */
async function oursBundles(root, outDir) {
	const esbuild = await import(pathToFileURL(join(root, 'node_modules/esbuild/lib/main.js')).href);
	const plugin = await lunrCorePlugin(root);
	// Inside the project, so that its packages resolve from node_modules.
	mkdirSync(outDir, { recursive: true });
	const node = join(outDir, 'search-ours-node.mjs');
	await esbuild.build({
		stdin: {
			contents: [
				"export { openEngine } from './src/search/engine';",
				"export { buildIndexFiles } from './src/search/build-index';",
				"export { collectDocuments } from './src/search/sources';",
				"export { displayOrder, layoutResults } from './src/search/group';",
				"export { INDEX_FILE, termsFile, textFile } from './src/search/index-format';",
			].join('\n'),
			resolveDir: root,
			loader: 'ts',
		},
		bundle: true,
		format: 'esm',
		platform: 'node',
		packages: 'external',
		outfile: node,
		plugins: [plugin],
		logLevel: 'error',
	});
	const browser = await esbuild.build({
		stdin: {
			contents: [
				"import { openEngine } from './src/search/engine';",
				"import { excerpt } from './src/search/excerpt';",
				"import { displayOrder, layoutResults } from './src/search/group';",
				'globalThis.__ours = { openEngine, excerpt, displayOrder, layoutResults };',
			].join('\n'),
			resolveDir: root,
			loader: 'ts',
		},
		bundle: true,
		format: 'iife',
		write: false,
		minify: true,
		platform: 'browser',
		plugins: [plugin],
	});
	return { node: await import(pathToFileURL(node).href), browser: browser.outputFiles[0].text };
}

/** An engine over index files held in memory (JSON round trip, as the build writes them). */
function memoryEngine(ours, files) {
	const served = new Map([[ours.INDEX_FILE, JSON.stringify(files.main)]]);
	files.terms.forEach((s, k) => served.set(ours.termsFile(k), JSON.stringify(s)));
	files.texts.forEach((t, k) => served.set(ours.textFile(k), JSON.stringify(t)));
	return ours.openEngine(async (file) => JSON.parse(served.get(file)));
}

/** Links our engine shows for a query, in the dialog's display order. */
async function oursLinks(ours, engine, q) {
	return ours.displayOrder(ours.layoutResults(await engine.search(q))).map((h) => h.doc.url);
}

/** The HTML Pagefind indexes for one built page (settings: PAGEFIND_SETTINGS above). */
function pagefindHtml(dist, file, sourceWeight) {
	let html = readFileSync(join(dist, file), 'utf8');
	const caseMatch = /^cases\/([^/]+)\/index\.html$/u.exec(file);
	if (caseMatch) {
		const print = join(dist, 'cases', caseMatch[1], 'print/index.html');
		if (existsSync(print))
			html = readFileSync(print, 'utf8').replace(/(<h[1-6][^>]*?) id="[^"]*"/gu, '$1');
	}
	if (file === 'source/index.html') {
		html = html.replace(
			/<p id="p(\d+)">/gu,
			(_, n) =>
				`<h3 id="p${n}">第 ${n} 段</h3><p data-paragraph="${n}" data-pagefind-weight="${sourceWeight}">`,
		);
	}
	if (file === 'glossary/index.html') {
		html = html.replace(
			/<div class="glossary-entry" id="(term-[^"]+)"><dt>([\s\S]*?)<\/dt>/gu,
			'<div class="glossary-entry"><h3 id="$1">$2</h3>',
		);
	}
	// data-pagefind-ignore on every element whose class (or tag) is in PAGEFIND_IGNORE.
	const classes = PAGEFIND_IGNORE.filter((s) => s.startsWith('.')).map((s) => s.slice(1));
	html = html.replace(/<([a-z][\w-]*)(\s[^>]*?)?class="([^"]*)"/gu, (m, tag, _attrs, cls) =>
		cls.split(/\s+/u).some((c) => classes.includes(c)) ? `${m} data-pagefind-ignore` : m,
	);
	return html.replace(/<astro-island\b/gu, '<astro-island data-pagefind-ignore');
}

async function pagefindIndex(root, dist, outDir, sourceWeight) {
	const pagefind = await import(
		pathToFileURL(join(root, 'node_modules/pagefind/lib/index.js')).href
	);
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
	const pages = filesUnder(dist)
		.filter((f) => SCOPE.pages(f))
		.sort();
	for (const file of pages) {
		const r = await index.addHTMLFile({
			url: `/${file.replace(/index\.html$/u, '')}`,
			content: pagefindHtml(dist, file, sourceWeight),
		});
		if (r.errors.length) throw new Error(`pagefind ${file}: ${r.errors.join('; ')}`);
	}
	const w = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
	if (w.errors.length) throw new Error(`pagefind write: ${w.errors.join('; ')}`);
	await pagefind.close();
	return pages.length;
}

async function withBrowser({ chromium, chromiumPath }, dir, fn) {
	const server = await serve(dir);
	const origin = `http://127.0.0.1:${server.address().port}/`;
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
		return await fn(browser, origin, server);
	} finally {
		await browser.close();
		server.closeAllConnections();
		server.close();
	}
}

/**
 * Pagefind's results per query for one ranking, through its API: for each page result in rank order, its
 * links — its sub-results best first (most matched words; ties in page order), or the page link when it
 * has none.
 */
async function pagefindResults(browser, origin, dir, queries, ranking) {
	const page = await browser.newPage();
	await page.goto(origin);
	const out = await page.evaluate(
		async ({ dir, queries, ranking, depth }) => {
			const pf = await import(`/${dir}/pagefind/pagefind.js`);
			// The index lives under /w<n>/pagefind/; its pages are at the site's root.
			await pf.options({ baseUrl: '/', ranking });
			await pf.init();
			const results = {};
			for (const q of queries) {
				const search = await pf.search(q);
				const list = [];
				for (const r of search.results.slice(0, depth)) {
					const d = await r.data();
					const subs = (d.sub_results ?? [])
						.map((s, i) => ({ url: decodeURI(s.url), n: s.locations.length, i }))
						.sort((a, b) => b.n - a.n || a.i - b.i);
					list.push(subs.length ? subs.map((s) => s.url) : [decodeURI(d.url)]);
				}
				results[q] = list;
			}
			return results;
		},
		{ dir, queries, ranking, depth: DEPTH },
	);
	await page.close();
	return out;
}

/** The two readings of Pagefind's results: per page result (with its sub-results), or per link. */
const perResult = (results) => results;
const perLink = (results) => results.flat().slice(0, DEPTH);

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};

/** Median over RUNS of the total time of the held-out queries through each engine's API, warm. */
async function queryTimes(browser, origin, dir, queries, bundle) {
	const page = await browser.newPage();
	await page.goto(origin);
	await page.evaluate(bundle);
	const times = await page.evaluate(
		async ({ dir, queries, runs }) => {
			const ours = await globalThis.__ours.openEngine((file) =>
				fetch(`/search/${file}`).then((r) => r.json()),
			);
			const pf = await import(`/${dir}/pagefind/pagefind.js`);
			await pf.init();
			const engines = {
				// Ours: search, then the excerpts of the first 5 (what the dialog renders).
				ours: async (q) => {
					for (const hit of (await ours.search(q)).slice(0, 5))
						globalThis.__ours.excerpt(hit.doc.text, q, undefined, hit.answer);
				},
				// Pagefind: search, then data() of the first 5 results (what its UI renders).
				pagefind: async (q) => {
					const s = await pf.search(q);
					await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
				},
			};
			const out = { ours: [], pagefind: [] };
			for (const q of queries) for (const run of Object.values(engines)) await run(q); // warm
			for (let i = 0; i < runs; i++) {
				// Alternate the order so neither engine always runs on a warmer machine.
				const order = i % 2 ? ['pagefind', 'ours'] : ['ours', 'pagefind'];
				for (const name of order) {
					const t0 = performance.now();
					for (const q of queries) await engines[name](q);
					out[name].push((performance.now() - t0) / queries.length);
				}
			}
			return out;
		},
		{ dir, queries, runs: RUNS },
	);
	await page.close();
	return { ours: median(times.ours), pagefind: median(times.pagefind) };
}

/**
 * Bytes the server sent (gzip where the host compresses) for the first query on a fresh page, through each
 * engine's API: ours its index files; Pagefind pagefind.js, its worker, wasm, entry, meta, index chunks and
 * the first five results' fragments.
 */
async function firstQueryBytes(browser, origin, server, dir, bundle, q) {
	const measure = async (script) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(origin);
		await page.evaluate(bundle);
		const before = server.sent;
		await page.evaluate(script, { q, dir });
		await context.close();
		return server.sent - before;
	};
	return {
		ours: await measure(async ({ q }) => {
			const e = await globalThis.__ours.openEngine((f) =>
				fetch(`/search/${f}`).then((r) => r.json()),
			);
			await e.search(q);
		}),
		pagefind: await measure(async ({ q, dir }) => {
			const pf = await import(`/${dir}/pagefind/pagefind.js`);
			const s = await pf.search(q);
			await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
		}),
	};
}

function score(queries, linksOf) {
	const ranks = queries.map((q) => rankOf(q.expect, linksOf(q)));
	const by = (pred) => scores(ranks.filter((_, i) => pred(queries[i])));
	return {
		keyword: by((q) => family(q) === 'keyword'),
		question: by((q) => family(q) === 'question'),
		all: by(() => true),
		misses: queries.filter((_, i) => ranks[i] === 0 || ranks[i] > 5).map((q) => q.id),
	};
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
 * A temporary copy of the project with (scale − 1) × the article's length of synthetic lesson sections:
 * the article's clauses with their characters shuffled (words, sections and index weight grow; no query
 * phrase matches them), appended to the lessons. node_modules is a symlink to the real one.
 */
function scaledCopy(root, dir, scale) {
	const skip = new Set(['node_modules', 'dist', '.e2e', '.astro', '.git', 'bench', '.cache']);
	mkdirSync(dir, { recursive: true });
	for (const name of readdirSync(root)) {
		if (skip.has(name) || /^(test-results|playwright-report)$/u.test(name)) continue;
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

/** Build, index both ways and measure sizes (and, with `recall`, recall, query time and first-query bytes). */
async function compare(root, tmp, label, env, { recall }) {
	const { log } = env;
	const dist = join(tmp, `${label}-site`);
	// One origin serves our index files (search/) and one Pagefind index per 原文 weight (w<n>/pagefind/).
	const pf = join(tmp, `${label}-served`);
	const buildMs = build(root, dist, log);
	mkdirSync(pf, { recursive: true });
	writeFileSync(join(pf, 'index.html'), '<!doctype html><title>bench</title>');
	cpSync(join(dist, 'search'), join(pf, 'search'), { recursive: true });
	const weights = recall ? PAGEFIND_SOURCE_WEIGHTS : [PAGEFIND_SOURCE_WEIGHTS[0]];
	let pages = 0;
	for (const w of weights) pages = await pagefindIndex(root, dist, join(pf, `w${w}`), w);
	log(`Pagefind indexed ${pages} pages (原文 weights ${weights.join(', ')})`);
	const sizes = (w) => ({
		ours: indexBytes(
			join(dist, 'search'),
			filesUnder(join(dist, 'search')).filter((f) => f.endsWith('.json')),
		),
		pagefind: indexBytes(
			join(pf, `w${w}`, 'pagefind'),
			filesUnder(join(pf, `w${w}`, 'pagefind')).filter((f) => /(\.pf_\w+|-entry\.json)$/u.test(f)),
		),
	});
	const out = { label, buildMs, pages, size: sizes(weights[0]) };
	if (!recall) return out;

	const bundles = await oursBundles(root, join(root, 'bench/out'));
	const ours = bundles.node;
	const all = loadQueries(join(root, 'tests/search-queries.json'));
	const tune = all.filter((q) => half(q.id) === 'tune');
	const test = all.filter((q) => half(q.id) === 'test');
	// Ours as shipped reads the built files; "same scope" builds an index without bank questions.
	const shipped = await ours.openEngine(async (f) =>
		JSON.parse(readFileSync(join(dist, 'search', f), 'utf8')),
	);
	const docs = ours.collectDocuments(root);
	const scoped = await memoryEngine(
		ours,
		ours.buildIndexFiles(docs.filter((d) => SCOPE.oursKinds.includes(d.kind))),
	);
	const linksOf = async (engine) => {
		const m = new Map();
		for (const q of all) m.set(q.id, await oursLinks(ours, engine, q.q));
		return (q) => m.get(q.id);
	};
	const oursShipped = await linksOf(shipped);
	const oursScoped = await linksOf(scoped);

	const measured = await withBrowser(env, pf, async (browser, origin, server) => {
		// Tune Pagefind's 原文 weight and ranking on the tuning half (by MRR), report on the held-out half.
		const tuning = [];
		for (const weight of PAGEFIND_SOURCE_WEIGHTS) {
			for (const ranking of PAGEFIND_RANKINGS) {
				const results = await pagefindResults(
					browser,
					origin,
					`w${weight}`,
					tune.map((q) => q.q),
					ranking,
				);
				tuning.push({ weight, ranking, ...score(tune, (q) => perResult(results[q.q])) });
			}
		}
		const best = tuning.reduce((a, b) => (b.all.mrr > a.all.mrr ? b : a));
		const dir = `w${best.weight}`;
		const results = await pagefindResults(
			browser,
			origin,
			dir,
			all.map((q) => q.q),
			best.ranking,
		);
		const of = (fam) => test.filter((q) => family(q) === fam).map((q) => q.q);
		const time = await queryTimes(
			browser,
			origin,
			dir,
			test.map((q) => q.q),
			bundles.browser,
		);
		time.keyword = await queryTimes(browser, origin, dir, of('keyword'), bundles.browser);
		time.question = await queryTimes(browser, origin, dir, of('question'), bundles.browser);
		const bytes = await firstQueryBytes(
			browser,
			origin,
			server,
			dir,
			bundles.browser,
			'最多跑一次',
		);
		return { tuning, best, dir, results, time, bytes };
	});
	out.size = sizes(measured.best.weight);
	// Engine code as served (gzip like the server; wasm as is).
	const pfDir = join(pf, measured.dir, 'pagefind');
	const codeBytes = {
		ours: gzipSync(bundles.browser).length,
		pagefind: readdirSync(pfDir)
			.filter((f) => f === 'pagefind.js' || f === 'pagefind-worker.js' || f.startsWith('wasm.'))
			.reduce((sum, f) => {
				const data = readFileSync(join(pfDir, f));
				return sum + (f.endsWith('.js') ? gzipSync(data) : data).length;
			}, 0),
	};
	// Every query's links per engine, for reading misses: bench/out/search-links.json.
	writeFileSync(
		join(root, 'bench/out/search-links.json'),
		`${JSON.stringify(
			all.map((q) => ({
				...q,
				half: half(q.id),
				ours: oursScoped(q).slice(0, 5),
				pagefind: (measured.results[q.q] ?? []).slice(0, 5),
			})),
			null,
			'\t',
		)}\n`,
	);
	const report = (qs) => ({
		oursScoped: score(qs, oursScoped),
		oursShipped: score(qs, oursShipped),
		pagefind: score(qs, (q) => perResult(measured.results[q.q])),
		pagefindLinks: score(qs, (q) => perLink(measured.results[q.q])),
	});
	return {
		...out,
		counts: {
			all: all.length,
			tune: tune.length,
			test: test.length,
			testQuestions: test.filter((q) => family(q) === 'question').length,
		},
		heldOut: report(test),
		tuning: report(tune),
		pagefindTuning: measured.tuning.map((t) => ({
			weight: t.weight,
			ranking: t.ranking,
			mrr: t.all.mrr,
		})),
		pagefindRanking: measured.best.ranking,
		pagefindWeight: measured.best.weight,
		time: measured.time,
		bytes: measured.bytes,
		codeBytes,
	};
}

const f3 = (n) => n.toFixed(3);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function recallTable(r, heading) {
	const rows = [];
	for (const fam of ['keyword', 'question', 'all']) {
		for (const [name, s] of [
			['lunr (ours), same scope', r.oursScoped[fam]],
			['lunr (ours) as shipped (+ bank questions)', r.oursShipped[fam]],
			['Pagefind, per result (page + its sub-results)', r.pagefind[fam]],
			['Pagefind, per link (sub-results as links)', r.pagefindLinks[fam]],
		]) {
			rows.push(
				`| ${fam} (${s.n}) | ${name} | ${f3(s.recall1)} | ${f3(s.recall5)} | ${f3(s.mrr)} |`,
			);
		}
	}
	return [
		heading,
		'',
		'| queries | engine | recall@1 | recall@5 | MRR |',
		'|---|---|---|---|---|',
		...rows,
	].join('\n');
}

function markdown(one, scaled) {
	const lines = [
		'Both engines index the same pages/content (see SCOPE and PAGEFIND_SETTINGS in bench/search.bench.mjs);',
		'both are scored through their APIs: a result counts when it, or one of its sub-results, opens an expected place',
		'(a 原文 paragraph exactly, or a page at any anchor). Our results are single passages. A Pagefind result is a',
		'page with its sub-results (passages under headings with ids): "per result" ranks pages (generous: one page',
		'result may hold many passages); "per link" ranks each sub-result as its own link (most matched words first).',
		`Queries: ${one.counts.all} (${one.counts.tune} tuning, ${one.counts.test} held-out of which ${one.counts.testQuestions} natural-language questions); split by id.`,
		`Pagefind settings chosen on the tuning half (best MRR): 原文 \`data-pagefind-weight="${one.pagefindWeight}"\`, ranking \`${JSON.stringify(one.pagefindRanking)}\`.`,
		'',
		recallTable(one.heldOut, '### Held-out half (the figures to quote)'),
		'',
		`Held-out misses@5 — ours (same scope): ${one.heldOut.oursScoped.misses.join(', ') || 'none'}; Pagefind (per result): ${one.heldOut.pagefind.misses.join(', ') || 'none'}. Every query's first five: bench/out/search-links.json.`,
		'',
		recallTable(one.tuning, '### Tuning half (what the weights were chosen on; not a result)'),
		'',
		`Pagefind settings tried (${one.pagefindTuning.length}; MRR on the tuning half): ` +
			one.pagefindTuning
				.map((t) => `w${t.weight} ${Object.values(t.ranking).join('/')} → ${f3(t.mrr)}`)
				.join('; ') +
			' (ranking as termFrequency/pageLength/termSaturation/termSimilarity).',
		'',
		'### Cost',
		'',
		'| metric | lunr (ours, as shipped) | Pagefind |',
		'|---|---|---|',
		`| median query time per held-out query (API, warm, median of ${RUNS} runs) | ${one.time.ours.toFixed(2)} ms | ${one.time.pagefind.toFixed(2)} ms |`,
		`| … ratio Pagefind / ours | 1 | ${(one.time.pagefind / one.time.ours).toFixed(2)} |`,
		...['keyword', 'question'].map(
			(fam) =>
				`| … ${fam} queries only | ${one.time[fam].ours.toFixed(2)} ms | ${one.time[fam].pagefind.toFixed(2)} ms (× ${(one.time[fam].pagefind / one.time[fam].ours).toFixed(2)}) |`,
		),
		`| first query「最多跑一次」, fresh page: index data fetched (server bytes, gzip) | ${kb(one.bytes.ours)} | ${kb(one.bytes.pagefind - one.codeBytes.pagefind)} |`,
		`| … plus engine code (ours: engine + lunr core + excerpts bundle; Pagefind: pagefind.js + worker + wasm) | ${kb(one.bytes.ours + one.codeBytes.ours)} | ${kb(one.bytes.pagefind)} |`,
		...[one, scaled]
			.filter(Boolean)
			.flatMap((c) => [
				`| ${c.label}: index data on disk, raw | ${kb(c.size.ours.raw)} (${c.size.ours.files} files) | ${kb(c.size.pagefind.raw)} (${c.size.pagefind.files} files) |`,
				`| ${c.label}: index data on disk, gzip | ${kb(c.size.ours.gzip)} | ${kb(c.size.pagefind.gzip)} |`,
				`| ${c.label}: site build (our index included) | ${(c.buildMs / 1000).toFixed(1)} s | — |`,
			]),
	];
	return lines.join('\n');
}

export async function run({ root = process.cwd(), chromiumPath, log = console.log } = {}) {
	const { chromium } = await import('@playwright/test');
	const scale = Number(process.env.SEARCH_BENCH_SCALE ?? 10);
	const tmp = mkdtempSync(join(tmpdir(), 'search-bench-'));
	const env = { chromium, chromiumPath, log };
	try {
		const one = await compare(root, tmp, '1×', env, { recall: true });
		let scaled;
		if (scale > 1) {
			// Inside the project (bench/out/ is ignored): Vite resolves a symlinked node_modules wrongly
			// for a project root under /tmp.
			const copyDir = join(root, 'bench/out', `search-${scale}x`);
			rmSync(copyDir, { recursive: true, force: true });
			try {
				scaled = await compare(
					scaledCopy(root, copyDir, scale),
					tmp,
					`${scale}× (synthetic)`,
					env,
					{
						recall: false,
					},
				);
			} finally {
				rmSync(copyDir, { recursive: true, force: true });
			}
		}
		return { markdown: markdown(one, scaled), json: { one, scaled } };
	} finally {
		if (process.env.SEARCH_BENCH_KEEP) log(`kept ${tmp}`);
		else rmSync(tmp, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { findChromium } = await import('../tests/support/browser.mjs');
	const result = await run({ chromiumPath: findChromium(), log: (m) => console.error(m) });
	console.log(result.markdown);
}
