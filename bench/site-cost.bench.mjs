/**
 * Bench: build time and first-load page weight per page type, at 1× content and at 10× synthetic
 * content (a temporary copy of the project with every lesson, case and question bank file duplicated
 * under new ids; deleted afterwards), to show how cost grows with content.
 *
 * Page weight is measured two ways:
 *  - browser: what headless Chromium requests on a first load (fresh cache, service worker blocked,
 *    no scrolling) — documents, stylesheets and scripts, bodies gzipped at level 6;
 *  - static: what the HTML references (tests/support/built-site.mjs), counting every island as
 *    hydrated — the upper bound the `npm test` budgets use.
 * Neither counts the service worker, its precache, the search index or quiz data.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight, sitemapPaths } from '../tests/support/built-site.mjs';
import { serve } from '../tests/support/static-server.mjs';
import {
	BENCH_BASE,
	browserWeight,
	buildSite,
	copyProject,
	kb,
	launchChromium,
	multiplyContent,
	pickPages,
	sharedBuild,
} from './lib/site.mjs';

export const title =
	'Site cost: build time and first-load bytes per page type (1× and 10× content)';

const FACTOR = 10;

/** Whole built site, what the service worker precaches (its globPatterns), and two data files. */
function siteBytes(dir) {
	let bytes = 0;
	let files = 0;
	let precache = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const size = statSync(join(entry.parentPath, entry.name)).size;
		bytes += size;
		files++;
		if (/\.(html|css|m?js|json|svg|webmanifest|png)$/u.test(entry.name) && entry.name !== 'sw.js')
			precache += size;
	}
	const sizeOf = (rel) => (existsSync(join(dir, rel)) ? statSync(join(dir, rel)).size : 0);
	return {
		bytes,
		files,
		precache,
		searchIndex: sizeOf('search/index.json'),
		questions: sizeOf('data/questions.json'),
	};
}

async function measure(dir, seconds, chromiumPath, log) {
	const server = await serve(dir, 0, BENCH_BASE);
	const port = server.address().port;
	const browser = await launchChromium(chromiumPath);
	const pages = [];
	try {
		for (const p of pickPages(dir)) {
			if (!p.path && p.path !== '') {
				pages.push({ ...p, absent: true });
				continue;
			}
			log(`  /${p.path}`);
			const browserW = await browserWeight(
				browser,
				`http://127.0.0.1:${port}${BENCH_BASE}${p.path}`,
			);
			const staticW = pageWeight(dir, BENCH_BASE, p.path);
			pages.push({ ...p, browser: browserW, static: { total: staticW.total, js: staticW.js } });
		}
	} finally {
		await browser.close();
		server.close();
	}
	return {
		buildSeconds: seconds,
		pageCount: sitemapPaths(dir, BENCH_BASE).length,
		site: siteBytes(dir),
		pages,
	};
}

const cell = (b) => `${kb(b.raw)} / ${kb(b.gzip)}`;

function table(result) {
	const rows = [
		'| Page type | Page | HTML raw / gz | CSS raw / gz | JS raw / gz | First load gz (browser) | Static upper bound gz (JS) |',
		'|---|---|---|---|---|---|---|',
	];
	for (const p of result.pages) {
		if (p.absent) {
			rows.push(`| ${p.label} | absent | – | – | – | – | – |`);
			continue;
		}
		const more = p.count > 1 ? ` (1 of ${p.count})` : '';
		rows.push(
			`| ${p.label} | \`/${p.path}\`${more} | ${cell(p.browser.html)} | ${cell(p.browser.css)} | ${cell(p.browser.js)} | **${kb(p.browser.total.gzip)}** | ${kb(p.static.total.gzip)} (${kb(p.static.js.gzip)}) |`,
		);
	}
	return rows.join('\n');
}

