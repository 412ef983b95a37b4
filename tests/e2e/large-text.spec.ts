/**
 * 适老化 at the largest font size: every page of the sitemap has no axe violations (light and dark)
 * and still fits a 360 px screen. The seam is the progress store's font-size setting, applied as
 * `data-font-size="xlarge"` on <html> (src/progress/font-size.ts; site CSS scales the root size);
 * the test sets that attribute once the page has loaded (as the control does), then checks it held.
 */
import { BasePage } from './pages/base-page';
import { expect, sitemapPaths, test } from './fixtures';

const LARGEST = 'xlarge';

for (const path of sitemapPaths()) {
	test(`/${path} at the largest font size: no axe violations, no sideways scrolling`, async ({
		page,
	}) => {
		const site = new BasePage(page);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.setViewportSize({ width: 360, height: 740 });
			await site.goto(path);
			await page.waitForLoadState('networkidle');
			await page.evaluate((size) => {
				document.documentElement.dataset['fontSize'] = size;
			}, LARGEST);
			await expect(page.locator('html')).toHaveAttribute('data-font-size', LARGEST);
			expect(await site.axeViolations(), `${scheme} mode`).toEqual([]);
			const { scrollWidth, clientWidth } = await site.overflowsHorizontally();
			expect(scrollWidth, `${scheme} mode`).toBeLessThanOrEqual(clientWidth);
		}
	});
}
