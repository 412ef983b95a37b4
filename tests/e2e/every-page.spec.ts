/**
 * Whole-site checks over every page in the sitemap, each page loaded ONCE and then checked in every
 * state a reader can put it in, without reloading:
 *   light and dark (the `data-theme` Starlight sets from the colour scheme), on a desktop and on a
 *   360 px phone, at the standard and the largest font size (适老化: `data-font-size="xlarge"`, the
 *   progress store's setting, as the control applies it) → no axe violations, no sideways scrolling;
 *   at 360 px, every control a reader can tap is at least 44 × 44 px (targets inside running text are
 *   exempt, as in WCAG 2.5.5; a small box whose hit area reaches 44 px passes).
 * The guard fixture adds: no request off the origin, no CSP violation, no page error.
 */
import type { Page } from '@playwright/test';
import { BasePage } from './pages/base-page';
import { expect, sitemapPaths, test } from './fixtures';

const paths = sitemapPaths();
// Each page is its own test with nothing shared: both workers share the sweep (by default a file's
// tests run one after another in one worker, and this file is the suite's longest).
test.describe.configure({ mode: 'parallel' });
const SCHEMES = ['light', 'dark'] as const;
const PHONE = { width: 360, height: 740 };
const LARGEST = 'xlarge';

/** Switch the loaded page to a colour scheme as Starlight does on load (no stored choice). */
async function useScheme(page: Page, scheme: (typeof SCHEMES)[number]): Promise<void> {
	await page.emulateMedia({ colorScheme: scheme });
	await page.evaluate((s) => {
		document.documentElement.dataset['theme'] = s;
	}, scheme);
}

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

async function expectNoSidewaysScrolling(site: BasePage, state: string): Promise<void> {
	const { scrollWidth, clientWidth } = await site.overflowsHorizontally();
	expect(scrollWidth, state).toBeLessThanOrEqual(clientWidth);
}

test('the sitemap lists the pages', () => {
	expect(paths).toContain('');
	expect(paths).toContain('source/');
});

for (const path of paths) {
	test(`/${path}: axe, 360 px, 44 px targets and the largest text, light and dark`, async ({
		page,
	}) => {
		// One load, then four axe runs and the target scan: the work of the four tests this replaces.
		test.setTimeout(180_000);
		const site = new BasePage(page);
		await page.addInitScript(() => localStorage.removeItem('starlight-theme'));
		await site.goto(path);
		await page.waitForLoadState('networkidle');

		for (const scheme of SCHEMES) {
			await useScheme(page, scheme);
			expect(await site.axeViolations(), `desktop, ${scheme}`).toEqual([]);
		}

		await page.setViewportSize(PHONE);
		await useScheme(page, 'light');
		await expectNoSidewaysScrolling(site, '360 px');

		await page.evaluate((size) => {
			document.documentElement.dataset['fontSize'] = size;
		}, LARGEST);
		await expect(page.locator('html')).toHaveAttribute('data-font-size', LARGEST);
		for (const scheme of SCHEMES) {
			await useScheme(page, scheme);
			expect(await site.axeViolations(), `largest text, ${scheme}`).toEqual([]);
			await expectNoSidewaysScrolling(site, `largest text, ${scheme}`);
		}

		// Last: the scan scrolls every target into view, which hydrates islands below the fold (and
		// the store then re-applies the reader's own font size).
		await page.evaluate(() => delete document.documentElement.dataset['fontSize']);
		await useScheme(page, 'light');
		expect(await smallTargets(site), '44 px targets at 360 px').toEqual([]);
	});
}
