/**
 * Progress that survives: answers recorded through the quiz engine's `zuzhili:attempt` event show up
 * truthfully on 我的学习 (course map, radar and table, recent results, streak), in 错题本 and in the
 * review queue — after a reload, after closing and reopening, in another tab, and in another browser
 * profile after export and import. Also: retry in place, reset with confirmation, font size.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { attemptResult, MePage, MistakesPage, ProgressChrome } from './pages/progress-pages';

// These tests stub /data/questions.json with page.route; a service worker would answer from its
// precache instead, so it is blocked here (offline.spec.ts tests the worker).
test.use({ serviceWorkers: 'block' });

const DAY = 24 * 60 * 60 * 1000;

/** A two-question bank for the 错题本 page (this branch has no bank yet; the shape is the real one). */
const BANK = [
	{
		id: 'lead-judge-01',
		power: 'leadership',
		type: 'judge',
		stem: '判断：提升政治领导力是加强城乡基层党组织组织力建设的核心。',
		explanation: '原文第 3 段开头即如此表述。',
		source: { p: 'p3', quote: '提升政治领导力是加强城乡基层党组织组织力建设的核心' },
		answer: true,
	},
	{
		id: 'over-single-01',
		power: 'overview',
		type: 'single',
		stem: '加强基层党组织建设要以提升什么为重点？',
		explanation: '原文第 1 段。',
		source: { p: 'p1', quote: '加强基层党组织建设要以提升组织力为重点' },
		options: [{ text: '组织力' }, { text: '覆盖面' }],
		answer: 0,
	},
];

async function serveBank(page: Page): Promise<void> {
	await page.route('**/data/questions.json', (route) => route.fulfill({ json: BANK }));
}

const firstSession = [
	{ id: 'lead-judge-01', power: 'leadership' as const, correct: false },
	{ id: 'cov-1', power: 'coverage' as const, correct: true },
	{ id: 'coh-1', power: 'cohesion' as const, correct: true },
	{ id: 'dev-1', power: 'development' as const, correct: false },
	{ id: 'ren-1', power: 'renewal' as const, correct: true },
];

test('answers show up on the dashboard and in 错题本, after reload and after closing the tab', async ({
	page,
	context,
}) => {
	const me = new MePage(page);
	await me.open();
	await me.answer(attemptResult('practice-mixed', firstSession));
	await expect(me.recent).toHaveCount(1);
	await page.reload();
	await expect(me.recent.first()).toContainText('3/5');
	await expect(me.recent.first()).toContainText('通过');
	await expect(me.masteryRow('政治领导力')).toContainText('0%');
	await expect(me.masteryRow('组织覆盖力')).toContainText('100%');
	await expect(me.radarValues).toHaveAttribute('data-values', '0.00,1.00,1.00,0.00,1.00');
	await expect(me.stat('streak')).toHaveText('1 天');
	await expect(me.summary).toContainText('已完成 0/7 课 · 连续 1 天');

	await page.close();
	const reopened = await context.newPage();
	await serveBank(reopened);
	const mistakes = new MistakesPage(reopened);
	await mistakes.open();
	await expect(mistakes.mistakeCount).toHaveText('共 2 题');
	await expect(mistakes.group('leadership')).toContainText('政治领导力（1 题）');
	await expect(mistakes.group('development')).toContainText('发展推动力（1 题）');
	const item = mistakes.mistake('lead-judge-01');
	await expect(item).toContainText(BANK[0]!.stem);
	await expect(item.getByRole('link', { name: '原文第 3 段' })).toHaveAttribute(
		'href',
		/\/source\/#p3$/u,
	);
	await expect(mistakes.mistake('dev-1')).toContainText('题库中已没有这道题');
	await expect(mistakes.dueCount).toHaveText('今天没有待复习的题。');
});

