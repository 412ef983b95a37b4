import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse';
import { POWERS } from '../../src/article/powers';
import { article } from '../../src/article/source';

describe('article', () => {
	it('has the title, author and five section headings', () => {
		expect(article.title).toBe('全面提升城乡基层党组织的组织力');
		expect(article.author).toBe('孙肖远');
		expect(article.sections.filter((s) => s.heading).map((s) => s.heading)).toEqual([
			POWERS.leadership.heading,
			POWERS.coverage.heading,
			POWERS.cohesion.heading,
			POWERS.development.heading,
			POWERS.renewal.heading,
		]);
	});
	it('numbers paragraphs where the brief says they start', () => {
		const starts = Object.fromEntries(article.paragraphs.map((p) => [p.id, p.text.slice(0, 9)]));
		expect(starts.p1).toBe('党的十九大提出加强');
		expect(starts.p6).toBe('一是推进城乡协建。');
		expect(starts.p12).toBe('第一，加强党支部标');
		expect(starts.p14).toBe('第三，明确村（社区');
	});
});

describe('parseArticle()', () => {
	it('refuses a text that ends inside a paragraph', () => {
		expect(() => parseArticle('标题\n\n作者\n\n这一段没有结束')).toThrowErrorMatchingInlineSnapshot(
			`[Error: 原文在一段中间结束：「这一段没有结束」]`,
		);
	});
	it('refuses a text with the wrong number of paragraphs', () => {
		expect(() => parseArticle('标题\n\n作者\n\n只有一段。')).toThrowErrorMatchingInlineSnapshot(
			`[Error: 原文应有 14 段，实际解析出 1 段]`,
		);
	});
});
