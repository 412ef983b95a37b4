/**
 * 「三会一课」 is not in the article, yet its characters match 「一课」 in four places. When a short,
 * term-like query (not a question) appears as a whole in none of the results, the dialog says so
 * plainly and shows the results apart, as partial matches. Owns: that test. Must not: rank.
 */
import { isQuestion } from './query';

/** Width-folded, lower-cased, without spaces, punctuation or symbols: 由“虚”变“实” → 由虚变实. */
export function foldPhrase(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Term-like: 3–8 characters once folded, and no question word. */
export function isTermLike(query: string): boolean {
	const length = [...foldPhrase(query)].length;
	return length >= 3 && length <= 8 && !isQuestion(query);
}

/**
 * The query as typed (trimmed) when it is term-like, there are results, and none of them contains
 * it as a whole; otherwise null.
 */
export function missingPhrase(
	query: string,
	hits: readonly { doc: { title: string; text: string } }[],
): string | null {
	if (hits.length === 0 || !isTermLike(query)) return null;
	const phrase = foldPhrase(query);
	const found = hits.some((h) => foldPhrase(`${h.doc.title}\n${h.doc.text}`).includes(phrase));
	return found ? null : query.trim();
}
