/**
 * The search query set (tests/search-queries.json) and how a ranked list of links is scored against it,
 * shared by the recall unit test and the search benchmark so that both engines are counted the same way.
 *
 * A query: `{ id, q, type, expect }`. `expect` lists the places that answer it, as site paths relative to
 * the base (`source/#p8`, `glossary/#term-ruoruo`, `lessons/coverage/`): a path with `#` must be opened
 * exactly; a path without `#` accepts that page at any anchor. `type` `question` marks a natural-language
 * question a cadre would type; every other type (term, phrase, multi, partial, punct, typo) is a keyword
 * query.
 *
 * The split is fixed by id: the number at the end of the id is odd → tuning half, even → held-out half.
 * Kind weights and ranking rules are chosen on the tuning half; figures are reported on the held-out half.
 */
import { readFileSync } from 'node:fs';

/**
 * @typedef {{ id: string, q: string, type: string, expect: string[] }} Query
 */

/** @returns {Query[]} */
export function loadQueries(path = new URL('../search-queries.json', import.meta.url)) {
	return JSON.parse(readFileSync(path, 'utf8')).queries;
}

/** `tune` or `test` (held-out), from the id's trailing number. */
export function half(/** @type {string} */ id) {
	const n = Number(/(\d+)$/u.exec(id)?.[1] ?? NaN);
	if (!Number.isInteger(n)) throw new Error(`query id without a number: ${id}`);
	return n % 2 === 1 ? 'tune' : 'test';
}

/** Natural-language question (`question`) or keyword query (everything else). */
export function family(/** @type {Query} */ query) {
	return query.type === 'question' ? 'question' : 'keyword';
}

/** Does a link (site path relative to the base, e.g. `source/#p3`) open the expected place? */
export function opens(/** @type {string} */ expected, /** @type {string} */ url) {
	const link = url.replace(/^\/+/u, '');
	return expected.includes('#') ? link === expected : link.split('#')[0] === expected;
}

/**
 * Position (1-based) of the first result that opens one of the expected places, or 0. A result is a link,
 * or a list of links (a page result with its sub-results: it counts when any of them opens the place).
 * @param {string[]} expect
 * @param {Array<string | string[]>} results in the order shown
 */
export function rankOf(expect, results) {
	return (
		results.findIndex((r) =>
			(Array.isArray(r) ? r : [r]).some((url) => expect.some((e) => opens(e, url))),
		) + 1
	);
}

/**
 * recall@1, recall@5 and MRR (reciprocal rank of the first opening link within the first 10; 0 beyond)
 * over ranks (0 = not found).
 * @param {number[]} ranks
 */
export function scores(ranks) {
	const n = ranks.length || 1;
	return {
		n: ranks.length,
		recall1: ranks.filter((r) => r === 1).length / n,
		recall5: ranks.filter((r) => r >= 1 && r <= 5).length / n,
		mrr: ranks.reduce((sum, r) => sum + (r >= 1 && r <= 10 ? 1 / r : 0), 0) / n,
	};
}
