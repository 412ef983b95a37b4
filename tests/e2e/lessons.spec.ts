/**
 * Lessons as a learner uses them: every lesson opens, its quotes carry data-source and lead to the
 * right 原文 paragraph, previous/next follow the course order, inline terms open by keyboard, click
 * and touch; the 原文 page, the 术语 page and the course map link back to the lessons.
 */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/article/parse';
import { isVerbatimQuote } from '../../src/article/quote-rule';
import { readLessonFiles } from '../../src/content-checks/lessons';
import { BasePage, SourcePage } from './pages/base-page';
import { LessonPage } from './pages/lesson-page';
import { expect, test } from './fixtures';

const article = parseArticle(readFileSync('content/article/source.txt', 'utf8'));
const paragraphText = new Map(article.paragraphs.map((p) => [p.id, p.text]));
const lessons = readLessonFiles('.')
	.map(
		(file) => file.frontmatter as { title: string; power: string; order: number; minutes: number },
	)
	.sort((a, b) => a.order - b.order);

test('the course has seven lessons', () => {
	expect(lessons.map((l) => l.power)).toEqual([
		'overview',
		'leadership',
		'coverage',
		'cohesion',
		'development',
		'renewal',
		'synthesis',
	]);
});

for (const lesson of lessons) {
	test(`${lesson.power}: opens, and every quote is verbatim with data-source and a 原文 link`, async ({
		page,
	}) => {
		const view = new LessonPage(page);
		await view.open(lesson.power);
		await view.expectTitle(lesson.title);
		await expect(view.main.getByRole('heading', { name: '学习目标' })).toBeVisible();
		const quotes = await view.quotes.all();
		expect(quotes.length).toBeGreaterThan(3);
		for (const quote of quotes) {
			const p = (await quote.getAttribute('data-source')) ?? '';
			const text = (await quote.textContent()) ?? '';
			expect(isVerbatimQuote(text, paragraphText.get(p as 'p1') ?? ''), `${p}: ${text}`).toBe(true);
			await expect(view.quoteLink(quote)).toHaveAttribute(
				'href',
				new RegExp(`/source/#${p}$`, 'u'),
			);
		}
	});
}