test('the filled-in dashboard and 错题本 have no axe violations (dark mode)', async ({ page }) => {
	await serveBank(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	const me = new MePage(page);
	await me.open();
	await me.answer(attemptResult('practice-mixed', firstSession));
	await expect(me.recent).toHaveCount(1);
	expect(await me.axeViolations(), '我的学习 with results').toEqual([]);
	const mistakes = new MistakesPage(page);
	await mistakes.open();
	await expect(mistakes.mistake('lead-judge-01')).toContainText(BANK[0]!.stem);
	expect(await mistakes.axeViolations(), '错题本 with entries').toEqual([]);
});

test('retrying in place: a question leaves 错题本 after right answers on two different days', async ({
	page,
}) => {
	const start = new Date('2026-11-20T09:00:00+08:00').getTime();
	await page.clock.install({ time: start });
	await serveBank(page);
	const mistakes = new MistakesPage(page);
	await mistakes.open();
	await mistakes.answer(
		attemptResult(
			'lesson-overview',
			[{ id: 'over-single-01', power: 'overview', correct: false }],
			start - 60_000,
		),
	);
	const item = mistakes.mistake('over-single-01');
	await expect(item).toContainText('已在 0/2 天答对');

	const retry = async (stays = true) => {
		// The retry is the quiz engine itself: choose, submit, see its feedback. One button per item.
		await item.getByRole('button', { name: '再做一次' }).click();
		await item.getByRole('radio', { name: '组织力' }).check();
		await item.getByRole('button', { name: '提交本题' }).click();
		await expect(page.getByRole('status').filter({ hasText: '已记录：答对。' })).toBeVisible();
		if (stays) await expect(item.getByRole('button')).toHaveText(['再做一次']);
		// A retry is one item of the notebook: it does not print as a paper of its own.
		await expect(page.locator('.quiz-print')).toHaveCount(0);
	};
	await retry();
	await expect(item).toContainText('已在 1/2 天答对');
	// A second right answer a minute later is not enough: it must come on a later day.
	await page.clock.fastForward('01:00');
	await retry();
	await expect(item).toContainText('已在 1/2 天答对');
	await page.clock.fastForward('24:00:00');
	await page.reload();
	await retry(false);
	await expect(item).toHaveCount(0);
	await expect(mistakes.mistakeCount).toHaveText('错题本是空的。答错的题会出现在这里。');
	await page.reload();
	await expect(mistakes.mistakeCount).toHaveText('错题本是空的。答错的题会出现在这里。');
});

test('今日复习 brings a wrong answer back the next day', async ({ page, context }) => {
	await serveBank(page);
	const mistakes = new MistakesPage(page);
	await mistakes.open();
	await mistakes.answer(
		attemptResult('exam', [{ id: 'lead-judge-01', power: 'leadership', correct: false }]),
	);
	await expect(mistakes.dueCount).toHaveText('今天没有待复习的题。');

	const tomorrow = await context.newPage();
	await serveBank(tomorrow);
	await tomorrow.clock.install({ time: Date.now() + DAY + 60_000 });
	const next = new MistakesPage(tomorrow);
	await next.open();
	await expect(next.dueCount).toHaveText('今天有 1 题待复习');
	await expect(next.reviewItem('lead-judge-01')).toContainText(BANK[0]!.stem);
	const me = new MePage(tomorrow);
	await me.open();
	await expect(me.stat('due')).toHaveText('1 题');
});

test('another open tab follows along without a reload', async ({ context }) => {
	const a = new MePage(await context.newPage());
	const b = new MePage(await context.newPage());
	await a.open();
	await b.open();
	await a.answer(
		attemptResult('practice-renewal', [{ id: 'ren-1', power: 'renewal', correct: true }]),
	);
	await expect(b.recent).toHaveCount(1);
	await expect(b.masteryRow('自我革新力')).toContainText('100%');
});

test('export from one browser profile and import into another reproduces the progress', async ({
	page,
	browser,
}) => {
	const me = new MePage(page);
	await me.open();
	await me.answer(attemptResult('practice-mixed', firstSession, Date.now() - DAY));
	await me.answer(
		attemptResult('lesson-leadership', [
			{ id: 'lead-judge-01', power: 'leadership', correct: true },
		]),
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出学习记录' }).click(),
	]);
	expect(download.suggestedFilename()).toMatch(/^zuzhili-progress-\d{8}\.json$/u);
	const file = readFileSync(await download.path(), 'utf8');
	expect(JSON.parse(file)).toMatchObject({ format: 'zuzhili-yanxue-progress', version: 1 });
	const before = {
		table: (await page.locator('[data-mastery-table] tbody').textContent()) ?? '',
		recent: await me.recent.allInnerTexts(),
		radar: await me.radarValues.getAttribute('data-values'),
	};

	const other = await browser.newContext({
		baseURL: test.info().project.use.baseURL!,
		locale: 'zh-CN',
	});
	const otherPage = await other.newPage();
	const imported = new MePage(otherPage);
	await imported.open();
	await expect(imported.recent).toHaveCount(0);
	await imported.importInput.setInputFiles({
		name: download.suggestedFilename(),
		mimeType: 'application/json',
		buffer: Buffer.from(file),
	});
	await expect(imported.message).toHaveText('已导入并合并学习记录。');
	await otherPage.reload();
	await expect(otherPage.locator('[data-mastery-table] tbody')).toHaveText(before.table);
	expect(await imported.recent.allInnerTexts()).toEqual(before.recent);
	await expect(imported.radarValues).toHaveAttribute('data-values', before.radar!);
	await expect(imported.stat('streak')).toHaveText('2 天');
	await other.close();
});

