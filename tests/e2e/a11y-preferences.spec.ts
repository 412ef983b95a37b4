/**
 * 适老化 preferences, respected site-wide (src/styles/a11y.css): reduced motion stops animations and
 * transitions; in forced colors our buttons and the focus ring keep visible system-colour edges.
 * (Touch targets, large text and axe on every page: ./every-page.spec.ts.)
 */
import { BasePage } from './pages/base-page';
import { expect, test } from './fixtures';

test('animations and transitions stop when the reader asks for reduced motion', async ({
	page,
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const site = new BasePage(page);
	await site.goto('source/');
	const durations = await page.evaluate(() =>
		[...document.querySelectorAll('a, button, main *')].slice(0, 200).map((el) => {
			const s = getComputedStyle(el);
			return Math.max(parseFloat(s.transitionDuration), parseFloat(s.animationDuration));
		}),
	);
	expect(Math.max(...durations)).toBeLessThan(0.01);
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
		'auto',
	);
});

test('in forced colors the focus ring and our buttons keep visible system-colour edges', async ({
	page,
}) => {
	await page.emulateMedia({ forcedColors: 'active' });
	const site = new BasePage(page);
	await site.goto('');
	const button = site.main.locator('.home-button').first();
	await expect(button).toBeVisible();
	expect(await button.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
	await button.focus();
	expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
});
