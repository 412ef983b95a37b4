/**
 * The sentence of a passage that answers a question: the passage is cut into sentences (。！？； and line
 * breaks), each sentence is scored by the share of the question's term weight it holds (a rare bigram such
 * as 带头 weighs more than 党组) plus a proximity bonus for the longest run of the question's own words it
 * contains in one piece (「带头人选用」 beats 带头…人…选 spread apart). The engine ranks passages by their best
 * sentence; the dialog highlights it.
 * Owns: sentences and their scores. Must not: fetch, rank documents or touch the DOM.
 */
import type { QueryTerm } from './tokenizer';
import { normalise } from './tokenizer';

export interface Sentence {
	/** Code-point range [start, end) in the passage's text. */
	start: number;
	end: number;
	text: string;
}

export interface AnswerSentence extends Sentence {
	/** 0…1 share of the question's term weight found in the sentence. */
	coverage: number;
	/** Characters of the longest piece of a question segment found as is. */
	run: number;
	score: number;
}

/** A run of at least this many characters counts for proximity (a bigram is already a term). */
export const MIN_RUN = 3;
/** Proximity bonus: each character of the longest run beyond a bigram adds this share to the score. */
export const RUN_WEIGHT = 0.1;

const END = /[。！？；!?;\n]/u;

/** The sentences of a text, each with its code-point range; blank ones are skipped. */
export function sentences(text: string): Sentence[] {
	const chars = Array.from(text);
	const out: Sentence[] = [];
	let start = 0;
	const push = (end: number) => {
		const s = chars.slice(start, end).join('');
		if (s.trim()) out.push({ start, end, text: s });
		start = end;
	};
	chars.forEach((ch, i) => {
		if (END.test(ch)) push(i + 1);
	});
	if (start < chars.length) push(chars.length);
	return out;
}

/** Length of the longest substring of `segment` (at least MIN_RUN characters) found in `hay`, or 0. */
export function longestRun(hay: string, segment: string): number {
	const s = Array.from(segment);
	for (let len = s.length; len >= MIN_RUN; len--) {
		for (let i = 0; i + len <= s.length; i++) {
			if (hay.includes(s.slice(i, i + len).join(''))) return len;
		}
	}
	return 0;
}

/**
 * The best sentence of `text` for a question's terms and segments, or undefined when no sentence holds
 * any term. `weight(term)` is the term's weight (its idf in the index).
 */
export function bestSentence(
	text: string,
	terms: readonly QueryTerm[],
	segments: readonly string[],
	weight: (term: QueryTerm) => number,
): AnswerSentence | undefined {
	const total = terms.reduce((sum, t) => sum + weight(t), 0);
	if (total <= 0) return undefined;
	let best: AnswerSentence | undefined;
	for (const sentence of sentences(text)) {
		const hay = normalise(sentence.text).replace(/\s+/gu, '');
		const found = terms.reduce((sum, t) => sum + (hay.includes(t.term) ? weight(t) : 0), 0);
		if (found === 0) continue;
		const run = Math.max(0, ...segments.map((s) => longestRun(hay, s)));
		const coverage = found / total;
		// Proximity multiplies: words together beat the same words apart, never a rarer word.
		const score = coverage * (1 + RUN_WEIGHT * Math.max(0, run - 2));
		if (!best || score > best.score) best = { ...sentence, coverage, run, score };
	}
	return best;
}
