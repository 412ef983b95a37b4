import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { paragraph } from '../../src/article/source';
import Quote from '../../src/components/lesson/Quote.astro';
import SourceArticle from '../../src/components/source/SourceArticle.astro';

async function render(component: Parameters<AstroContainer['renderToString']>[0], options = {}) {
	const container = await AstroContainer.create();
	return new JSDOM(await container.renderToString(component, options)).window.document;
}

describe('<Quote>', () => {
	it('puts data-source on an element holding exactly the quoted text, and links to its paragraph', async () => {
		const doc = await render(Quote, {
			props: { p: 'p3' },
			slots: { default: '把方向、管大局、保落实' },
		});
		const quoted = doc.querySelector('[data-source]');
		expect(quoted?.tagName).toBe('Q');
		expect(quoted?.getAttribute('data-source')).toBe('p3');
		expect(quoted?.textContent?.trim()).toBe('把方向、管大局、保落实');
		expect(doc.querySelector('a')?.getAttribute('href')).toBe('/source/#p3');
	});

	it('renders a block quotation with its source link underneath', async () => {
		const doc = await render(Quote, {
			props: { p: 'p12', block: true },
			slots: { default: '使党建标准由“粗”变“细”' },
		});
		const quoted = doc.querySelector('blockquote[data-source="p12"]');
		expect(quoted?.textContent?.trim()).toBe('使党建标准由“粗”变“细”');
		expect(doc.querySelector('figcaption a')?.getAttribute('href')).toBe('/source/#p12');
	});
});

describe('<SourceArticle quotedIn>', () => {
	it('links a paragraph to the lessons that quote it, outside the paragraph text', async () => {
		const quotedIn = new Map([['p6', [{ id: 'lessons/coverage', title: '组织覆盖力', order: 3 }]]]);
		const doc = await render(SourceArticle, { props: { quotedIn } });
		const links = doc.getElementById('p6')?.parentElement?.querySelectorAll('.source-quoted-in a');
		expect([...(links ?? [])].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			['组织覆盖力', '/lessons/coverage/'],
		]);
		expect(doc.getElementById('p6')?.textContent).toBe(paragraph('p6').text);
		expect(doc.getElementById('p5')?.parentElement?.querySelector('.source-quoted-in')).toBeNull();
	});
});
