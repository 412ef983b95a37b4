/**
 * The glossary at build time: every term from the `glossary` collection, in the order a reader meets
 * them in the article (by source paragraph, then by where the quote stands in it).
 * Owns: loading and ordering. Must not: validate (src/content-checks/glossary.ts does, with lines).
 */
import { getCollection } from 'astro:content';
import { PARAGRAPH_IDS } from '../article/powers';
import { normaliseForQuote } from '../article/quote-rule';
import { paragraph } from '../article/source';
import type { Term } from '../schemas/glossary';

/** Sort key: paragraph number, then the quote's offset in the paragraph. */
export function articlePosition(term: Term): [number, number] {
	const p = PARAGRAPH_IDS.indexOf(term.source.p);
	const offset = normaliseForQuote(paragraph(term.source.p).text).indexOf(
		normaliseForQuote(term.source.quote),
	);
	return [p, offset];
}

export async function getTerms(): Promise<Term[]> {
	const terms = (await getCollection('glossary')).map((entry) => entry.data);
	return terms
		.map((term) => ({ term, key: articlePosition(term) }))
		.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1])
		.map(({ term }) => term);
}
