import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, normalise, queryTerms, tokenize } from '../../src/search/tokenizer';

describe('tokenize()', () => {
	it('turns a Han run into overlapping bigrams', () => {
		expect(tokenize('软弱涣散')).toEqual(['软弱', '弱涣', '涣散']);
	});

	it('gives a lone Han character as itself', () => {
		expect(tokenize('党')).toEqual(['党']);
	});

	it('drops quotation marks and punctuation so a quoted phrase matches its plain form', () => {
		expect(tokenize('由“虚”变“实”')).toEqual(tokenize('由虚变实'));
		expect(tokenize('由"虚"变"实"')).toEqual(tokenize('由虚变实'));
		expect(tokenize('「把方向、管大局、保落实」')).toEqual(tokenize('把方向管大局保落实'));
	});

	it('lower-cases Latin words and folds full-width letters and digits', () => {
		expect(tokenize('Ｐ３ 与 p3 WeChat')).toEqual(['p3', '与', 'p3', 'wechat']);
	});

	it('splits runs at whitespace and at a change of script', () => {
		expect(tokenize('党建 联盟')).toEqual(['党建', '联盟']);
		expect(tokenize('p8党群')).toEqual(['p8', '党群']);
	});

	it('yields nothing for punctuation, symbols and emoji only', () => {
		expect(tokenize('。，！？…—「」《》😀🇨🇳 <>{}[]()*+?.\\')).toEqual([]);
	});
});

describe('queryTerms()', () => {
	it('de-duplicates terms and keeps their order', () => {
		expect(queryTerms('党建党建').map((t) => t.term)).toEqual(['党建', '建党']);
	});

	it('makes a lone Han character and the last Latin word prefixes', () => {
		expect(queryTerms('党')).toEqual([{ term: '党', prefix: true }]);
		expect(queryTerms('wech')).toEqual([{ term: 'wech', prefix: true }]);
		expect(queryTerms('p3 党建')).toEqual([
			{ term: 'p3', prefix: false },
			{ term: '党建', prefix: false },
		]);
	});

	it('caps a very long query', () => {
		const terms = queryTerms('组织力'.repeat(5000));
		expect(terms.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
	});

	it('returns no terms for empty, regex-like, HTML-like or emoji-only input', () => {
		for (const q of ['', '   ', '.*+?^${}()|[]\\', '😀😀', '<>/="\''])
			expect(queryTerms(q)).toEqual([]);
		expect(queryTerms('<b>党建</b>').map((t) => t.term)).toEqual(['b', '党建']);
	});
});

describe('normalise()', () => {
	it('keeps letters, digits and whitespace only', () => {
		expect(normalise('“三项机制”， OK！')).toBe('三项机制 ok');
	});
});
