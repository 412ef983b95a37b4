/**
 * Smoke: the home page and the 原文 page work, the paragraph anchors resolve, and the rendered article
 * equals the seed under the quote rule. Runs under both the `/xuexi/` base and the root base.
 */
import { readFileSync } from 'node:fs';
import { normaliseForQuote } from '../../src/article/quote-rule';
import { BasePage, SourcePage } from './pages/base-page';
import { expect, test } from './fixtures';

const seed = readFileSync('content/article/source.txt', 'utf8');

test('the home page presents the five capacities and their roles', async ({ page }) => {
	const home = new BasePage(page);
	await home.goto('');
	await home.expectTitle('组织力研学');
	for (const role of ['核心', '基础', '动力', '关键', '保障']) {
		await expect(home.main.getByText(`组织力建设的${role}。`)).toBeVisible();
	}
	await home.main.getByRole('link', { name: '阅读原文' }).first().click();
	await expect(page).toHaveURL(/\/source\/$/u);
});

test('the 原文 page shows the whole article with anchors p1…p14', async ({ page }) => {
	const source = new SourcePage(page);
	await source.open();
	const texts = await page
		.locator('[data-article-title], [data-article-author], [data-article-heading], p[id^="p"]')
		.allTextContents();
	expect(normaliseForQuote(texts.join(''))).toBe(normaliseForQuote(seed));
	for (let n = 1; n <= 14; n++) await expect(source.paragraph(`p${n}`)).toHaveCount(1);
});

test('a paragraph link scrolls to its paragraph', async ({ page }) => {
	const source = new SourcePage(page);
	await source.open('#p12');
	await expect(source.paragraph('p12')).toBeInViewport();
	await expect(source.paragraph('p12')).toContainText('使党建考核由“软”变“硬”');
	await source.page.getByRole('link', { name: 'p7 第 7 段的链接' }).click();
	await expect(page).toHaveURL(/#p7$/u);
	await expect(source.paragraph('p7')).toBeInViewport();
});
