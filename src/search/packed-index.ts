/**
 * A compact, sharded form of a lunr index. The terms are split into shards by their first character
 * (so a prefix query for one character needs one shard); each shard holds its sorted terms and, per term
 * and field, the documents holding it with term frequencies (delta-encoded). The main part holds only
 * the field names, boosts and every document's field lengths.
 *
 * A lunr index rebuilt from the main part and ANY set of shards ranks the queries whose terms all lie in
 * those shards exactly like the full index built by `lunr.Builder` (a unit test proves it): lunr's BM25
 * weight of a term in a document needs only that term's postings, the document's field length and the
 * average field length, and lunr normalises a score by the query vector, not by the document vector.
 * So the browser fetches only the shards a query touches.
 *
 * Owns: pack (build time), shard choice and unpack (browser). Must not: tokenize or rank.
 */
import type lunr from 'lunr';
import core from 'virtual:lunr-core';

export interface PackedMeta {
	/** Field names in order, and their boosts. */
	fields: string[];
	boosts: number[];
	/** Number of documents (refs are "0" … "n-1"). */
	n: number;
	/** Per field, per document: the number of tokens (lunr's field length). */
	lengths: number[][];
	/** Number of term shards. */
	shards: number;
}

export interface PackedShard {
	/** The shard's terms, sorted, joined by single spaces (terms never contain whitespace). */
	terms: string;
	/** Per term (same order): for each field, the count of postings then the encoded postings. */
	postings: number[][];
}

/** lunr's BM25 constants (lunr.Builder defaults). */
const K1 = 1.2;
const B = 0.75;
/** A posting is `delta * TF_SLOTS + tf` when tf < TF_SLOTS, else `delta * TF_SLOTS` followed by tf. */
const TF_SLOTS = 8;
/** About this many terms per shard (a shard is then a few KB). */
export const TERMS_PER_SHARD = 60;
export const MAX_SHARDS = 256;

/** The shard holding `term` (by its first code point), out of `shards`. */
export function shardOf(term: string, shards: number): number {
	return (term.codePointAt(0) ?? 0) % shards;
}

/** Pack documents given as token arrays per field (`docs[i][f]` = tokens of field f of doc i). */
export function packIndex(
	fields: readonly { name: string; boost: number }[],
	docs: readonly (readonly (readonly string[])[])[],
): { meta: PackedMeta; shards: PackedShard[] } {
	const byTerm = new Map<string, Map<number, number>[]>(); // term → per field: doc → tf
	const lengths = fields.map(() => new Array<number>(docs.length).fill(0));
	docs.forEach((doc, d) => {
		fields.forEach((_, f) => {
			const tokens = doc[f] ?? [];
			lengths[f]![d] = tokens.length;
			for (const token of tokens) {
				let perField = byTerm.get(token);
				if (!perField) byTerm.set(token, (perField = fields.map(() => new Map<number, number>())));
				const m = perField[f]!;
				m.set(d, (m.get(d) ?? 0) + 1);
			}
		});
	});
	const terms = [...byTerm.keys()].sort();
	const count = Math.max(1, Math.min(MAX_SHARDS, Math.ceil(terms.length / TERMS_PER_SHARD)));
	const shards: Array<{ terms: string[]; postings: number[][] }> = Array.from(
		{ length: count },
		() => ({ terms: [], postings: [] }),
	);
	for (const term of terms) {
		const out: number[] = [];
		for (const m of byTerm.get(term)!) {
			const entries = [...m.entries()].sort((a, b) => a[0] - b[0]);
			out.push(entries.length);
			let prev = -1;
			for (const [d, tf] of entries) {
				const delta = d - prev;
				prev = d;
				if (tf < TF_SLOTS) out.push(delta * TF_SLOTS + tf);
				else out.push(delta * TF_SLOTS, tf);
			}
		}
		const shard = shards[shardOf(term, count)]!;
		shard.terms.push(term);
		shard.postings.push(out);
	}
	return {
		meta: {
			fields: fields.map((f) => f.name),
			boosts: fields.map((f) => f.boost),
			n: docs.length,
			lengths,
			shards: count,
		},
		shards: shards.map((s) => ({ terms: s.terms.join(' '), postings: s.postings })),
	};
}

const isNumberArray = (v: unknown): v is number[] =>
	Array.isArray(v) && v.every((x) => typeof x === 'number');

