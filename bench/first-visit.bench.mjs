/**
 * Bench: what a first visit downloads for offline use. The service worker precaches the course core
 * (src/offline/precache.ts CORE_PATTERNS, listed in the built sw.js); the rest waits until visited or
 * until the learner taps 「离线下载全部内容」 (listed in offline-extra.json). Before the split, the
 * first visit precached both. Bytes are the built files, raw and gzipped at level 6 (what a host with
 * gzip sends); they do not drift with machine load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, sharedBuild } from './lib/site.mjs';

export const title = 'First visit: what the service worker downloads (course core vs everything)';

/** A site URL (`/lessons/x/`, `/data/q.json`) → its built file. */
function fileOf(dir, url) {
	const path = url.replace(/^\//u, '').replace(/\?.*$/u, '');
	return join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

function weigh(dir, urls) {
	let raw = 0;
	let gzip = 0;
	for (const url of urls) {
		const bytes = readFileSync(fileOf(dir, url));
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 6 }).length;
	}
	return { files: urls.length, raw, gzip };
}

export async function run({ root, log }) {
	const { dir } = sharedBuild(root, log);
	const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
	const core = [...sw.matchAll(/url:"([^"]+)"/gu)].map((m) => m[1]);
	if (core.length === 0) throw new Error('no precache manifest found in sw.js');
	const extra = JSON.parse(readFileSync(join(dir, 'offline-extra.json'), 'utf8')).files.map(
		(f) => f.url,
	);
	const first = weigh(dir, core);
	const rest = weigh(dir, extra);
	const all = {
		files: first.files + rest.files,
		raw: first.raw + rest.raw,
		gzip: first.gzip + rest.gzip,
	};
	const share = (a, b) => `${((a / b) * 100).toFixed(0)} %`;
	const markdown = [
		'| | files | raw KB | gzip KB |',
		'|---|---|---|---|',
		`| First visit (course core, precached) | ${first.files} | ${kb(first.raw)} | ${kb(first.gzip)} |`,
		`| On demand (cases, practice sets, instructor pages) | ${rest.files} | ${kb(rest.raw)} | ${kb(rest.gzip)} |`,
		`| Everything (what the first visit precached before the split) | ${all.files} | ${kb(all.raw)} | ${kb(all.gzip)} |`,
		'',
		`First visit downloads ${share(first.gzip, all.gzip)} of the gzip bytes it did before (${share(first.files, all.files)} of the files).`,
	].join('\n');
	return { markdown, json: { first, rest, all } };
}
