/**
 * Quotation marks in the bank's learner-facing text (src/content-checks/quiz-quotes.ts): only 「」,
 * and only around the article's wording; `source.quote` keeps the article's own “”.
 */
import { describe, expect, it } from 'vitest';
import { article } from '../../src/article/source';
import {
	learnerTexts,
	quotableTexts,
	quoteMarkFindings,
	spanParts,
} from '../../src/content-checks/quiz-quotes';
import type { Question } from '../../src/schemas/question';
import { judge } from '../fixtures/quizzes/questions';

const quotable = quotableTexts(article);
const withStem = (stem: string): Question => ({ ...judge, level: 'recall', difficulty: 1, stem });

describe('spanParts()', () => {
	it('reads 『』 as the article’s “” and splits at …… and at blanks', () => {
		expect(spanParts('推行『一站式』服务和『___』改革')).toEqual(['推行“一站式”服务和“', '”改革']);
		expect(spanParts('提升……是加强')).toEqual(['提升', '是加强']);
	});
});

describe('learnerTexts()', () => {
	it('leaves out the verbatim source and the metadata', () => {
		const paths = learnerTexts(withStem('题干')).map((t) => t.path.join('.'));
		expect(paths).toContain('stem');
		expect(paths.some((p) => p.startsWith('source') || p === 'id' || p === 'power')).toBe(false);
	});
});

describe('quoteMarkFindings()', () => {
	it('accepts 「」 around the article’s words, a heading and a blank inside a quotation', () => {
		for (const stem of [
			'文章要求发挥好「『把方向、管大局、保落实』的领导作用」。',
			'标题「突出政治功能，提升政治领导力」之下',
			'推行「___」服务和「最多跑一次」改革。',
		])
			expect(quoteMarkFindings(withStem(stem), quotable), stem).toEqual([]);
	});
	it('rejects “” and ‘’ anywhere a learner reads', () => {
		expect(quoteMarkFindings(withStem('推行“一站式”服务'), quotable)).toMatchObject([
			{ path: ['stem'] },
		]);
		expect(quoteMarkFindings(withStem('推行‘一站式’服务'), quotable)).toHaveLength(1);
	});
	it('rejects 「」 around words the article does not say, and a span across two paragraphs', () => {
		expect(quoteMarkFindings(withStem('「把方向、管全局、保落实」'), quotable)).toHaveLength(1);
		const p1 = article.paragraphs[0]!.raw;
		const p2 = article.paragraphs[1]!.raw;
		const across = `${p1.slice(-6)}${p2.slice(0, 6)}`;
		expect(quoteMarkFindings(withStem(`「${across}」`), quotable)).toHaveLength(1);
	});
});
