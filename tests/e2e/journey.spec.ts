/**
 * Finding one's way (issue 16, items 6–8, 10, 11): the home page leads to every feature and, for a
 * returning learner, to what is next today; the 404 page leads home; previous/next links stay inside
 * their own group and the learner strip stays off instructor pages; lessons state their completion
 * rule; the header fits a 360 px phone at every font size.
 */
import { encodeAssignment } from '../../src/instructor/codec';
import { BasePage } from './pages/base-page';
import { ProgressChrome } from './pages/progress-pages';
import { expect, test } from './fixtures';

const ENTRIES = [
	['课程', 'lessons/overview/'],
	['原文', 'source/'],
	['术语', 'glossary/'],
	['案例库', 'cases/'],
	['每日一练', 'daily/'],
	['专项练习', 'practice/'],
	['综合测试', 'exam/'],
	['错题本', 'mistakes/'],
	['我的学习', 'me/'],
	['我的作业', 'assignment/'],
	['教员专区', 'instructor/'],
] as const;

test('the home page links to every feature a learner or instructor looks for', async ({ page }) => {
	const home = new BasePage(page);
	await home.goto('');
	const nav = home.main.getByRole('navigation', { name: '功能入口' });
	for (const [name, path] of ENTRIES) {
		const link = nav.getByRole('link', { name, exact: true });
		await expect(link, name).toHaveAttribute('href', new RegExp(`/xuexi/${path}$`, 'u'));
	}
});

test('the site menu is on the home page, on a desktop and on a phone', async ({ page }) => {
	const home = new BasePage(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	await home.goto('');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.getByRole('link', { name: '综合测试' })).toBeVisible();
	await page.setViewportSize({ width: 360, height: 640 });
	await page.getByRole('button', { name: '菜单' }).click();
	await expect(sidebar.getByRole('link', { name: '错题本' })).toBeVisible();
});

test('a returning learner sees 继续学习 and today’s tasks on the home page', async ({ page }) => {
	const chrome = new ProgressChrome(page);
	await chrome.goto('lessons/coverage/');
	await expect(chrome.summary).not.toHaveText('读取中');
	const link = `assignment/#${encodeAssignment({
		id: 'home0test',
		className: '基层党建培训班',
		note: '',
		due: '2099-01-31',
		passMark: 60,
		items: ['lesson:coverage'],
		createdAt: Date.UTC(2026, 0, 1),
	})}`;
	await chrome.goto(link);
	await page.getByRole('button', { name: '接受作业' }).click();
	await chrome.goto('');
	const today = chrome.main.getByRole('region', { name: '今天' });
	await expect(today.getByRole('link', { name: /组织覆盖力/u })).toHaveAttribute(
		'href',
		/lessons\/coverage\/$/u,
	);
	await expect(today.getByRole('link', { name: /每日一练/u })).toBeVisible();
	await expect(today).toContainText('今日复习');
	await expect(today.getByRole('link', { name: /基层党建培训班/u })).toHaveAttribute(
		'href',
		/assignment\/$/u,
	);
});

test('a first-time visitor is invited to start with the first lesson', async ({ page }) => {
	const home = new BasePage(page);
	await home.goto('');
	const today = home.main.getByRole('region', { name: '今天' });
	await expect(today.getByRole('link', { name: /组织力总论|开始/u }).first()).toHaveAttribute(
		'href',
		/lessons\/overview\/$/u,
	);
});

test('the 404 page leads home', async ({ page }) => {
	const response = await page.goto('no-such-page/');
	expect(response?.status()).toBe(404);
	await page.getByRole('main').getByRole('link', { name: '返回首页' }).click();
	await expect(page).toHaveURL(/\/xuexi\/$/u);
});

