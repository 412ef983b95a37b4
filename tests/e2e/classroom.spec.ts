/**
 * 课堂竞答: three teams play a whole game with the keyboard only, in 必答 and in 抢答, with an undo and a
 * reload mid-game; the results' 课后巩固作业 link opens /paper/ with exactly the questions the room
 * missed; axe is clean; screenshots at projector (1920 × 1080) and laptop (1366 × 768) sizes.
 */
import type { Page } from '@playwright/test';
import { IslandPage } from './pages/island-page';
import { expect, test } from './fixtures';

class ClassroomPage extends IslandPage {
	async open(): Promise<void> {
		await this.goto('classroom/');
		await this.hydrated();
		await expect(this.main.getByRole('button', { name: '开始比赛' })).toBeVisible();
	}
	async start(o: { mode: '必答' | '抢答'; count: number; seed: number }): Promise<void> {
		await this.main.getByRole('radio', { name: new RegExp(o.mode, 'u') }).check();
		await this.main.getByLabel('出题编号').fill(String(o.seed));
		await this.main.getByLabel('题目数量').fill(String(o.count));
		await this.main.getByLabel('题目数量').press('Enter');
		await expect(this.stage).toBeVisible();
	}
	get stage() {
		return this.page.getByRole('region', { name: '竞答投影' });
	}
	get status() {
		return this.stage.locator('.zz-cr-status');
	}
	get progress() {
		return this.stage.locator('.zz-cr-progress');
	}
	get answer() {
		return this.stage.locator('.zz-cr-answer');
	}
	async questionId(): Promise<string> {
		return (await this.stage.locator('[data-question-id]').getAttribute('data-question-id')) ?? '';
	}
	score(team: string) {
		return this.page.getByRole('region', { name: '比分' }).locator('li', { hasText: team });
	}
	/** Press a host key and wait for the question counter to show question `n` (1-based). */
	async press(key: string, n?: number): Promise<void> {
		await this.page.keyboard.press(key);
		if (n !== undefined) await expect(this.progress).toContainText(`第 ${n} 题`);
	}
	get results() {
		return this.main.getByRole('heading', { name: '比赛结果' });
	}
	async missedIds(): Promise<string[]> {
		return this.main
			.locator('.zz-cr-missed [data-question-id]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id') ?? ''));
	}
}

async function shot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: `test-results/classroom/${name}.png` });
}

