import { describe, expect, it } from 'vitest';
import { bestSentence, longestRun, sentences } from '../../src/search/answer';
import { articleDocuments } from '../../src/search/sources/article';
import { analyseQuery } from '../../src/search/query';

const paragraph = (id: string) => articleDocuments().find((d) => d.key === `source:${id}`)!.text;
const answerTo = (question: string, text: string) => {
	const { terms, segments } = analyseQuery(question);
	return bestSentence(text, terms, segments, () => 1);
};

describe('sentences()', () => {
	it('cuts at 。！？； and line breaks, with code-point ranges', () => {
		const text = '第一句。第二句；𠮷第三句！';
		const s = sentences(text);
		expect(s.map((x) => x.text)).toEqual(['第一句。', '第二句；', '𠮷第三句！']);
		expect(s[2]).toMatchObject({ start: 8, end: 13 });
		expect(sentences('没有句号')).toEqual([{ start: 0, end: 4, text: '没有句号' }]);
	});
});

describe('longestRun()', () => {
	it('finds the longest piece (≥ 3 characters) of a segment', () => {
		expect(longestRun('第二把好带头人选用关选优配强', '带头人选用')).toBe(5);
		expect(longestRun('带头的人', '带头人')).toBe(0);
	});
});

describe('bestSentence()', () => {
	it('picks the sentence of the paragraph that answers the question', () => {
		const p13 = paragraph('p13');
		const a = answerTo('带头人怎么选', p13)!;
		expect(p13.slice(a.start, a.end)).toContain('把好带头人选用关');
		const p8 = paragraph('p8');
		const b = answerTo('党群服务中心要做到什么', p8)!;
		expect(Array.from(p8).slice(b.start, b.end).join('')).toContain('布局合理、功能完备、互联互通');
	});

	it('prefers the words of the question together over the same words apart', () => {
		const text = '带头的人要选。带头人选用关要把好。';
		const a = answerTo('带头人选用怎么把关', text)!;
		expect(a.text).toBe('带头人选用关要把好。');
		expect(a.run).toBeGreaterThanOrEqual(5);
	});

	it('weighs rare terms more than common ones', () => {
		const { terms, segments } = analyseQuery('党组织书记怎么培训');
		const weight = (t: { term: string }) => (t.term === '培训' ? 5 : 1);
		const a = bestSentence('党组织书记很多。书记要培训。', terms, segments, weight)!;
		expect(a.text).toBe('书记要培训。');
	});

	it('gives nothing when no sentence holds a term', () => {
		expect(answerTo('带头人怎么选', '党的十九大提出。')).toBeUndefined();
	});
});