test('previous/next links stay inside their own group', async ({ page }) => {
	const site = new BasePage(page);
	const pagination = page.locator('.pagination-links');
	await site.goto('assignment/');
	await expect(pagination.getByRole('link')).toHaveCount(0);
	await site.goto('instructor/');
	await expect(pagination.getByRole('link', { name: /班级汇总/u })).toBeVisible();
	await expect(pagination.getByRole('link', { name: /我的作业/u })).toHaveCount(0);
	await site.goto('lessons/synthesis/');
	await expect(pagination.getByRole('link', { name: /自我革新力/u })).toBeVisible();
	await expect(pagination.getByRole('link')).toHaveCount(1);
	await site.goto('lessons/overview/');
	await expect(pagination.getByRole('link')).toHaveCount(1);
});

test('the learner strip does not top instructor pages', async ({ page }) => {
	const site = new ProgressChrome(page);
	for (const path of [
		'instructor/',
		'instructor/class/',
		'instructor/paper/',
		'instructor/notes/',
	]) {
		await site.goto(path);
		await expect(site.strip.locator('.zz-strip-link'), path).toBeHidden();
		// The font-size control stays: instructors are readers too.
		await expect(site.fontSizeButton('特大'), path).toBeVisible();
	}
});

test('a lesson states what completes it', async ({ page }) => {
	const site = new BasePage(page);
	await site.goto('lessons/leadership/');
	await expect(site.main.getByText('完成本课：读到本课末尾，并通过随堂测验')).toBeVisible();
});

test('on a 360 × 640 phone the header is whole and the sticky chrome is small at every font size', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 640 });
	const site = new ProgressChrome(page);
	await site.goto('lessons/leadership/');
	// One page, each size in turn: the control applies it at once (no reload).
	for (const size of ['标准', '大', '特大'] as const) {
		await site.fontSizeButton(size).click();
		await expect(site.fontSizeButton(size)).toHaveAttribute('aria-pressed', 'true');
		const header = await page.evaluate(() => {
			const title = document.querySelector<HTMLElement>('.site-title')!;
			const clip = title.parentElement!.getBoundingClientRect();
			const text = document.createRange();
			text.selectNodeContents(title);
			const words = document.querySelector<HTMLElement>('header .search-button > span')!;
			const lineHeight = parseFloat(getComputedStyle(words).lineHeight);
			// Sticky chrome: the fixed or sticky boxes stacked from the top of the viewport.
			const boxes = [...document.querySelectorAll<HTMLElement>('body *')]
				.filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position))
				.map((el) => el.getBoundingClientRect())
				.filter((r) => r.width > 200 && r.height > 0)
				.sort((a, b) => a.top - b.top);
			let covered = 0;
			for (const r of boxes) if (r.top <= covered + 1) covered = Math.max(covered, r.bottom);
			return {
				titleClipped: text.getBoundingClientRect().right > clip.right + 1,
				searchWrapped: words.getBoundingClientRect().height > lineHeight * 1.5,
				covered,
			};
		});
		expect(header.titleClipped, `${size}: site title clipped`).toBe(false);
		expect(header.searchWrapped, `${size}: search button wraps`).toBe(false);
		expect(header.covered, `${size}: sticky chrome height`).toBeLessThanOrEqual(640 * 0.15);
	}
});

test('on a 360 × 640 phone 接受作业 is on the first screen of an assignment link', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 640 });
	const link = `assignment/#${encodeAssignment({
		id: 'fold0test',
		className: '城乡基层党组织书记培训班（第二期）',
		note: '请在开班前完成全部内容，带着问题来上课。',
		due: '2099-01-31',
		passMark: 80,
		items: [
			'lesson:overview',
			'lesson:leadership',
			'lesson:coverage',
			'lesson:cohesion',
			'lesson:development',
			'lesson:renewal',
			'lesson:synthesis',
		],
		createdAt: Date.UTC(2026, 0, 1),
	})}`;
	await new BasePage(page).goto(link);
	await expect(page.getByRole('button', { name: '接受作业' })).toBeInViewport();
});
