/**
 * Question-aware ranking (src/search/engine.ts with ./query.ts and ./answer.ts): a natural-language
 * question brings the paragraph that answers it first, with the answering sentence's range, and a text
 * full of question words does not win on them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/search/documents';
import type { SearchEngine } from '../../src/search/engine';
import { articleDocuments } from '../../src/search/sources/article';
import { engineFor } from '../support/search-engine';

const distractor: SearchDocument = {
	kind: 'case',
	key: 'case:questions',
	title: '怎么办？怎么选？',
	url: 'cases/questions/',
	text: '书记怎么选？怎么办？怎样做？如何选？选什么人？为什么？管什么？',
};
let engine: SearchEngine;
beforeAll(async () => {
	({ engine } = await engineFor([...articleDocuments(), distractor]));
});

const answerOf = (hit: { doc: { text: string }; answer?: [number, number] }) =>
	hit.answer
		? Array.from(hit.doc.text)
				.slice(...hit.answer)
				.join('')
		: '';

describe('questions', () => {
	it.each([
		['带头人怎么选', 'source/#p13', '把好带头人选用关'],
		['村书记由谁管理', 'source/#p13', '组织部管理'],
		['党群服务中心要做到什么', 'source/#p8', '布局合理、功能完备、互联互通'],
		['软弱涣散的支部怎么整顿', 'source/#p11', '软弱涣散'],
	])('「%s」 → %s first, its answering sentence marked', async (q, url, sentence) => {
		const [first] = await engine.search(q);
		expect(first?.doc.url).toBe(url);
		expect(answerOf(first!)).toContain(sentence);
	});

	it('does not rank a text on its question words', async () => {
		const hits = await engine.search('书记怎么选');
		expect(hits[0]?.doc.url).not.toBe('cases/questions/');
	});

	it('leaves keyword queries as they were: no answer sentence', async () => {
		const [first] = await engine.search('由虚变实');
		expect(first?.doc.url).toBe('source/#p12');
		expect(first?.answer).toBeUndefined();
	});
});
