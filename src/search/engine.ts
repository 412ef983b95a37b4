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
 *
 * Questions (./query.ts: 「带头人怎么选」) rank differently: terms come only from the question's content
 * words; the best QUESTION_RANKING.pool passages by lunr's score (weighted by kind for questions) have
 * their text loaded and are re-ranked by their best sentence (./answer.ts: the share of the question's
 * term weight one sentence holds, plus proximity), so the paragraph that answers comes first; each hit
 * carries that sentence's range for the dialog to highlight.
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
import { bestSentence } from './answer';
import { analyseQuery } from './query';
import type { QueryTerm } from './tokenizer';

export interface SearchHit {
	doc: ShippedDoc;
	/** 0…1: share of the query's terms found in the document. */
	coverage: number;
	score: number;
	/** For a question: code-point range [start, end) of the sentence in `doc.text` that answers it. */
	answer?: [number, number];
}

export interface SearchEngine {
	readonly size: number;
	/** Ranked hits with their text loaded. Rejects when a shard cannot be fetched or is corrupt. */
	search(query: string, limit?: number): Promise<SearchHit[]>;
}

/**
 * Kind weights on lunr's score, for keyword queries. Questions and cases quote the article in short texts,
 * which BM25 favours, and glossary entries are short too: the passage itself (then the lesson that explains
 * it) should come first. Chosen by MRR on the tuning half of tests/search-queries.json (keyword queries)
 * over source 2/3/4, lesson 1/2, term 0.5/1, question 0.5/0.7/1, case 0.5/0.7: lesson 1 (was 2) gives
 * MRR 0.957 against 0.892; question and case weights make no difference there and keep their values.
 */
export const KIND_WEIGHT: Readonly<Record<SearchKind, number>> = {
	source: 3,
	lesson: 1,
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

/**
 * Ranking for questions, chosen on the tuning half of tests/search-queries.json by MRR over a grid
 * (docWeight 0.25/0.5/1, pool 10/20/40, lesson 0.4/0.6/0.8, case 0.3/0.6: 0.896 for this setting and its
 * neighbours); `npm run bench -- search` reports the held-out half. A hit's final score is
 *   kindWeight × (docWeight × its lunr score / the best candidate's + sentenceWeight × its best sentence's score).
 */
export const QUESTION_RANKING = {
	kindWeight: { source: 1, lesson: 0.4, term: 0.5, question: 0.5, case: 0.3 } as Readonly<
		Record<SearchKind, number>
	>,
	/** Passages re-ranked by their best sentence (their text is fetched). */
	pool: 20,
	docWeight: 0.5,
	sentenceWeight: 1,
	/** Weight of a prefix term (a lone character of the question) in a sentence's score. */
	prefixWeight: 0.5,
};

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
			const analysis = analyseQuery(query);
			const terms = analysis.terms;
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
				const kindWeight = (analysis.question ? QUESTION_RANKING.kindWeight : KIND_WEIGHT)[
					doc.kind
				];
				const score = r.score * kindWeight;
				hits.push({ ref, doc, coverage: matched / terms.length, score, exact });
			}
			if (analysis.question) {
				return answerQuestion(hits, terms, analysis.segments, limit, index);
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

	/** Re-rank a question's best passages by the sentence that answers it (see QUESTION_RANKING). */
	async function answerQuestion(
		hits: Array<SearchHit & { ref: number }>,
		terms: QueryTerm[],
		segments: string[],
		limit: number,
		lunrIndex: lunr.Index,
	): Promise<SearchHit[]> {
		const { pool, docWeight, sentenceWeight, prefixWeight, kindWeight } = QUESTION_RANKING;
		const candidates = [...hits].sort((a, b) => b.score - a.score).slice(0, pool);
		await Promise.all([...new Set(candidates.map((h) => textShardOf(h.ref)))].map(loadText));
		const inverted = (
			lunrIndex as unknown as { invertedIndex: Record<string, Record<string, object>> }
		).invertedIndex;
		const n = docs.length;
		const weights = new Map<string, number>();
		const weight = (t: QueryTerm) => {
			let w = weights.get(t.term);
			if (w === undefined) weights.set(t.term, (w = idf(t)));
			return w;
		};
		function idf(t: QueryTerm) {
			if (t.prefix) return prefixWeight;
			const posting = inverted[t.term];
			if (!posting) return 0;
			const refs = new Set<string>();
			for (const [field, byRef] of Object.entries(posting)) {
				if (field !== '_index') for (const ref of Object.keys(byRef)) refs.add(ref);
			}
			const df = refs.size;
			return Math.log(1 + (n - df + 0.5) / (df + 0.5));
		}
		// lunr's score without the kind weight, relative to the best candidate's.
		const raw = (hit: SearchHit) => hit.score / kindWeight[hit.doc.kind];
		const top = Math.max(...candidates.map(raw)) || 1;
		const ranked = candidates.map((hit) => {
			const sentence = bestSentence(hit.doc.text, terms, segments, weight);
			const final =
				kindWeight[hit.doc.kind] *
				((docWeight * raw(hit)) / top + sentenceWeight * (sentence?.score ?? 0));
			return {
				doc: hit.doc,
				coverage: hit.coverage,
				score: final,
				...(sentence ? { answer: [sentence.start, sentence.end] as [number, number] } : {}),
			};
		});
		ranked.sort((a, b) => b.score - a.score);
		return ranked.slice(0, limit);
	}
}