test.describe('课堂竞答', () => {
	test('必答 at 1920 × 1080: turns, undo, reload mid-game, podium and the follow-up paper', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		const game = new ClassroomPage(page);
		await game.open();
		await expect(game.main.getByLabel('第 3 组名称')).toHaveValue('第三组');
		expect(await game.axeViolations()).toEqual([]);
		await game.start({ mode: '必答', count: 4, seed: 777 });

		// Question 1: 第一组 answers; the question is readable from the back of the room.
		await expect(game.status).toHaveText('请 第一组 作答');
		const stemSize = await game.stage
			.locator('.zz-cr-stem')
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(stemSize).toBeGreaterThanOrEqual(40);
		const ids = [await game.questionId()];
		// The countdown ticks without moving the question.
		const timer = game.stage.getByRole('timer');
		await expect(timer).toHaveText('剩余 30 秒');
		const before = await game.stage.locator('.zz-cr-stem').boundingBox();
		await expect(timer).toHaveText('剩余 29 秒');
		expect(await game.stage.locator('.zz-cr-stem').boundingBox()).toEqual(before);

		await game.press('Space');
		await expect(game.answer).toContainText(/原文（第 \d+ 段）/u);
		await expect(game.answer.locator('blockquote[data-source]')).not.toBeEmpty();
		await shot(page, '1920-turns-revealed');
		expect(await game.axeViolations()).toEqual([]);
		await game.press('y', 2);

		// Question 2: 第二组 is wrong, the host undoes it and marks it right instead.
		await expect(game.status).toHaveText('请 第二组 作答');
		ids.push(await game.questionId());
		await game.press('n', 3);
		await game.press('u', 2);
		await expect(game.answer).toBeVisible();
		await expect(game.status).toHaveText('请 第二组 作答');
		await game.press('y', 3);
		await expect(game.score('第二组')).toContainText('10 分');

		// A reload mid-game resumes the same question, turn and scores.
		ids.push(await game.questionId());
		await page.reload();
		await game.hydrated();
		await expect(game.progress).toContainText('第 3 题 / 共 4 题');
		expect(await game.questionId()).toBe(ids[2]);
		await expect(game.status).toHaveText('请 第三组 作答');
		await expect(game.score('第一组')).toContainText('10 分');
		await expect(game.score('第二组')).toContainText('10 分');

		await game.press('s', 4); // 第三组 skips
		await expect(game.status).toHaveText('请 第一组 作答');
		ids.push(await game.questionId());
		await game.press('n');
		await expect(game.results).toBeVisible();

		await expect(game.main.locator('.zz-cr-podium li').first()).toContainText('第 1 名');
		await expect(game.main.locator('.zz-cr-podium li[data-place="3"]')).toContainText('第三组');
		await expect(game.main.getByRole('table')).toContainText('政治领导力');
		const missed = await game.missedIds();
		expect(missed).toEqual([ids[2], ids[3]]);

		// 生成课后巩固作业, by keyboard: the link and its QR; the link opens those questions online.
		await game.main.getByRole('button', { name: '生成课后巩固作业' }).focus();
		await page.keyboard.press('Enter');
		const link = game.main.getByRole('link', { name: /课后巩固作业链接/u });
		await expect(link).toBeVisible();
		await expect(game.main.getByRole('img', { name: '课后巩固作业二维码' })).toBeVisible();
		await shot(page, '1920-turns-results');
		expect(await game.axeViolations()).toEqual([]);
		const href = (await link.getAttribute('href')) ?? '';
		expect(href).toMatch(/\/xuexi\/paper\/#p1\.[A-Za-z0-9_-]+$/u);
		await page.goto(href);
		await expect(page.locator('main [data-question-id]')).toHaveCount(2);
		expect(
			await page
				.locator('main [data-question-id]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id'))),
		).toEqual(missed);
	});

	test('抢答 at 1366 × 768: only the first key counts, a wrong answer costs, undo, early end', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		const game = new ClassroomPage(page);
		await game.open();
		await game.start({ mode: '抢答', count: 5, seed: 4242 });
		await expect(game.status).toHaveText('抢答：请按本组数字键');
		await shot(page, '1366-buzz-waiting');

		// Nobody pressed: a mark does nothing.
		await game.press('y');
		await expect(game.progress).toContainText('第 1 题');
		await game.press('3');
		await game.press('1');
		await expect(game.status).toHaveText('第三组 抢到答题权');
		await game.press('Space');
		await expect(game.answer).toBeVisible();
		await shot(page, '1366-buzz-revealed');
		expect(await game.axeViolations()).toEqual([]);
		await game.press('y', 2);
		await expect(game.score('第三组')).toContainText('10 分');

		// A key for a team that does not play (4) is ignored; 第二组 presses and is wrong: −5.
		await game.press('4');
		await expect(game.status).toHaveText('抢答：请按本组数字键');
		await game.press('2');
		await game.press('n', 3);
		await expect(game.score('第二组')).toContainText('-5 分');
		await game.press('u', 2);
		await expect(game.status).toHaveText('第二组 抢到答题权');
		await expect(game.score('第二组')).toContainText('0 分');
		await game.press('y', 3);
		await expect(game.score('第二组')).toContainText('10 分');

		// A reload keeps the game; the host ends it early.
		await page.reload();
		await game.hydrated();
		await expect(game.progress).toContainText('第 3 题 / 共 5 题');
		await game.press('1');
		await game.press('n', 4);
		await game.press('e');
		await expect(game.results).toBeVisible();
		await expect(game.main.locator('.zz-cr-podium li[data-place="1"]')).toHaveCount(2);
		expect(await game.missedIds()).toHaveLength(1);
		await shot(page, '1366-buzz-results');
		expect(await game.axeViolations()).toEqual([]);
	});
});
