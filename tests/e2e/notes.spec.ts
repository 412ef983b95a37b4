/**
 * 教学笔记 and 支部对照自查清单: an instructor finds them from 教员专区, reads a lesson's 90-minute
 * plan, opens its case for class and the printable 学习心得提纲; every quote on these pages is the
 * article's words; the 村 and 社区 lists each show only their own lines; print hides the chrome.
 * axe (light, dark, largest text) and the 360 px fit of every one of these pages are in the whole-site
 * sweep (./every-page.spec.ts), which visits each page in the sitemap.
 */
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { parseArticle } from '../../src/article/parse';
import { isVerbatimQuote } from '../../src/article/quote-rule';
import { ChecklistPage, NotesPage } from './pages/notes-page';
import { expect, test } from './fixtures';

const article = parseArticle(readFileSync('content/article/source.txt', 'utf8'));
const paragraph = new Map<string, string>(article.paragraphs.map((p) => [p.id, p.raw]));

/** Every `q[data-source]` holds words of its paragraph (quote rule); returns how many were checked. */
async function expectVerbatim(quotes: Locator): Promise<number> {
	const all = await quotes.evaluateAll((els) =>
		els.map((el) => ({ p: el.getAttribute('data-source') ?? '', text: el.textContent ?? '' })),
	);
	const wrong = all.filter((q) => !isVerbatimQuote(q.text, paragraph.get(q.p) ?? ''));
	expect(wrong).toEqual([]);
	return all.length;
}

test('an instructor opens a lesson’s teaching note from 教员专区 and finds a 90-minute plan', async ({
	page,
}) => {
	const notes = new NotesPage(page);
	await notes.goto('instructor/');
	await page.getByRole('link', { name: '教学笔记', exact: true }).first().click();
	await expect(page).toHaveURL(/\/instructor\/notes\/$/u);
	await expect(notes.main.getByRole('link', { name: /^第 \d 课/u })).toHaveCount(7);
	await notes.link(/^第 2 课/u).click();
	await expect(page).toHaveURL(/\/instructor\/notes\/leadership\/$/u);
	await notes.expectTitle('教学笔记：政治领导力');

	for (const name of [
		'重点与难点',
		'课时安排',
		'研讨题与参考要点',
		'情景模拟怎么用',
		'学习心得提纲',
	]) {
		await expect(notes.section(name)).toBeVisible();
	}
	// The plan's segments add up to 90 minutes, as the page says.
	const minutes = await notes.planItems
		.locator('.zz-note-plan-head span')
		.evaluateAll((els) => els.map((el) => Number(/^(\d+)/u.exec(el.textContent ?? '')?.[1])));
	expect(minutes.reduce((a, b) => a + b, 0)).toBe(90);
	await expect(notes.main).toContainText('合计 90 分钟');
	const prompts = await notes.prompts.count();
	expect(prompts).toBeGreaterThanOrEqual(3);
	expect(prompts).toBeLessThanOrEqual(4);
	expect(await expectVerbatim(notes.quotes)).toBeGreaterThan(15);
});

test('a note leads to its case for class and to the printable 学习心得提纲', async ({ page }) => {
	const notes = new NotesPage(page);
	await notes.open('leadership');
	// The case's instructor page (every branch, for class) opens from the note.
	await notes.link('打开案例的全部分支（打印／课堂讨论版）').click();
	await expect(page).toHaveURL(/\/cases\/leadership-branch-meeting\/print\/$/u);
	const { title } = parseYaml(
		readFileSync('content/cases/leadership-branch-meeting.yaml', 'utf8'),
	) as { title: string };
	await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
	await page.goBack();

	// The 学习心得提纲 prints for learners: a name line and the note's headings.
	await notes.link('打开可打印的学习心得提纲').click();
	await expect(page).toHaveURL(/\/instructor\/notes\/leadership\/reflection\/$/u);
	await notes.expectTitle('学习心得提纲：政治领导力');
	await expect(notes.main).toContainText('姓名');
	await expect(notes.main.getByRole('heading', { level: 2 })).toHaveCount(4);
});

test('every teaching note quotes the article verbatim and links its own case', async ({ page }) => {
	const notes = new NotesPage(page);
	for (const power of ['overview', 'coverage', 'cohesion', 'development', 'renewal', 'synthesis']) {
		await notes.open(power);
		expect(await expectVerbatim(notes.quotes), power).toBeGreaterThan(10);
		await expect(notes.link('打开案例的全部分支（打印／课堂讨论版）')).toHaveAttribute(
			'href',
			new RegExp(`/xuexi/cases/${power}-[a-z-]+/print/$`, 'u'),
		);
	}
});

test('the branch self-check list comes in a 村 and a 社区 version, each line tied to the article', async ({
	page,
}) => {
	const list = new ChecklistPage(page);
	await list.goto('instructor/notes/');
	await list.main.getByRole('link', { name: '支部对照自查清单' }).click();
	await expect(page).toHaveURL(/\/instructor\/checklist\/$/u);
	await list.main.getByRole('link', { name: '支部对照自查清单（村党组织版）' }).click();
	await list.expectTitle('支部对照自查清单（村党组织版）');
	const villageItems = await list.items.count();
	expect(villageItems).toBeGreaterThanOrEqual(20);
	expect(await expectVerbatim(list.quotes)).toBe(villageItems);
	await expect(list.main).toContainText('本村党组织是否与街道社区党组织开展结对共建');
	await expect(list.main).not.toContainText('本社区党组织');
});

test('the 社区 self-check list has its own lines and prints without chrome or link addresses', async ({
	page,
}) => {
	const list = new ChecklistPage(page);
	await list.open('village');
	await list.main.getByRole('link', { name: '另一个版本：社区党组织版' }).click();
	await list.expectTitle('支部对照自查清单（社区党组织版）');
	expect(await expectVerbatim(list.quotes)).toBe(await list.items.count());
	await expect(list.main).toContainText('辖区内的园区、商圈市场');
	await expect(list.main).not.toContainText('本村党组织');

	// On paper: no site chrome, and the paragraph link prints as 「（第 N 段）」 without its address.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.sidebar-pane')).toBeHidden();
	await expect(list.main.getByRole('link', { name: '← 两个版本' })).toBeHidden();
	const after = await list.main
		.locator('.zz-note-quote a')
		.first()
		.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toBe('"）"');
});
