/**
 * The search engine in the browser (and in the unit tests): opens `search/index.json`, then per query
 * fetches only the term shards the query touches and the text shards of the results it returns, and
 * answers with ranked documents. Query terms come from ./tokenizer.ts, exactly as indexed.
 *
 * Ranking: every query term is optional, so a typo or an extra character still finds the passage;
 * documents that contain more of the query's terms come first (coverage), then lunr's BM25 score;
 * documents covering less than half of what the best one covers are dropped; scores are weighted by
 * kind (the passage before the questions quoting it); a document whose whole title is the query (a
 * glossary headword) is shown second at the latest; one kind holds at most 2 of the first 5.
 * Owns: query → ranked hits. Must not: know URLs (the caller passes `fetchJson`), touch the DOM or storage.
 */
import type lunr from 'lunr';
import core from 'virtual:lunr-core';
import {
	INDEX_FILE,
	IndexFormatError,
	parseIndexFile,
	parseTextShard,
	termsFile,
	textFile,
	type ShippedDoc,
} from './index-format';
import { parseShard, shardOf, unpackIndex, type PackedShard } from './packed-index';
import type { SearchKind } from './documents';
import { queryTerms } from './tokenizer';

export interface SearchHit {
	doc: ShippedDoc;
	/** 0…1: share of the query's terms found in the document. */
	coverage: number;
	score: number;
}

export interface SearchEngine {
	readonly size: number;
	/** Ranked hits with their text loaded. Rejects when a shard cannot be fetched or is corrupt. */
	search(query: string, limit?: number): Promise<SearchHit[]>;
}

/**
 * Kind weights on lunr's score. Questions and cases quote the article in short texts, which BM25
 * favours, and glossary entries are short too: the passage itself (then the lesson that explains it)
 * should come first. Measured on tests/search-queries.json: term 0.5 gives recall@1 0.82, recall@5 0.97.
 */
export const KIND_WEIGHT: Readonly<Record<SearchKind, number>> = {
	source: 3,
	lesson: 2,
	term: 0.5,
	question: 0.7,
	case: 0.7,
};
/**
 * A document whose whole title is the query (a glossary headword typed as it is written) is shown at
 * this rank at the latest; it does not take the first place from the passage.
 */
export const EXACT_TITLE_RANK = 2;

/** Move hits flagged `exact` that rank below EXACT_TITLE_RANK up to it, keeping their order. In place. */
export function promoteExactTitles<T extends { exact: boolean }>(hits: T[]): void {
	const at = EXACT_TITLE_RANK - 1;
	const late = hits.filter((h, i) => h.exact && i > at);
	if (late.length === 0) return;
	const rest = hits.filter((h, i) => !(h.exact && i > at));
	hits.splice(0, hits.length, ...rest.slice(0, at), ...late, ...rest.slice(at));
}
/** In the first TOP_WINDOW results, at most PER_KIND_IN_TOP of one kind while other kinds have hits. */
export const TOP_WINDOW = 5;
export const PER_KIND_IN_TOP = 2;

/**
 * Keep rank order, but do not let one kind (typically many short questions on one passage) fill the
 * first results: hits beyond PER_KIND_IN_TOP of a kind wait until the window is full.
 */
export function diversify<T extends { doc: { kind: SearchKind } }>(hits: readonly T[]): T[] {
	const window: T[] = [];
	const waiting: T[] = [];
	const count = new Map<SearchKind, number>();
	let i = 0;
	for (; i < hits.length && window.length < TOP_WINDOW; i++) {
		const hit = hits[i]!;
		const n = count.get(hit.doc.kind) ?? 0;
		if (n >= PER_KIND_IN_TOP) {
			waiting.push(hit);
			continue;
		}
		count.set(hit.doc.kind, n + 1);
		window.push(hit);
	}
	// Window not filled: no other kinds left, so the waiting hits take their places in rank order.
	const rest = [...waiting, ...hits.slice(i)];
	return [...window, ...rest];
}

/** Fetch and JSON-parse one index file by name (`index.json`, `terms-3.json`…). */
export type FetchJson = (file: string) => Promise<unknown>;

/** Results beyond this are never shown. */
export const MAX_RESULTS = 10;
/** A hit must cover at least this share of what the best hit covers. */
export const MIN_RELATIVE_COVERAGE = 0.5;

