/**
 * The serialised search index (`search/index.json` under the base): a document table and a lunr index
 * whose refs are the table's positions ("0", "1", …), so long urls never repeat in postings.
 *
 *   { "v": 1, "kinds": ["lesson", …], "docs": [[kindIndex, title, url, text], …], "index": <lunr JSON> }
 *
 * Owns: the file's shape, its version and the guard that validates what was fetched. Must not: build or
 * query (./build-index.ts, ./engine.ts).
 */
import { isSearchKind, type SearchKind } from './documents';

export const INDEX_FORMAT_VERSION = 1;
/** Where the index is published, relative to the base (the service worker precaches *.json). */
export const INDEX_PATH = 'search/index.json';

/** One row of the document table as shipped: [kind index, title, url, text]. */
export type DocRow = [number, string, string, string];

export interface IndexFile {
	v: typeof INDEX_FORMAT_VERSION;
	kinds: readonly SearchKind[];
	docs: DocRow[];
	index: unknown;
}

/** A document as the browser sees it. */
export interface ShippedDoc {
	kind: SearchKind;
	title: string;
	url: string;
	text: string;
}

export class IndexFormatError extends Error {}

/** Validate a fetched value; throws IndexFormatError naming what is wrong. */
export function parseIndexFile(value: unknown): { docs: ShippedDoc[]; index: object } {
	if (!value || typeof value !== 'object') throw new IndexFormatError('not an object');
	const file = value as { v?: unknown; kinds?: unknown; docs?: unknown; index?: unknown };
	if (file.v !== INDEX_FORMAT_VERSION) throw new IndexFormatError(`version ${String(file.v)}`);
	if (!Array.isArray(file.kinds) || !Array.isArray(file.docs)) {
		throw new IndexFormatError('kinds or docs missing');
	}
	if (!file.index || typeof file.index !== 'object') throw new IndexFormatError('index missing');
	const kinds = (file.kinds as unknown[]).map((k) => {
		if (!isSearchKind(k)) throw new IndexFormatError(`kind ${String(k)}`);
		return k;
	});
	const docs = (file.docs as unknown[]).map((row, i) => {
		if (!Array.isArray(row) || row.length !== 4) throw new IndexFormatError(`doc ${i}`);
		const [k, title, url, text] = row as unknown[];
		const kind = typeof k === 'number' ? kinds[k] : undefined;
		if (!kind || typeof title !== 'string' || typeof url !== 'string' || typeof text !== 'string') {
			throw new IndexFormatError(`doc ${i}`);
		}
		return { kind, title, url, text };
	});
	return { docs, index: file.index };
}