test('reset asks for confirmation, then clears the progress', async ({ page }) => {
	const me = new MePage(page);
	await me.open();
	await me.answer(attemptResult('exam', [{ id: 'a-1', power: 'coverage', correct: true }]));
	await page.getByRole('button', { name: '清空学习记录' }).click();
	await page.getByRole('button', { name: '取消' }).click();
	await expect(me.recent).toHaveCount(1);
	await page.getByRole('button', { name: '清空学习记录' }).click();
	await page.getByRole('button', { name: '确定清空' }).click();
	await expect(me.message).toHaveText('学习记录已清空。');
	await expect(page.getByText('还没有测验记录。')).toBeVisible();
	await page.reload();
	await expect(page.getByText('还没有测验记录。')).toBeVisible();
});

test('the font size is remembered, applied on every page, and fits a 360 px screen', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const chrome = new ProgressChrome(page);
	await chrome.goto('');
	await chrome.fontSizeButton('特大').click();
	await expect(chrome.fontSizeButton('特大')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-font-size', 'xlarge');
	expect((await chrome.storedDoc()).settings.fontSize).toBe('xlarge');
	for (const path of ['', 'source/', 'me/', 'mistakes/']) {
		// The attribute is set by the inline head script: it is there when parsing ends, before any
		// module script runs (readyState 'interactive' comes before deferred scripts).
		await page.addInitScript(() => {
			document.addEventListener('readystatechange', () => {
				if (document.readyState !== 'interactive') return;
				(window as unknown as { earlyFontSize: string | undefined }).earlyFontSize =
					document.documentElement.dataset['fontSize'];
			});
		});
		await chrome.goto(path);
		expect(
			await page.evaluate(() => (window as unknown as { earlyFontSize?: string }).earlyFontSize),
		).toBe('xlarge');
		const { scrollWidth, clientWidth } = await chrome.overflowsHorizontally();
		expect(scrollWidth, `/${path} at 特大`).toBeLessThanOrEqual(clientWidth);
	}
	await chrome.fontSizeButton('标准').click();
	await expect(page.locator('html')).not.toHaveAttribute('data-font-size', /./u);
});

test('a lesson counts as read only once its end has been on screen', async ({ page }) => {
	const me = new MePage(page);
	await me.goto('lessons/leadership/');
	const record = () =>
		page.evaluate(() => {
			const doc = JSON.parse(localStorage.getItem('zuzhili-yanxue:progress') ?? 'null') as {
				lessons?: Record<string, { firstVisitedAt?: number; readAt?: number }>;
			} | null;
			return doc?.lessons?.['leadership'] ?? null;
		});
	// The visit is recorded at once; the lesson is not read while its end is below the fold.
	await expect.poll(async () => (await record())?.firstVisitedAt ?? null).not.toBeNull();
	expect((await record())?.readAt).toBeUndefined();
	await page.locator('.sl-markdown-content > :last-child').scrollIntoViewIfNeeded();
	await expect.poll(async () => (await record())?.readAt ?? null).not.toBeNull();

	await me.open();
	const row = me.dashboard.locator('li').filter({ hasText: '政治领导力' }).first();
	await expect(row).toContainText('已读完');
});