/** Open the index: fetch and validate index.json. Rejects with IndexFormatError when it is corrupt. */
export async function openEngine(fetchJson: FetchJson): Promise<SearchEngine> {
	const { docs, textStarts, meta } = parseIndexFile(await fetchJson(INDEX_FILE));
	const shards = new Map<number, Promise<PackedShard>>();
	const texts = new Map<number, Promise<void>>();
	let index: lunr.Index | undefined;
	let indexed = new Set<number>();
	const titleField = meta.fields.indexOf('title');

	const loadShard = (k: number) => {
		let p = shards.get(k);
		if (!p) {
			p = fetchJson(termsFile(k)).then(parseShard);
			shards.set(k, p);
			p.catch(() => shards.delete(k));
		}
		return p;
	};

	const loadText = (k: number) => {
		let p = texts.get(k);
		if (!p) {
			const first = textStarts[k]!;
			const end = textStarts[k + 1] ?? docs.length;
			p = fetchJson(textFile(k)).then((value) => {
				parseTextShard(value, end - first).forEach(([title, url, text], i) => {
					Object.assign(docs[first + i]!, { title, url, text });
				});
			});
			texts.set(k, p);
			p.catch(() => texts.delete(k));
		}
		return p;
	};

	const textShardOf = (doc: number) => {
		let k = 0;
		while (k + 1 < textStarts.length && textStarts[k + 1]! <= doc) k++;
		return k;
	};

	return {
		size: docs.length,
		async search(query, limit = MAX_RESULTS) {
			const terms = queryTerms(query);
			if (terms.length === 0) return [];
			const needed = [...new Set(terms.map((t) => shardOf(t.term, meta.shards)))];
			if (!index || needed.some((k) => !indexed.has(k))) {
				await Promise.all(needed.map(loadShard));
				const keys = [...new Set([...indexed, ...needed])];
				let loaded: PackedShard[];
				try {
					loaded = await Promise.all(keys.map(loadShard));
					index = unpackIndex(meta, loaded);
				} catch (error) {
					throw new IndexFormatError((error as Error).message);
				}
				indexed = new Set(keys);
			}
			const results = index.query((q) => {
				for (const t of terms) {
					q.term(t.term, {
						usePipeline: false,
						wildcard: t.prefix ? core.Query.wildcard.TRAILING : core.Query.wildcard.NONE,
						presence: core.Query.presence.OPTIONAL,
					});
				}
			});
			const hits: Array<SearchHit & { ref: number; exact: boolean }> = [];
			for (const r of results) {
				const ref = Number(r.ref);
				const doc = docs[ref];
				if (!doc) continue;
				const metadata = r.matchData.metadata as Record<string, Record<string, unknown>>;
				const found = Object.keys(metadata);
				const has = (t: (typeof terms)[number], keys: string[]) =>
					t.prefix ? keys.some((k) => k.startsWith(t.term)) : keys.includes(t.term);
				const matched = terms.filter((t) => has(t, found)).length;
				// Exact title: every query term found, and every title token is one of them (prefix terms,
				// a character still being typed, never make a title exact).
				const titleTerms = found.filter((k) => metadata[k]?.['title']);
				const inTitle = terms.filter((t) => !t.prefix && titleTerms.includes(t.term)).length;
				const titleLength = meta.lengths[titleField]?.[ref] ?? 0;
				const exact = matched === terms.length && titleLength > 0 && inTitle >= titleLength;
				const score = r.score * KIND_WEIGHT[doc.kind];
				hits.push({ ref, doc, coverage: matched / terms.length, score, exact });
			}
			hits.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
			promoteExactTitles(hits);
			// Documents sharing only a stray pair of characters with the query are noise (and would cost
			// a text shard each): keep those holding at least half as much of the query as the best one.
			const floor = (hits[0]?.coverage ?? 0) * MIN_RELATIVE_COVERAGE;
			const top = diversify(hits.filter((h) => h.coverage >= floor)).slice(0, limit);
			await Promise.all([...new Set(top.map((h) => textShardOf(h.ref)))].map(loadText));
			return top.map(({ doc, coverage, score }) => ({ doc, coverage, score }));
		},
	};
}
