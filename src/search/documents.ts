/**
 * What search indexes: one `SearchDocument` per findable place (a lesson section, a 原文 paragraph, a
 * question, a glossary term, a case study), produced by one adapter per kind in ./sources/.
 *
 * Owns: the document shape, the kinds in display order. Must not: read files or know lunr.
 */

/** The kinds, in the order the dialog shows their groups' labels (课程/原文/题目/术语/案例). */
export const SEARCH_KINDS = ['lesson', 'source', 'question', 'term', 'case'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchDocument {
	kind: SearchKind;
	/** A stable key for tests and checks, e.g. `source:p3`, `question:lead-single-01`. Not shipped. */
	key: string;
	/** The result's title as shown (lesson › section, 原文 p3 · section heading, term…). */
	title: string;
	/** Site path relative to the base, with the deep-link anchor: `source/#p3`, `lessons/x/#y`. */
	url: string;
	/** Plain text that is searched (and excerpted, unless `shown` is given). */
	text: string;
	/**
	 * What the result may show, when it must differ from what is searched: a question is found by its
	 * explanation too, but its excerpt must not give the answer away. Shipped instead of `text`.
	 */
	shown?: string;
}

export function isSearchKind(value: unknown): value is SearchKind {
	return typeof value === 'string' && (SEARCH_KINDS as readonly string[]).includes(value);
}