/** Validate the main part; throws on a malformed value. */
export function parseMeta(value: unknown): PackedMeta {
	const v = (value ?? {}) as Partial<Record<keyof PackedMeta, unknown>>;
	if (
		!Array.isArray(v.fields) ||
		!v.fields.every((f) => typeof f === 'string') ||
		!isNumberArray(v.boosts) ||
		typeof v.n !== 'number' ||
		typeof v.shards !== 'number' ||
		v.shards < 1 ||
		!Array.isArray(v.lengths) ||
		v.lengths.length !== v.fields.length ||
		!v.lengths.every((l) => isNumberArray(l) && l.length === v.n)
	) {
		throw new Error('packed index has the wrong shape');
	}
	return v as PackedMeta;
}

/** Validate one shard; throws on a malformed value. */
export function parseShard(value: unknown): PackedShard {
	const v = (value ?? {}) as Partial<Record<keyof PackedShard, unknown>>;
	if (
		typeof v.terms !== 'string' ||
		!Array.isArray(v.postings) ||
		!v.postings.every(isNumberArray)
	) {
		throw new Error('index shard has the wrong shape');
	}
	const count = v.terms ? v.terms.split(' ').length : 0;
	if (count !== v.postings.length) throw new Error('index shard: terms and postings differ');
	return v as PackedShard;
}

/** Rebuild a lunr.Index from the main part and the given (validated) shards. Throws when corrupt. */
export function unpackIndex(meta: PackedMeta, shards: readonly PackedShard[]): lunr.Index {
	const { fields, boosts, n, lengths } = meta;
	const F = fields.length;
	const entries: Array<[string, number[]]> = [];
	for (const shard of shards) {
		const terms = shard.terms ? shard.terms.split(' ') : [];
		terms.forEach((term, i) => entries.push([term, shard.postings[i]!]));
	}
	entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	const average = lengths.map((l) => (n ? l.reduce((a, b) => a + b, 0) / n : 0));
	// Inverted index and per-field vectors, with lunr's BM25 exactly as lunr.Builder computes it.
	const invertedIndex = Object.create(null) as Record<string, Record<string, unknown>>;
	const vectors: Array<Array<number[]>> = fields.map(() =>
		Array.from({ length: n }, () => [] as number[]),
	);
	entries.forEach(([term, list], t) => {
		let at = 0;
		const perField: Array<Array<[number, number]>> = [];
		for (let f = 0; f < F; f++) {
			const count = list[at++];
			if (typeof count !== 'number') throw new Error(`postings of ${term}`);
			const pairs: Array<[number, number]> = [];
			let doc = -1;
			for (let k = 0; k < count; k++) {
				const code = list[at++]!;
				let tf = code % TF_SLOTS;
				doc += (code - tf) / TF_SLOTS;
				if (tf === 0) tf = list[at++]!;
				if (!(doc >= 0 && doc < n && tf > 0)) throw new Error(`postings of ${term}`);
				pairs.push([doc, tf]);
			}
			perField.push(pairs);
		}
		const posting = Object.create(null) as Record<string, unknown>;
		posting['_index'] = t;
		let withTerm = 0;
		perField.forEach((pairs, f) => {
			const docsOf = Object.create(null) as Record<string, object>;
			for (const [d] of pairs) docsOf[d] = {};
			posting[fields[f]!] = docsOf;
			withTerm += pairs.length;
		});
		invertedIndex[term] = posting;
		const x = (n - withTerm + 0.5) / (withTerm + 0.5);
		const idf = Math.log(1 + Math.abs(x));
		perField.forEach((pairs, f) => {
			const avg = average[f] || 1;
			for (const [d, tf] of pairs) {
				const len = lengths[f]![d]!;
				let score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (len / avg)) + tf);
				score *= boosts[f] ?? 1;
				vectors[f]![d]!.push(t, Math.round(score * 1000) / 1000);
			}
		});
	});
	const fieldVectors = Object.create(null) as Record<string, lunr.Vector>;
	fields.forEach((field, f) => {
		for (let d = 0; d < n; d++) fieldVectors[`${field}/${d}`] = new core.Vector(vectors[f]![d]!);
	});
	// @types/lunr names the vectors `documentVectors` and makes fromArray an instance method; lunr
	// 2.3.9 reads `fieldVectors` and has a static TokenSet.fromArray.
	const tokenSet = (
		core.TokenSet as unknown as { fromArray(words: string[]): lunr.TokenSet }
	).fromArray(entries.map((e) => e[0]));
	const attributes = {
		invertedIndex,
		fieldVectors,
		tokenSet,
		fields,
		// Queries never run a pipeline (engine.ts: usePipeline false), and lunr-core ships none.
		pipeline: null,
	};
	return new core.Index(attributes as unknown as lunr.Index.Attributes);
}
