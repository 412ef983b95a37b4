import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import SourceArticle from '../../src/components/source/SourceArticle.astro';
import { normaliseForQuote } from '../../src/article/quote-rule';
import { PARAGRAPH_IDS } from '../../src/article/powers';

const seed = readFileSync(new URL('../../content/article/source.txt', import.meta.url), 'utf8');

async function renderArticle() {
	const container = await AstroContainer.create();
	const html = await container.renderToString(SourceArticle);
	return new JSDOM(html).window.document;
}

describe('原文 page', () => {
	it('renders text equal to the seed under the quote rule, not one character changed', async () => {
		const doc = await renderArticle();
		const parts = [
			doc.querySelector('[data-article-title]')?.textContent ?? '',
			doc.querySelector('[data-article-author]')?.textContent ?? '',
		];
		// Walk headings and paragraphs in document order, exactly as a reader meets them.
		for (const el of doc.querySelectorAll('[data-article-heading], p[id^="p"]')) {
			parts.push(el.textContent ?? '');
		}
		expect(normaliseForQuote(parts.join(''))).toBe(normaliseForQuote(seed));
	});

	it('gives paragraphs the ids p1…p14, in order, on the <p> elements', async () => {
		const doc = await renderArticle();
		const ids = [...doc.querySelectorAll('p[id]')].map((p) => p.id);
		expect(ids).toEqual([...PARAGRAPH_IDS]);
	});

	it('shows the seed half-width punctuation full-width', async () => {
		const doc = await renderArticle();
		const p13 = doc.getElementById('p13')?.textContent ?? '';
		expect(p13).toContain('选优配强管好村（社区）党组织书记');
		expect(doc.querySelector('article')?.textContent).not.toMatch(/[,():;?!]/u);
	});

	it('joins the two page-break splits into single paragraphs', async () => {
		const doc = await renderArticle();
		expect(doc.getElementById('p6')?.textContent).toContain('丰富基层党建工作内容和形式');
		expect(doc.getElementById('p12')?.textContent).toContain('建立标准化记实管理系统');
	});
});
