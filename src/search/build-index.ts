/**
 * Building the search index at build time (the `search/index.json` endpoint and the unit tests).
 * Terms come from ./tokenizer.ts, the same module the browser uses for queries; lunr's own pipeline
 * (English trimmer, stemmer, stop words) is not used, and no positions are stored.
 *
 * Owns: documents → IndexFile. Must not: read content (./sources/) or run queries (./engine.ts).
 */
import { SEARCH_KINDS, type SearchDocument } from './documents';
import { INDEX_FORMAT_VERSION, type IndexFile } from './index-format';
import { packIndex } from './packed-index';
import { tokenize } from './tokenizer';

/** Indexed fields and boosts: a match in a title (term, section heading, question stem) counts more. */
export const INDEX_FIELDS = [
	{ name: 'title', boost: 2 },
	{ name: 'text', boost: 1 },
] as const;

/** The token arrays of one document, field by field (INDEX_FIELDS order). */
export function documentTokens(doc: SearchDocument): string[][] {
	return [tokenize(doc.title), tokenize(doc.text)];
}

export function buildIndex(documents: readonly SearchDocument[]): IndexFile {
	return {
		v: INDEX_FORMAT_VERSION,
		kinds: SEARCH_KINDS,
		docs: documents.map((d) => [SEARCH_KINDS.indexOf(d.kind), d.title, d.url, d.text]),
		index: packIndex(INDEX_FIELDS, documents.map(documentTokens)),
	};
}
