import { describe, expect, it } from 'vitest';
import { excerpt, matchRanges } from '../../src/search/excerpt';

const marked = (text: string, query: string) =>
	excerpt(text, query, 500)
		.filter((s) => s.mark)
		.map((s) => s.text);

describe('excerpt()', () => {
	it('highlights a phrase across the quotation marks inside it', () => {
		expect(marked('使党建责任由“虚”变“实”；将党建工作', '由虚变实')).toEqual(['由“虚”变“实']);
	});

	it('highlights every occurrence of every term', () => {
		expect(marked('乡村振兴的重大任务，服务乡村振兴', '乡村振兴')).toEqual([
			'乡村振兴',
			'乡村振兴',
		]);
		expect(marked('民主集中制是党的根本组织原则', '根本 民主')).toEqual(['民主', '根本']);
	});

	it('highlights the matching part of a query with a typo', () => {
		expect(marked('推行“一站式”服务和“最多跑一次”改革', '最多跑一趟')).toEqual(['最多跑一']);
	});

	it('returns the text unchanged (no marks) when nothing matches or the query is hostile', () => {
		for (const q of ['', '<script>alert(1)</script>', '.*', '😀']) {
			const segments = excerpt('党的十九大提出', q);
			expect(segments.map((s) => s.text).join('')).toBe('党的十九大提出');
			expect(segments.some((s) => s.mark)).toBe(false);
		}
	});

	it('cuts a window around the first match with ellipses', () => {
		const text = `${'甲'.repeat(100)}最多跑一次${'乙'.repeat(100)}`;
		const segments = excerpt(text, '最多跑一次', 40);
		expect(segments[0]).toEqual({ text: '…', mark: false });
		expect(segments.at(-1)).toEqual({ text: '…', mark: false });
		expect(segments.find((s) => s.mark)?.text).toBe('最多跑一次');
		expect(Array.from(segments.map((s) => s.text).join('')).length).toBe(42);
	});

	it('keeps characters outside the Basic Multilingual Plane whole', () => {
		expect(matchRanges('𠮷党建𠮷', '党建')).toEqual([[1, 3]]);
	});

	it('shows a question’s answering sentence whole and flags it, without marking question words', () => {
		const text = `${'甲'.repeat(80)}。把好带头人选用关，选优配强。${'乙'.repeat(80)}`;
		const start = 81;
		const end = start + Array.from('把好带头人选用关，选优配强。').length;
		const segments = excerpt(text, '带头人怎么选', undefined, [start, end]);
		const answer = segments
			.filter((s) => s.answer)
			.map((s) => s.text)
			.join('');
		expect(answer).toBe('把好带头人选用关，选优配强。');
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['带头人选', '选']);
		expect(segments[0]).toEqual({ text: '…', mark: false });
	});

	it('ignores an answer range outside the text', () => {
		const segments = excerpt('党的十九大提出', '十九大是什么', undefined, [3, 99]);
		expect(segments.some((s) => s.answer)).toBe(false);
	});
});
