/**
 * The brief's quote comparison rule, in one place for the build, the tests and anyone checking.
 *
 * Rule: remove all whitespace, map ASCII `, ( ) : ; ? !` to `，（）：；？！`, then a quote must be a
 * substring of its paragraph. No other change to the wording is tolerated: quotation marks, 、 and
 * every character must match exactly.
 * Owns: normalisation for comparison, the verbatim test and the "closest passage" hint for errors.
 * Must not: normalise anything else (that would let a paraphrase pass).
 */

const ASCII_TO_FULL: Readonly<Record<string, string>> = {
	',': '，',
	'(': '（',
	')': '）',
	':': '：',
	';': '；',
	'?': '？',
	'!': '！',
};

/** Normalise a text under the quote rule (whitespace removed, the seven ASCII marks made full-width). */
export function normaliseForQuote(text: string): string {
	return text.replace(/\s+/gu, '').replace(/[,():;?!]/gu, (c) => ASCII_TO_FULL[c] ?? c);
}

/** Map the seven ASCII marks to full width for display, keeping everything else (spaces included). */
export function toFullWidthPunctuation(text: string): string {
	return text.replace(/[,():;?!]/gu, (c) => ASCII_TO_FULL[c] ?? c);
}

/** True when `quote` is non-empty and, under the rule, a substring of `paragraph`. */
export function isVerbatimQuote(quote: string, paragraph: string): boolean {
	const q = normaliseForQuote(quote);
	return q.length > 0 && normaliseForQuote(paragraph).includes(q);
}

/**
 * The passage of `paragraph` that best matches `quote`, for error messages: the window of the
 * quote's length sharing the most characters in place with it (ties go to the earliest).
 */
export function closestPassage(quote: string, paragraph: string): string {
	const q = [...normaliseForQuote(quote)];
	const p = [...normaliseForQuote(paragraph)];
	if (q.length === 0 || p.length === 0) return '';
	if (q.length >= p.length) return p.join('');
	let best = 0;
	let bestScore = -1;
	for (let start = 0; start + q.length <= p.length; start++) {
		let score = 0;
		for (let i = 0; i < q.length; i++) if (p[start + i] === q[i]) score++;
		// Count shared bigrams too, so a shifted but similar window still ranks high.
		const windowText = p.slice(start, start + q.length).join('');
		for (let i = 0; i + 1 < q.length; i++) if (windowText.includes(q[i]! + q[i + 1]!)) score++;
		if (score > bestScore) {
			bestScore = score;
			best = start;
		}
	}
	return p.slice(best, best + q.length).join('');
}
