import { describe, expect, it } from 'vitest';
import {
	closestPassage,
	isVerbatimQuote,
	normaliseForQuote,
	toFullWidthPunctuation,
} from '../../src/article/quote-rule';
import { paragraph } from '../../src/article/source';

describe('normaliseForQuote()', () => {
	it('removes whitespace and maps the seven ASCII marks to full width', () => {
		expect(normaliseForQuote(' 村(社区) 党组织, 第三: 是;否? 好! ')).toBe(
			'村（社区）党组织，第三：是；否？好！',
		);
	});
	it('leaves quotation marks and 、 alone', () => {
		expect(normaliseForQuote('“把方向、管大局、保落实”')).toBe('“把方向、管大局、保落实”');
	});
});

describe('isVerbatimQuote()', () => {
	const p3 = paragraph('p3').raw;
	it('accepts an exact substring', () => {
		expect(isVerbatimQuote('发挥好“把方向、管大局、保落实”的领导作用', p3)).toBe(true);
	});
	it('rejects a paraphrase of the political wording', () => {
		expect(isVerbatimQuote('把方向、管全局、保落实', p3)).toBe(false);
		expect(isVerbatimQuote('把方向，管大局，保落实', p3)).toBe(false);
	});
	it('accepts full-width punctuation for the seed half-width part', () => {
		expect(isVerbatimQuote('选优配强管好村（社区）党组织书记', paragraph('p13').raw)).toBe(true);
	});
	it('rejects an empty quote', () => {
		expect(isVerbatimQuote('  ', p3)).toBe(false);
	});
});

describe('closestPassage()', () => {
	it('points at the passage a near-miss quote was meant to be', () => {
		expect(closestPassage('把方向、管全局、保落实', paragraph('p3').raw)).toBe(
			'把方向、管大局、保落实',
		);
	});
});

describe('toFullWidthPunctuation()', () => {
	it('keeps everything but the seven marks', () => {
		expect(toFullWidthPunctuation('第二,把好(关)')).toBe('第二，把好（关）');
	});
});
