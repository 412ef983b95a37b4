/**
 * Building the search index files at build time (the `search/*.json` endpoints and the unit tests).
 * Terms come from ./tokenizer.ts, the same module the browser uses for queries; lunr's own pipeline
 * (English trimmer, stemmer, stop words) is not used, and no positions are stored.
 *
 * Owns: documents → the files of ./index-format.ts. Must not: read content (./sources/) or query.
 */
import { SEARCH_KINDS, type SearchDocument } from './documents';
import { INDEX_FORMAT_VERSION, type DocRow, type IndexFile } from './index-format';
import { packIndex, type PackedShard } from './packed-index';
import { tokenize } from './tokenizer';

/** Indexed fields and boosts: a match in a title (term, section heading, question stem) counts more. */
export const INDEX_FIELDS = [
	{ name: 'title', boost: 2 },
	{ name: 'text', boost: 1 },
] as const;

/** About this many characters of document title + text per text shard: small shards, because a query
 * fetches one per shown result and results are spread over the whole corpus. */
export const TEXT_SHARD_CHARS = 200;

export interface IndexFiles {
	main: IndexFile;
	terms: PackedShard[];
	texts: DocRow[][];
}

/** The token arrays of one document, field by field (INDEX_FIELDS order). */
export function documentTokens(doc: SearchDocument): string[][] {
	return [tokenize(doc.title), tokenize(doc.text)];
}

export function buildIndexFiles(documents: readonly SearchDocument[]): IndexFiles {
	const { meta, shards } = packIndex(INDEX_FIELDS, documents.map(documentTokens));
	const starts: number[] = [];
	const texts: DocRow[][] = [];
	let size = Infinity;
	documents.forEach((doc, i) => {
		if (size >= TEXT_SHARD_CHARS) {
			starts.push(i);
			texts.push([]);
			size = 0;
		}
		const shown = doc.shown ?? doc.text;
		texts.at(-1)!.push([doc.title, doc.url, shown]);
		size += doc.title.length + shown.length;
	});
	if (starts.length === 0) {
		starts.push(0);
		texts.push([]);
	}
	return {
		main: {
			v: INDEX_FORMAT_VERSION,
			kinds: SEARCH_KINDS,
			k: documents.map((d) => SEARCH_KINDS.indexOf(d.kind)).join(''),
			text: starts,
			index: meta,
		},
		terms: shards,
		texts,
	};
}
