/**
 * A compact form of a lunr index: the sorted term list and, per term and field, the documents holding
 * it with their term frequencies (delta-encoded). Everything else lunr stores — the BM25 field vectors,
 * field lengths, the token set — is derived from these at load time with lunr's own formulas, so the
 * loaded index ranks exactly like one built by `lunr.Builder` (a unit test proves it), at a fraction of
 * lunr's JSON size (which repeats `{"text":{"12":{}}}` for every posting and a float per vector entry).
 *
 * Owns: pack (build time) and unpack (browser). Must not: tokenize or rank.
 */
import lunr from 'lunr';

export interface PackedIndex {
	/** Field names in order, and their boosts. */
	fields: string[];
	boosts: number[];
	/** Number of documents (refs are "0" … "n-1"). */
	n: number;
	/** Every term, sorted, joined by single spaces (terms never contain whitespace). */
	terms: string;
	/** Per term (same order): for each field, the count of postings then the encoded postings. */
	postings: number[][];
}

/** lunr's BM25 constants (lunr.Builder defaults). */
const K1 = 1.2;
const B = 0.75;
/** A posting is `delta * TF_SLOTS + tf` when tf < TF_SLOTS, else `delta * TF_SLOTS` followed by tf. */
const TF_SLOTS = 8;

/** Pack documents given as token arrays per field (`docs[i][f]` = tokens of field f of doc i). */
export function packIndex(
	fields: readonly { name: string; boost: number }[],
	docs: readonly (readonly (readonly string[])[])[],
): PackedIndex {
	const byTerm = new Map<string, Map<number, number>[]>(); // term → per field: doc → tf
	docs.forEach((doc, d) => {
		fields.forEach((_, f) => {
			for (const token of doc[f] ?? []) {
				let perField = byTerm.get(token);
				if (!perField) byTerm.set(token, (perField = fields.map(() => new Map<number, number>())));
				const m = perField[f]!;
				m.set(d, (m.get(d) ?? 0) + 1);
			}
		});
	});
	const terms = [...byTerm.keys()].sort();
	const postings = terms.map((term) => {
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
		return out;
	});
	return {
		fields: fields.map((f) => f.name),
		boosts: fields.map((f) => f.boost),
		n: docs.length,
		terms: terms.join(' '),
		postings,
	};
}

function isPacked(value: unknown): value is PackedIndex {
	if (!value || typeof value !== 'object') return false;
	const v = value as Partial<PackedIndex>;
	return (
		Array.isArray(v.fields) &&
		Array.isArray(v.boosts) &&
		typeof v.n === 'number' &&
		typeof v.terms === 'string' &&
		Array.isArray(v.postings)
	);
}

/** Rebuild a lunr.Index from its packed form. Throws on a malformed value. */
export function unpackIndex(value: unknown): lunr.Index {
	if (!isPacked(value)) throw new Error('packed index has the wrong shape');
	const { fields, boosts, n, postings } = value;
	const terms = value.terms ? value.terms.split(' ') : [];
	if (terms.length !== postings.length) throw new Error('terms and postings differ in length');
	const F = fields.length;
	// Decode postings: per term, per field, [doc, tf] pairs; accumulate field lengths.
	const decoded: Array<Array<Array<[number, number]>>> = [];
	const lengths = fields.map(() => new Array<number>(n).fill(0));
	postings.forEach((list, t) => {
		if (!Array.isArray(list)) throw new Error(`postings of term ${t}`);
		let at = 0;
		const perField: Array<Array<[number, number]>> = [];
		for (let f = 0; f < F; f++) {
			const count = list[at++];
			if (typeof count !== 'number') throw new Error(`postings of term ${t}`);
			const pairs: Array<[number, number]> = [];
			let doc = -1;
			for (let k = 0; k < count; k++) {
				const code = list[at++]!;
				let tf = code % TF_SLOTS;
				doc += (code - tf) / TF_SLOTS;
				if (tf === 0) tf = list[at++]!;
				if (!(doc >= 0 && doc < n && tf > 0)) throw new Error(`postings of term ${t}`);
				pairs.push([doc, tf]);
				lengths[f]![doc]! += tf;
			}
			perField.push(pairs);
		}
		decoded.push(perField);
	});
	const average = lengths.map((l) => (n ? l.reduce((a, b) => a + b, 0) / n : 0));
	// Inverted index and per-field vectors, with lunr's BM25 exactly as lunr.Builder computes it.
	const invertedIndex = Object.create(null) as Record<string, Record<string, unknown>>;
	const vectors: Array<Array<number[]>> = fields.map(() =>
		Array.from({ length: n }, () => [] as number[]),
	);
	terms.forEach((term, t) => {
		const posting = Object.create(null) as Record<string, unknown>;
		posting['_index'] = t;
		let withTerm = 0;
		decoded[t]!.forEach((pairs, f) => {
			const docsOf = Object.create(null) as Record<string, object>;
			for (const [d] of pairs) docsOf[d] = {};
			posting[fields[f]!] = docsOf;
			withTerm += pairs.length;
		});
		invertedIndex[term] = posting;
		const x = (n - withTerm + 0.5) / (withTerm + 0.5);
		const idf = Math.log(1 + Math.abs(x));
		decoded[t]!.forEach((pairs, f) => {
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
		for (let d = 0; d < n; d++) fieldVectors[`${field}/${d}`] = new lunr.Vector(vectors[f]![d]!);
	});
	// @types/lunr names the vectors `documentVectors` and makes fromArray an instance method; lunr
	// 2.3.9 reads `fieldVectors` and has a static TokenSet.fromArray.
	const tokenSet = (
		lunr.TokenSet as unknown as { fromArray(words: string[]): lunr.TokenSet }
	).fromArray(terms);
	const attributes = {
		invertedIndex,
		fieldVectors,
		tokenSet,
		fields,
		pipeline: new lunr.Pipeline(),
	};
	return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}
