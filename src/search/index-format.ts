/**
 * The published search index, under `search/` below the base (the service worker precaches *.json):
 *
 *   index.json      { v, kinds, k, text, index: PackedMeta } — only what ranking needs: each document's
 *                   kind (`k`, one digit per document: its index in `kinds`) and the lunr field lengths
 *   terms-<k>.json  one term shard (./packed-index.ts), fetched when a query has a term in it
 *   text-<k>.json   documents text[k] … text[k+1]-1 as [title, url, text] rows, fetched only for the
 *                   results a query shows (titles and urls are display data: they never rank)
 *
 * Refs are document positions, so long urls never repeat in postings.
 * Owns: the files' shapes, their version and the guards that validate what was fetched. Must not: build
 * or query (./build-index.ts, ./engine.ts).
 */
import { isSearchKind, type SearchKind } from './documents';
import { parseMeta, type PackedMeta } from './packed-index';

export const INDEX_FORMAT_VERSION = 3;
/** Folder of the index files, relative to the base. */
export const INDEX_DIR = 'search/';
export const INDEX_FILE = 'index.json';
export const termsFile = (shard: number) => `terms-${shard}.json`;
export const textFile = (shard: number) => `text-${shard}.json`;

/** One row of a text shard as shipped: [title, url, text]. */
export type DocRow = [string, string, string];

export interface IndexFile {
	v: typeof INDEX_FORMAT_VERSION;
	kinds: readonly SearchKind[];
	/** Per document, one digit: its kind's index in `kinds`. */
	k: string;
	/** First document of each text shard, ascending, starting at 0. */
	text: number[];
	index: PackedMeta;
}

/** A document as the browser sees it (title, url and text are filled in once its text shard is loaded). */
export interface ShippedDoc {
	kind: SearchKind;
	title: string;
	url: string;
	text: string;
}

export class IndexFormatError extends Error {}

export interface ParsedIndex {
	docs: ShippedDoc[];
	textStarts: number[];
	meta: PackedMeta;
}

/** Validate a fetched index.json; throws IndexFormatError naming what is wrong. */
export function parseIndexFile(value: unknown): ParsedIndex {
	if (!value || typeof value !== 'object') throw new IndexFormatError('not an object');
	const file = value as {
		v?: unknown;
		kinds?: unknown;
		k?: unknown;
		text?: unknown;
		index?: unknown;
	};
	if (file.v !== INDEX_FORMAT_VERSION) throw new IndexFormatError(`version ${String(file.v)}`);
	if (!Array.isArray(file.kinds) || typeof file.k !== 'string' || !Array.isArray(file.text)) {
		throw new IndexFormatError('kinds, k or text missing');
	}
	const kinds = (file.kinds as unknown[]).map((k) => {
		if (!isSearchKind(k)) throw new IndexFormatError(`kind ${String(k)}`);
		return k;
	});
	const docs = [...file.k].map((digit, i): ShippedDoc => {
		const kind = /^\d$/u.test(digit) ? kinds[Number(digit)] : undefined;
		if (!kind) throw new IndexFormatError(`doc ${i}`);
		return { kind, title: '', url: '', text: '' };
	});
	const textStarts = file.text as unknown[];
	if (
		textStarts[0] !== 0 ||
		!textStarts.every(
			(s, i) => typeof s === 'number' && (i === 0 || s > (textStarts[i - 1] as number)),
		)
	) {
		throw new IndexFormatError('text shards');
	}
	let meta: PackedMeta;
	try {
		meta = parseMeta(file.index);
	} catch (error) {
		throw new IndexFormatError((error as Error).message);
	}
	if (meta.n !== docs.length) throw new IndexFormatError('index and docs differ in length');
	return { docs, textStarts: textStarts as number[], meta };
}

/** Validate a fetched text shard: `expected` rows of three strings. */
export function parseTextShard(value: unknown, expected: number): DocRow[] {
	if (
		!Array.isArray(value) ||
		value.length !== expected ||
		!value.every(
			(row) =>
				Array.isArray(row) &&
				row.length === 3 &&
				(row as unknown[]).every((t) => typeof t === 'string'),
		)
	) {
		throw new IndexFormatError('text shard');
	}
	return value as DocRow[];
}
