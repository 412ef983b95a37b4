/**
 * The one tokenizer for search, shared by the build (indexing) and the browser (queries), so the
 * terms of a query and the terms of the index can never drift apart.
 *
 * Rules: text is NFKC-normalised (full-width Latin and digits become ASCII) and lower-cased; every
 * character that is not a letter, a digit or whitespace (punctuation, quotation marks, symbols,
 * emoji) is dropped, so 「由"虚"变"实"」 and 由虚变实 give the same terms; whitespace splits runs.
 * A run of Han characters gives its overlapping bigrams (a 1-character run gives that character);
 * a run of Latin letters or digits gives one lower-cased word.
 * Owns: turning text into index terms and query terms. Must not: know about lunr, documents or the UI.
 */

/** Han ideographs (CJK unified, extensions, compatibility) and the iteration mark 〇. */
const HAN = /[\p{Script=Han}〇]/u;
/** Letters (other than Han) and digits form "word" runs. */
const WORD = /[\p{L}\p{N}]/u;
/** Anything that is neither a letter/digit nor whitespace is dropped without breaking a run. */
const DROPPED = /[^\p{L}\p{N}\s]/gu;

/** Upper bound on the characters of text considered for one query (a pasted essay stays fast). */
export const MAX_QUERY_CHARS = 200;

/** Normalise for matching: NFKC, lower case, punctuation/symbols/emoji removed, whitespace kept. */
export function normalise(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(DROPPED, '');
}

/** A run of one script: `han` runs become bigrams, `word` runs stay whole. */
export interface Run {
	kind: 'han' | 'word';
	text: string;
}

/** Split normalised text into runs of Han characters and of other letters/digits. */
export function runs(text: string): Run[] {
	const out: Run[] = [];
	let current: Run | undefined;
	for (const ch of normalise(text)) {
		const kind = HAN.test(ch) ? 'han' : WORD.test(ch) ? 'word' : undefined;
		if (!kind) {
			current = undefined;
			continue;
		}
		if (current && current.kind === kind) {
			current.text += ch;
		} else {
			current = { kind, text: ch };
			out.push(current);
		}
	}
	return out;
}

/** The terms of one run: bigrams of a Han run (the character itself when it is alone), the word otherwise. */
export function runTerms(run: Run): string[] {
	if (run.kind === 'word') return [run.text];
	const chars = Array.from(run.text);
	if (chars.length === 1) return chars;
	const terms: string[] = [];
	for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
	return terms;
}

/** Every term of a text, in order, repeats kept (term frequency matters to ranking). */
export function tokenize(text: string): string[] {
	return runs(text).flatMap(runTerms);
}

/** A query term: `prefix` terms (a lone Han character, a Latin word being typed) match as prefixes. */
export interface QueryTerm {
	term: string;
	prefix: boolean;
}

/**
 * The terms of a query, de-duplicated, in order. Input is capped at MAX_QUERY_CHARS characters.
 * A lone Han character matches every bigram that starts with it; the last Latin word is a prefix
 * (the learner may still be typing it).
 */
export function queryTerms(query: string): QueryTerm[] {
	const capped = Array.from(query).slice(0, MAX_QUERY_CHARS).join('');
	const all = runs(capped);
	const seen = new Set<string>();
	const out: QueryTerm[] = [];
	all.forEach((run, i) => {
		const last = i === all.length - 1;
		const single = run.kind === 'han' && Array.from(run.text).length === 1;
		for (const term of runTerms(run)) {
			if (seen.has(term)) continue;
			seen.add(term);
			out.push({ term, prefix: single || (run.kind === 'word' && last) });
		}
	});
	return out;
}
