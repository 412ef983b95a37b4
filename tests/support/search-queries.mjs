/**
 * The search query set (tests/search-queries.json) and how a result list is scored against it, shared
 * by the recall unit test and the search benchmark so both count hits the same way.
 *
 * A hit is `{ kind, title, url, text? }` with `url` relative to the base (`source/#p8`).
 */
import { readFileSync } from 'node:fs';

/**
 * @typedef {string | { kind: string, title?: string, text?: string }} Expect
 * @typedef {{ q: string, type: string, expect: Expect }} Query
 * @typedef {{ kind: string, title: string, url: string, text?: string }} Hit
 */

/** @returns {Query[]} */
export function loadQueries(path = new URL('../search-queries.json', import.meta.url)) {
	return JSON.parse(readFileSync(path, 'utf8')).queries;
}

/** The kind of content a query's target is (from the url's first segment, or given). */
export function expectedKind(/** @type {Expect} */ expect) {
	if (typeof expect !== 'string') return expect.kind;
	const first = expect.split('/')[0];
	return (
		{ source: 'source', lessons: 'lesson', glossary: 'term', cases: 'case' }[first ?? ''] ?? 'other'
	);
}

/**
 * Does one hit satisfy the target? `sectionOf` (optional) maps a url to other urls that also count,
 * e.g. the benchmark credits Pagefind's section anchor for a paragraph inside that section.
 * @param {Expect} expect
 * @param {Hit} hit
 * @param {(url: string) => string[]} [also]
 */
export function isHit(expect, hit, also) {
	if (typeof expect === 'string') {
		// A question links to its source paragraph too: only a result of the target's kind counts.
		if (hit.kind !== expectedKind(expect)) return false;
		const wanted = [expect, ...(also ? also(expect) : [])];
		return wanted.some((url) =>
			url.includes('#') ? hit.url === url : hit.url.split('#')[0] === url,
		);
	}
	if (hit.kind !== expect.kind) return false;
	if (expect.title && !hit.title.includes(expect.title)) return false;
	if (expect.text && !`${hit.title}\n${hit.text ?? ''}`.includes(expect.text)) return false;
	return true;
}

/**
 * Position (1-based) of the first hit in `hits` that satisfies the target, or 0.
 * @param {Expect} expect
 * @param {Hit[]} hits
 * @param {(url: string) => string[]} [also]
 */
export function rankOf(expect, hits, also) {
	const i = hits.findIndex((hit) => isHit(expect, hit, also));
	return i + 1;
}
