/**
 * The search engine in the browser (and in the unit tests): loads a parsed `search/index.json` and
 * answers queries with ranked documents. Query terms come from ./tokenizer.ts, exactly as indexed.
 *
 * Ranking: every query term is optional, so a typo or an extra character still finds the passage;
 * documents that contain more of the query's terms come first (coverage), then lunr's BM25 score.
 * Owns: query → ranked hits. Must not: fetch, touch the DOM or storage.
 */
import lunr from 'lunr';
import { parseIndexFile, type ShippedDoc } from './index-format';
import { unpackIndex } from './packed-index';
import { queryTerms } from './tokenizer';

export interface SearchHit {
	doc: ShippedDoc;
	/** 0…1: share of the query's terms found in the document. */
	coverage: number;
	score: number;
}

export interface SearchEngine {
	readonly size: number;
	search(query: string, limit?: number): SearchHit[];
}

/** Results beyond this are never shown. */
export const MAX_RESULTS = 30;

/** Load an index file (already JSON-parsed). Throws when it is corrupt. */
export function loadEngine(file: unknown): SearchEngine {
	const { docs, index: raw } = parseIndexFile(file);
	const index = unpackIndex(raw);
	return {
		size: docs.length,
		search(query, limit = MAX_RESULTS) {
			const terms = queryTerms(query);
			if (terms.length === 0) return [];
			const results = index.query((q) => {
				for (const t of terms) {
					q.term(t.term, {
						usePipeline: false,
						wildcard: t.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
						presence: lunr.Query.presence.OPTIONAL,
					});
				}
			});
			const hits: SearchHit[] = [];
			for (const r of results) {
				const doc = docs[Number(r.ref)];
				if (!doc) continue;
				const found = Object.keys(r.matchData.metadata);
				const matched = terms.filter((t) =>
					t.prefix ? found.some((k) => k.startsWith(t.term)) : found.includes(t.term),
				).length;
				hits.push({ doc, coverage: matched / terms.length, score: r.score });
			}
			hits.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
			return hits.slice(0, limit);
		},
	};
}
