/**
 * Excerpts with highlights, as plain data: a list of `{ text, mark, answer }` segments that the UI renders
 * as text nodes, <mark> elements and, for a question, the answering sentence in <strong> (never as HTML).
 * Matching ignores punctuation and quotation marks exactly like the tokenizer, so 由虚变实 highlights
 * 由“虚”变“实” in the text; a question's terms are its content words (./query.ts), so 怎么 is never marked.
 *
 * Owns: finding the query's terms in a document's text and cutting a window around them.
 * Must not: rank documents (./engine.ts) or touch the DOM.
 */
import { analyseQuery } from './query';
import { normalise } from './tokenizer';

export interface Segment {
	text: string;
	mark: boolean;
	/** Part of the sentence that answers the question. */
	answer?: boolean;
}

/** Characters of context kept around the first match. */
const DEFAULT_WINDOW = 72;
/** An answering sentence is shown whole up to this many characters. */
export const MAX_ANSWER_WINDOW = 120;

/** The normalised form of `text` with, for each normalised character, its index in `chars`. */
function shadow(chars: string[]): { norm: string[]; origin: number[] } {
	const norm: string[] = [];
	const origin: number[] = [];
	chars.forEach((ch, i) => {
		for (const n of normalise(ch)) {
			if (/\s/u.test(n)) continue;
			norm.push(n);
			origin.push(i);
		}
	});
	return { norm, origin };
}

/** Ranges [start, end) of `chars` (code points) where the query's terms occur, merged. */
export function matchRanges(text: string, query: string): Array<[number, number]> {
	const chars = Array.from(text);
	const { norm, origin } = shadow(chars);
	const hay = norm.join('');
	const normIndex: number[] = []; // UTF-16 offset in hay → index in norm
	norm.forEach((n, i) => {
		for (let k = 0; k < n.length; k++) normIndex.push(i);
	});
	const spans: Array<[number, number]> = [];
	for (const { term } of analyseQuery(query).terms) {
		if (!term) continue;
		let from = 0;
		for (;;) {
			const at = hay.indexOf(term, from);
			if (at < 0) break;
			const first = normIndex[at]!;
			const last = normIndex[at + term.length - 1]!;
			spans.push([first, last]);
			from = at + 1;
		}
	}
	spans.sort((a, b) => a[0] - b[0]);
	// Merge spans that overlap or touch in the normalised text, then map back to the original.
	const merged: Array<[number, number]> = [];
	for (const [a, b] of spans) {
		const prev = merged.at(-1);
		if (prev && a <= prev[1] + 1) prev[1] = Math.max(prev[1], b);
		else merged.push([a, b]);
	}
	return merged.map(([a, b]) => [origin[a]!, origin[b]! + 1]);
}

/**
 * A window of `text` as segments: around the first match, or, given the range of the sentence that
 * answers a question, from that sentence's start (the whole sentence when it fits in MAX_ANSWER_WINDOW).
 * Without a match, the start of the text. `…` marks text cut off at either end.
 */
export function excerpt(
	text: string,
	query: string,
	window = DEFAULT_WINDOW,
	answer?: readonly [number, number],
): Segment[] {
	const chars = Array.from(text);
	const ranges = matchRanges(text, query);
	let start = 0;
	let size = window;
	const inAnswer =
		answer && answer[0] < answer[1] && answer[1] <= chars.length ? answer : undefined;
	if (inAnswer) {
		size = Math.max(window, Math.min(inAnswer[1] - inAnswer[0], MAX_ANSWER_WINDOW));
		start = inAnswer[0];
		// A sentence longer than the window: start near its first match instead.
		const first = ranges.find(([a]) => a >= inAnswer[0] && a < inAnswer[1]);
		if (first && first[0] >= start + size) start = first[0] - Math.floor(size / 4);
	} else {
		const first = ranges[0];
		if (first) {
			const lead = Math.floor(window / 4);
			start = Math.max(0, Math.min(first[0] - lead, chars.length - window));
		}
	}
	const end = Math.min(chars.length, start + size);
	const marked = new Array<boolean>(chars.length).fill(false);
	for (const [a, b] of ranges) for (let i = a; i < b; i++) marked[i] = true;
	const segments: Segment[] = [];
	for (let i = start; i < end; i++) {
		const mark = marked[i]!;
		const isAnswer = inAnswer !== undefined && i >= inAnswer[0] && i < inAnswer[1];
		const last = segments.at(-1);
		if (last && last.mark === mark && (last.answer ?? false) === isAnswer) last.text += chars[i];
		else segments.push({ text: chars[i]!, mark, ...(isAnswer ? { answer: true } : {}) });
	}
	if (start > 0) segments.unshift({ text: '…', mark: false });
	if (end < chars.length) segments.push({ text: '…', mark: false });
	return segments;
}
