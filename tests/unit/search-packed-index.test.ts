import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { documentTokens, INDEX_FIELDS } from '../../src/search/build-index';
import { packIndex, unpackIndex } from '../../src/search/packed-index';
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
	const packed = JSON.parse(JSON.stringify(packIndex(INDEX_FIELDS, tokens))) as unknown;
	const unpacked = unpackIndex(packed);
	const reference = lunrBuilt(tokens);

	it('ranks exactly like an index built by lunr.Builder', () => {
		for (const q of [
			'由虚变实',
			'最多跑一次',
			'党',
			'党建联盟 乡村振兴',
			'民主集中制',
			'p3',
			'组织力',
		]) {
			expect(run(unpacked, q), q).toEqual(run(reference, q));
		}
	});

	it('is several times smaller than lunr JSON', () => {
		expect(JSON.stringify(packed).length * 3).toBeLessThan(JSON.stringify(reference).length);
	});

	it('rejects a malformed value', () => {
		expect(() => unpackIndex(null)).toThrow();
		expect(() =>
			unpackIndex({ fields: [], boosts: [], n: 1, terms: 'a b', postings: [[]] }),
		).toThrow();
		expect(() =>
			unpackIndex({ fields: ['t'], boosts: [1], n: 1, terms: 'a', postings: [[1, 99 * 8 + 1]] }),
		).toThrow();
	});
});
