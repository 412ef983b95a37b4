/**
 * Excerpts with highlights, as plain data: a list of `{ text, mark }` segments that the UI renders as
 * text nodes and <mark> elements (never as HTML). Matching ignores punctuation and quotation marks
 * exactly like the tokenizer, so 由虚变实 highlights 由“虚”变“实” in the text.
 *
 * Owns: finding the query's terms in a document's text and cutting a window around them.
 * Must not: rank documents (./engine.ts) or touch the DOM.
 */
import { normalise, queryTerms } from './tokenizer';

export interface Segment {
	text: string;
	mark: boolean;
}

/** Characters of context kept around the first match. */
const DEFAULT_WINDOW = 72;

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
	for (const { term } of queryTerms(query)) {
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
 * A window of `text` around the first match, as segments. Without a match, the start of the text.
 * `…` marks text cut off at either end.
 */
export function excerpt(text: string, query: string, window = DEFAULT_WINDOW): Segment[] {
	const chars = Array.from(text);
	const ranges = matchRanges(text, query);
	const first = ranges[0];
	let start = 0;
	if (first) {
		const lead = Math.floor(window / 4);
		start = Math.max(0, Math.min(first[0] - lead, chars.length - window));
	}
	const end = Math.min(chars.length, start + window);
	const segments: Segment[] = [];
	const push = (from: number, to: number, mark: boolean) => {
		if (to <= from) return;
		segments.push({ text: chars.slice(from, to).join(''), mark });
	};
	let at = start;
	for (const [a, b] of ranges) {
		if (b <= start || a >= end) continue;
		const from = Math.max(a, start);
		const to = Math.min(b, end);
		push(at, from, false);
		push(from, to, true);
		at = to;
	}
	push(at, end, false);
	if (start > 0) segments.unshift({ text: '…', mark: false });
	if (end < chars.length) segments.push({ text: '…', mark: false });
	return segments;
}
