/**
 * 适老化: every control a reader can tap is at least 44 × 44 px on a 360 px phone, on every page of
 * the sitemap (Starlight's chrome included). Targets inside running text (inline in a paragraph, list
 * item, table cell or quote, with text around them) are exempt, as in WCAG 2.5.5; a small box whose
 * hit area reaches 44 px (heading anchors' ::after) passes. Reduced motion and forced colors are
 * respected site-wide (src/styles/a11y.css): checked here on one page with both preferences emulated.
 */
import { BasePage } from './pages/base-page';
import { expect, sitemapPaths, test } from './fixtures';

const MIN = 44;

async function smallTargets(site: BasePage): Promise<string[]> {
	return site.page.evaluate((min) => {
		const out: string[] = [];
		const selector =
			'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
		/** A target in a sentence (inline, with text around it) is exempt, as in WCAG 2.5.5/2.5.8. */
		const inSentence = (el: HTMLElement, style: CSSStyleDeclaration) => {
			if (!style.display.startsWith('inline')) return false;
			const block = el.closest('p, li, td, th, blockquote, dd');
			return (
				!!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length
			);
		};
		/** A small box still passes when its hit area (e.g. an ::after) reaches 44 px across both ways. */
		const hitArea = (el: HTMLElement) => {
			el.scrollIntoView({ block: 'center', inline: 'center' });
			const r = el.getBoundingClientRect();
			const cx = r.left + r.width / 2;
			const cy = r.top + r.height / 2;
			const half = min / 2 - 1;
			return [
				[cx - half, cy],
				[cx + half, cy],
				[cx, cy - half],
				[cx, cy + half],
			].every(([x, y]) => {
				const hit = document.elementFromPoint(x ?? 0, y ?? 0);
				return !!hit && (hit === el || el.contains(hit));
			});
		};
		for (const el of document.querySelectorAll<HTMLElement>(selector)) {
			const box = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
			// Radios and checkboxes count with their label (the label is the target).
			const label = el.closest('label');
			const target = label && el.matches('input') ? label.getBoundingClientRect() : box;
			if (target.width + 0.5 >= min && target.height + 0.5 >= min) continue;
			if (inSentence(el, style) || hitArea(el)) continue;
			out.push(
				`${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 24)}" ${Math.round(target.width)}×${Math.round(target.height)}`,
			);
		}
		return out;
	}, MIN);
}

for (const path of sitemapPaths()) {
	test(`/${path} has 44 px touch targets at 360 px`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		const site = new BasePage(page);
		await site.goto(path);
		expect(await smallTargets(site)).toEqual([]);
	});
}

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
