import { describe, expect, it } from 'vitest';
import { hoistIslandStyles } from '../../src/site/valid-html';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('hoistIslandStyles()', () => {
	it("moves Astro's island style from <body> to the end of <head>", () => {
		const html = `<html><head><link rel="stylesheet" href="a.css"></head><body><p>x</p>${STYLE}<script>1</script><astro-island></astro-island></body></html>`;
		expect(hoistIslandStyles(html)).toBe(
			`<html><head><link rel="stylesheet" href="a.css">${STYLE}</head><body><p>x</p><script>1</script><astro-island></astro-island></body></html>`,
		);
	});

	it('leaves pages without islands and other styles alone', () => {
		const html = '<html><head></head><body><svg><style>.a{}</style></svg></body></html>';
		expect(hoistIslandStyles(html)).toBe(html);
	});
});