export async function run({ root, chromiumPath, log }) {
	const one = sharedBuild(root, log);
	log(`1× built in ${one.seconds.toFixed(1)} s; measuring…`);
	const x1 = await measure(one.dir, one.seconds, chromiumPath, log);

	let x10;
	let x10Error;
	const tmp = copyProject(root);
	try {
		const added = multiplyContent(tmp, FACTOR);
		log(`10×: added ${JSON.stringify(added)} in ${tmp}; building…`);
		const out = join(tmp, 'dist');
		const seconds = buildSite(tmp, out);
		log(`10× built in ${seconds.toFixed(1)} s; measuring…`);
		x10 = { ...(await measure(out, seconds, chromiumPath, log)), added };
	} catch (error) {
		x10Error = error instanceof Error ? error.message : String(error);
		log(`10× failed: ${x10Error.split('\n')[0]}`);
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}

	const growth = ['| | 1× | 10× | ratio |', '|---|---|---|---|'];
	const ratio = (a, b) => (a > 0 && b !== undefined ? `${(b / a).toFixed(2)}×` : '–');
	if (x10) {
		growth.push(
			`| Build time (s) | ${x1.buildSeconds.toFixed(1)} | ${x10.buildSeconds.toFixed(1)} | ${ratio(x1.buildSeconds, x10.buildSeconds)} |`,
		);
		growth.push(
			`| Pages in sitemap | ${x1.pageCount} | ${x10.pageCount} | ${ratio(x1.pageCount, x10.pageCount)} |`,
		);
		growth.push(
			`| Built site (files / KB) | ${x1.site.files} / ${kb(x1.site.bytes)} | ${x10.site.files} / ${kb(x10.site.bytes)} | ${ratio(x1.site.bytes, x10.site.bytes)} |`,
		);
		growth.push(
			`| Service worker precache (KB, raw) | ${kb(x1.site.precache)} | ${kb(x10.site.precache)} | ${ratio(x1.site.precache, x10.site.precache)} |`,
		);
		growth.push(
			`| Search index /search/index.json (KB, raw) | ${kb(x1.site.searchIndex)} | ${kb(x10.site.searchIndex)} | ${ratio(x1.site.searchIndex, x10.site.searchIndex)} |`,
		);
		growth.push(
			`| Quiz data /data/questions.json (KB, raw) | ${kb(x1.site.questions)} | ${kb(x10.site.questions)} | ${ratio(x1.site.questions, x10.site.questions)} |`,
		);
		for (const [i, p] of x1.pages.entries()) {
			const q = x10.pages[i];
			if (p.absent || !q || q.absent) continue;
			growth.push(
				`| ${p.label}: first load gz KB | ${kb(p.browser.total.gzip)} | ${kb(q.browser.total.gzip)} | ${ratio(p.browser.total.gzip, q.browser.total.gzip)} |`,
			);
		}
	}

	const markdown = [
		'Sizes in KB (1024 bytes). "Browser" = what headless Chromium requested on a first load (fresh cache,',
		'service worker blocked, not scrolled): document + stylesheets + scripts, gzip level 6 of each body.',
		'"Static upper bound" = everything the HTML references with every island hydrated — the figure the',
		'`npm test` budgets check (lesson ≤ 80 KB gzip, JS ≤ 35 KB gzip). Service worker, search index and quiz',
		'data are excluded from both.',
		'',
		`### 1× content (built in ${x1.buildSeconds.toFixed(1)} s, ${x1.pageCount} pages)`,
		'',
		table(x1),
		'',
		x10
			? `### 10× synthetic content (added ${x10.added.pages} lessons/pages, ${x10.added.data} case files, ${x10.added.banks} bank files, ${x10.added.sets} quiz sets; cross-file content checks report only; built in ${x10.buildSeconds.toFixed(1)} s, ${x10.pageCount} pages)`
			: '### 10× synthetic content',
		'',
		x10
			? table(x10)
			: `**10× build failed:** \`${(x10Error ?? '').split('\n').slice(-3).join(' ').slice(0, 400)}\``,
		'',
		'### Growth',
		'',
		x10 ? growth.join('\n') : '(no 10× figures)',
	].join('\n');
	return { markdown, json: { x1, x10: x10 ?? null, x10Error: x10Error ?? null } };
}
