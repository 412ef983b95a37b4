/**
 * Bench: Lighthouse 12.2.3 mobile scores (performance, accessibility, best practices) per page type,
 * against a static server of the 1× build, in the same Chromium the tests use (CHROME_PATH). One run
 * per page: performance moves by a few points with machine load (2 shared cores here).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_BASE, pickPages, serveLikeAHost, sharedBuild } from './lib/site.mjs';

export const title = 'Lighthouse mobile scores (lighthouse 12.2.3, simulated throttling)';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const TARGET = { performance: 95, accessibility: 100, 'best-practices': 100 };

/** Async on purpose: the static server runs in this process, so a blocking spawn would starve it. */
async function lighthouse(root, chromiumPath, url, out) {
	await promisify(execFile)(
		process.execPath,
		[
			join(root, 'bench/node_modules/lighthouse/cli/index.js'),
			url,
			'--quiet',
			'--output=json',
			`--output-path=${out}`,
			`--only-categories=${CATEGORIES.join(',')}`,
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
		],
		{
			encoding: 'utf8',
			timeout: 300_000,
			env: { ...process.env, CHROME_PATH: chromiumPath },
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	const report = JSON.parse(readFileSync(out, 'utf8'));
	const scores = Object.fromEntries(
		CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
	);
	const failing = Object.values(report.audits)
		.filter(
			(a) =>
				a.score !== null &&
				a.score < 1 &&
				['binary', 'numeric'].includes(a.scoreDisplayMode) &&
				a.details?.type !== 'opportunity',
		)
		.map((a) => a.id);
	const metrics = {
		fcp: report.audits['first-contentful-paint']?.numericValue,
		lcp: report.audits['largest-contentful-paint']?.numericValue,
		tbt: report.audits['total-blocking-time']?.numericValue,
		cls: report.audits['cumulative-layout-shift']?.numericValue,
	};
	return { scores, metrics, failing };
}

/** Lighthouse occasionally loses its Chromium target on a loaded machine: one retry. */
async function withRetry(fn) {
	try {
		return await fn();
	} catch {
		return fn();
	}
}

export async function run({ root, chromiumPath, log }) {
	const { dir } = sharedBuild(root, log);
	const server = await serveLikeAHost(dir);
	const port = server.address().port;
	const tmp = mkdtempSync(join(tmpdir(), 'zuzhili-lh-'));
	const rows = [];
	try {
		for (const p of pickPages(dir)) {
			if (p.path === undefined) {
				rows.push({ ...p, absent: true });
				continue;
			}
			log(`  /${p.path}`);
			rows.push({
				...p,
				...(await withRetry(() =>
					lighthouse(
						root,
						chromiumPath,
						`http://127.0.0.1:${port}${BENCH_BASE}${p.path}`,
						join(tmp, 'lh.json'),
					),
				)),
			});
		}
	} finally {
		server.close();
		rmSync(tmp, { recursive: true, force: true });
	}
	const mark = (c, v) => (v >= TARGET[c] ? `${v}` : `**${v}** ✗`);
	const table = [
		'| Page type | Page | Performance | Accessibility | Best practices | FCP / LCP ms | TBT ms | CLS | Audits below 1 |',
		'|---|---|---|---|---|---|---|---|---|',
		...rows.map((r) =>
			r.absent
				? `| ${r.label} | absent | – | – | – | – | – | – | – |`
				: `| ${r.label} | \`/${r.path}\` | ${mark('performance', r.scores.performance)} | ${mark('accessibility', r.scores.accessibility)} | ${mark('best-practices', r.scores['best-practices'])} | ${Math.round(r.metrics.fcp)} / ${Math.round(r.metrics.lcp)} | ${Math.round(r.metrics.tbt)} | ${r.metrics.cls.toFixed(3)} | ${r.failing.slice(0, 6).join(', ') || '–'} |`,
		),
	].join('\n');
	const markdown = [
		'Targets: performance ≥ 95, accessibility 100, best practices 100 (✗ marks a miss). Mobile form factor,',
		'simulated slow 4G, served like a real host (gzip, immutable cache for hashed assets; HTTP/1.1).',
		'',
		table,
	].join('\n');
	return { markdown, json: { pages: rows } };
}
