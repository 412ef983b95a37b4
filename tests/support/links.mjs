/**
 * Broken internal links and anchors in a built site: every href/src in every built page must resolve
 * to a built file under the base path, and every #fragment (e.g. 原文 #p3, heading ids) to an id on
 * the target page. Other origins are reported too (nothing may leave the site). Skips the canonical
 * link (absolute SITE_URL by design).
 * Usage: node tests/support/links.mjs <dir> <base>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileForUrl, htmlFiles, normaliseBase, tags } from './built-site.mjs';

const LINK_ATTRS = {
	a: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src'],
	source: ['src'],
	iframe: ['src'],
	form: ['action'],
	'astro-island': ['component-url', 'renderer-url'],
};

const idCache = new Map();
function idsOf(file) {
	if (!idCache.has(file)) {
		const html = readFileSync(file, 'utf8');
		idCache.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/gu)].map((m) => m[1])));
	}
	return idCache.get(file);
}

export function checkLinks(dir, base) {
	const prefix = normaliseBase(base);
	const problems = [];
	const files = htmlFiles(dir);
	for (const rel of files) {
		const file = join(dir, rel);
		const html = readFileSync(file, 'utf8');
		const pageUrl = prefix + rel.replace(/(^|\/)index\.html$/u, '$1');
		for (const [tag, attrs] of Object.entries(LINK_ATTRS))
			for (const t of tags(html, tag))
				for (const attr of attrs) {
					const ref = t[attr];
					if (ref === undefined || ref === '') continue;
					if (tag === 'link' && /canonical|alternate/u.test(t.rel ?? '')) continue;
					if (/^(mailto|tel|data|blob|javascript):/iu.test(ref)) {
						if (/^javascript:/iu.test(ref)) problems.push(`${rel}: javascript: URL ${ref}`);
						continue;
					}
					const url = new URL(ref, `http://site${pageUrl}`);
					if (url.origin !== 'http://site') {
						problems.push(`${rel}: <${tag} ${attr}="${ref}"> leaves the site`);
						continue;
					}
					const target = fileForUrl(dir, base, url.pathname);
					if (!target) {
						problems.push(
							`${rel}: <${tag} ${attr}="${ref}"> → ${url.pathname} is not a built file`,
						);
						continue;
					}
					const fragment = decodeURIComponent(url.hash.slice(1));
					if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
						problems.push(
							`${rel}: <${tag} ${attr}="${ref}"> → no id "${fragment}" on ${url.pathname}`,
						);
				}
	}
	return { pages: files.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = 'dist', base = '/'] = process.argv.slice(2);
	const { pages, problems } = checkLinks(dir, base);
	if (problems.length > 0) {
		console.error(`[links] ${problems.length} broken in ${dir}:\n  ${problems.join('\n  ')}`);
		process.exit(1);
	}
	console.log(`[links] ${pages} pages under ${base}: no broken internal links or anchors`);
}