test('a quote link opens the 原文 paragraph that holds the quote', async ({ page }) => {
	const view = new LessonPage(page);
	await view.open('renewal');
	const quote = view.quotes.filter({ hasText: '使党建考核由“软”变“硬”' }).first();
	const text = (await quote.textContent()) ?? '';
	await view.quoteLink(quote).click();
	await expect(page).toHaveURL(/\/source\/#p12$/u);
	const source = new SourcePage(page);
	await expect(source.paragraph('p12')).toBeInViewport();
	expect(isVerbatimQuote(text, (await source.paragraph('p12').textContent()) ?? '')).toBe(true);
});

test('next and previous follow the course order', async ({ page }) => {
	const view = new LessonPage(page);
	await view.open(lessons[0]!.power);
	for (const lesson of lessons.slice(1)) {
		await view.nextLink.click();
		await view.expectTitle(lesson.title);
	}
	for (const lesson of lessons.slice(0, -1).reverse()) {
		await view.previousLink.click();
		await view.expectTitle(lesson.title);
	}
});

test('a term opens and closes by keyboard', async ({ page }) => {
	const view = new LessonPage(page);
	await view.open('renewal');
	const term = view.term('三项机制');
	const panel = await view.termPanel(term);
	await expect(panel).toBeHidden();
	await term.focus();
	await page.keyboard.press('Enter');
	await expect(term).toHaveAttribute('aria-expanded', 'true');
	await expect(panel).toBeVisible();
	await expect(panel).toContainText('文中未下定义');
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(term).toBeFocused();
	await page.keyboard.press('Space');
	await expect(panel).toBeVisible();
});

test('a term opens by click and its link leads to the 术语 page', async ({ page }) => {
	const view = new LessonPage(page);
	await view.open('overview');
	const term = view.term('组织力');
	const panel = await view.termPanel(term);
	await term.click();
	await expect(panel).toBeVisible();
	await expect(panel).toContainText('主要表现为政治领导力');
	await term.click();
	await expect(panel).toBeHidden();
	await term.click();
	await panel.getByRole('link', { name: '在术语表中查看' }).click();
	await expect(page).toHaveURL(/\/glossary\/#term-zuzhili$/u);
	await expect(page.locator('#term-zuzhili')).toBeInViewport();
});

test.describe('on a phone', () => {
	test.use({ hasTouch: true, viewport: { width: 360, height: 740 } });

	test('a term opens by touch and its definition fits the screen', async ({ page }) => {
		const view = new LessonPage(page);
		await view.open('cohesion');
		const term = view.term('党建带群建');
		const panel = await view.termPanel(term);
		await term.tap();
		await expect(panel).toBeVisible();
		const box = await panel.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
		const { scrollWidth, clientWidth } = await view.overflowsHorizontally();
		expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
	});
});

test('the 原文 page links each paragraph to the lessons that quote it', async ({ page }) => {
	const source = new SourcePage(page);
	await source.open();
	for (let n = 1; n <= 14; n++) {
		const links = page.locator(`p#p${n} ~ .source-quoted-in a`);
		expect(await links.count(), `p${n}`).toBeGreaterThan(0);
	}
	await page
		.locator('p#p6 ~ .source-quoted-in')
		.getByRole('link', { name: /组织覆盖力/u })
		.click();
	await expect(page).toHaveURL(/\/lessons\/coverage\/$/u);
});

test('the course map lists the lessons in order with role and minutes', async ({ page }) => {
	const home = new BasePage(page);
	await home.goto('');
	const items = page.locator('.course-map > li');
	await expect(items).toHaveCount(lessons.length);
	for (const [i, lesson] of lessons.entries()) {
		const item = items.nth(i);
		await expect(item.getByRole('link')).toHaveText(lesson.title);
		await expect(item).toContainText(`约 ${lesson.minutes} 分钟`);
	}
	await expect(items.nth(1)).toContainText('定位：核心');
	await expect(items.nth(5)).toContainText('定位：保障');
});

test('the 术语 page says where the article does not define a term', async ({ page }) => {
	const glossary = new BasePage(page);
	await glossary.goto('glossary/#term-sanxiang-jizhi');
	const entry = page.locator('#term-sanxiang-jizhi');
	await expect(entry).toBeInViewport();
	await expect(entry).toContainText('文中未下定义');
	await expect(entry.locator('[data-source="p13"]')).toHaveText(
		'深入推行“三项机制”，为基层松绑减负，为基层干部担当争先撑腰鼓劲',
	);
});

test('a 思考题 keeps its 参考要点 closed until the learner opens them', async ({ page }) => {
	const view = new LessonPage(page);
	await view.open('leadership');
	const points = view.main.locator('details.ref-points').first();
	const summary = points.locator('summary');
	await expect(summary).toHaveText(/参考要点/u);
	await expect(points.locator('[data-source="p3"]').first()).toBeHidden();
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(points.locator('[data-source="p3"]').first()).toBeVisible();
	const box = await summary.boundingBox();
	expect(box?.height).toBeGreaterThanOrEqual(44);
});

test('the overview separates what the article attributes to the centre from the author’s framework', async ({
	page,
}) => {
	const view = new LessonPage(page);
	await view.open('overview');
	const table = view.main.locator('table').first();
	await expect(table.getByRole('row', { name: /党的十九大提出/u })).toContainText(
		'党的十九大的提法',
	);
	await expect(table.getByRole('row', { name: /主要表现为政治领导力/u })).toContainText(
		'作者的概括',
	);
	await expect(view.main).not.toContainText('一字不差');
	await view.main.getByRole('link', { name: '全文提纲' }).click();
	await expect(page).toHaveURL(/\/outline\/$/u);
});

test.describe('全文提纲', () => {
	test('shows the opening and the five capacities as 定位 → 含义 → 判断标准 → 举措, each linked to its lesson', async ({
		page,
	}) => {
		const outline = new BasePage(page);
		await outline.goto('outline/');
		const blocks = outline.main.locator('.outline-block');
		await expect(blocks).toHaveCount(6);
		await expect(blocks.first().getByRole('heading')).toContainText('开篇');
		for (const [i, lesson] of lessons.slice(1, 6).entries()) {
			const block = blocks.nth(i + 1);
			await expect(block.locator('dt')).toHaveText(['定位', '含义', '判断标准', '举措']);
			await block.getByRole('link').click();
			await expect(page).toHaveURL(new RegExp(`/lessons/${lesson.power}/$`, 'u'));
			await page.goBack();
		}
	});

	test('prints on one A4 sheet', async ({ page }) => {
		const outline = new BasePage(page);
		await outline.goto('outline/');
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/gu) ?? [];
		expect(pages).toHaveLength(1);
	});
});
