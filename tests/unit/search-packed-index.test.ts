import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { documentTokens, INDEX_FIELDS } from '../../src/search/build-index';
import {
	packIndex,
	parseMeta,
	parseShard,
	shardOf,
	unpackIndex,
} from '../../src/search/packed-index';
import { collectDocuments } from '../../src/search/sources';
import { queryTerms } from '../../src/search/tokenizer';

const FIXTURES = new URL('../fixtures/search/', import.meta.url).pathname;

function lunrBuilt(tokens: string[][][]) {
	const builder = new lunr.Builder();
	builder.pipeline.reset();
	builder.searchPipeline.reset();
	builder.metadataWhitelist = [];
	builder.ref('id');
	for (const f of INDEX_FIELDS) builder.field(f.name, { boost: f.boost });
	tokens.forEach((t, i) => builder.add({ id: String(i), title: t[0], text: t[1] }));
	return builder.build();
}

function run(index: lunr.Index, query: string) {
	return index
		.query((q) => {
			for (const t of queryTerms(query)) {
				q.term(t.term, {
					usePipeline: false,
					wildcard: t.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
				});
			}
		})
		.map((r) => [r.ref, r.score.toFixed(6)]);
}

describe('packIndex() / unpackIndex()', () => {
	const tokens = collectDocuments(FIXTURES).map(documentTokens);
	const packed = JSON.parse(JSON.stringify(packIndex(INDEX_FIELDS, tokens))) as {
		meta: unknown;
		shards: unknown[];
	};
	const meta = parseMeta(packed.meta);
	const shards = packed.shards.map(parseShard);
	const reference = lunrBuilt(tokens);
	const QUERIES = [
		'由虚变实',
		'最多跑一次',
		'党',
		'党建联盟 乡村振兴',
		'民主集中制',
		'p3',
		'组织力',
	];

	it('splits the terms into several shards', () => {
		expect(meta.shards).toBeGreaterThan(1);
		expect(shards).toHaveLength(meta.shards);
	});

	it('ranks exactly like an index built by lunr.Builder, with all shards', () => {
		const full = unpackIndex(meta, shards);
		for (const q of QUERIES) expect(run(full, q), q).toEqual(run(reference, q));
	});

	it('ranks exactly like lunr.Builder with only the shards the query touches', () => {
		for (const q of QUERIES) {
			const needed = new Set(queryTerms(q).map((t) => shardOf(t.term, meta.shards)));
			const partial = unpackIndex(
				meta,
				[...needed].map((k) => shards[k]!),
			);
			expect(run(partial, q), q).toEqual(run(reference, q));
		}
	});

	it('is several times smaller than lunr JSON', () => {
		expect(JSON.stringify(packed).length * 3).toBeLessThan(JSON.stringify(reference).length);
	});

	it('rejects malformed parts', () => {
		expect(() => parseMeta(null)).toThrow();
		expect(() => parseMeta({ ...meta, lengths: [[1]] })).toThrow();
		expect(() => parseShard({ terms: 'a b', postings: [[]] })).toThrow();
		expect(() => parseShard({ terms: 'a', postings: 'x' })).toThrow();
		const bad = { terms: 'a', postings: [[1, 99 * 8 + 1, 0]] };
		expect(() => unpackIndex(meta, [parseShard(bad)])).toThrow();
	});
});
