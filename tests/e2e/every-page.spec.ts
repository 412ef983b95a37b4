/**
 * Whole-site checks over every page in the sitemap: accessibility (axe, light and dark), no request
 * off the origin and no CSP violation (the guard fixture), and no horizontal scrolling at 360 px.
 */
import { BasePage } from './pages/base-page';
import { expect, sitemapPaths, test } from './fixtures';

const paths = sitemapPaths();

test('the sitemap lists the pages', () => {
	expect(paths).toContain('');
	expect(paths).toContain('source/');
});

for (const path of paths) {
	test.describe(`/${path}`, () => {
		test('has no axe violations in light and dark mode', async ({ page }) => {
			const site = new BasePage(page);
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await page.addInitScript(() => localStorage.removeItem('starlight-theme'));
				await site.goto(path);
				expect(await site.axeViolations(), `${scheme} mode`).toEqual([]);
			}
		});

		test('fits a 360 px screen without horizontal scrolling', async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 740 });
			const site = new BasePage(page);
			await site.goto(path);
			const { scrollWidth, clientWidth } = await site.overflowsHorizontally();
			expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
		});
	});
}
