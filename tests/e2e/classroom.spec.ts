/**
 * 课堂竞答: three teams play a whole game with the keyboard only, in 必答 and in 抢答, with an undo and a
 * reload mid-game (the countdown resumes, not restarts); the results' 课后巩固作业 link opens /paper/
 * with exactly the questions the room missed; the host sheet prints the game's questions in order;
 * rounds come from a blueprint (types, levels) or a `p1.` paper, and a bad code is refused as text;
 * the projector layout fits the bank's longest questions at 1920 × 1080 and 1366 × 768 without
 * scrolling; axe is clean on every screen. Screenshots go to test-results/classroom/ for a human look.
 */
import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { decodePaper, encodePaper } from '../../src/instructor/codec';
import type { Question } from '../../src/schemas/question';
import { IslandPage } from './pages/island-page';
import { expect, test } from './fixtures';

const OUT = 'test-results/classroom';

class ClassroomPage extends IslandPage {
	async open(hash = ''): Promise<void> {
		await this.goto(`classroom/${hash}`);
		await this.hydrated();
		await expect(this.main.getByRole('button', { name: '开始比赛' })).toBeVisible();
	}
	async start(o: { mode: '必答' | '抢答'; count: number; seed: number }): Promise<void> {
		// Keyboard only: arrow keys move through a radio group, Enter in a field submits the form.
		await this.main.getByRole('radio', { name: /必答/u }).focus();
		if (o.mode === '抢答') await this.page.keyboard.press('ArrowDown');
		await expect(this.main.getByRole('radio', { name: new RegExp(o.mode, 'u') })).toBeChecked();
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
	get timer() {
		return this.stage.getByRole('timer');
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
	/** The printed host sheet's question ids, in order (checked in print media). */
	async sheetIds(): Promise<string[]> {
		await this.page.emulateMedia({ media: 'print' });
		const sheet = this.page.locator('.zz-cr-sheet');
		await expect(sheet).toBeVisible();
		await expect(sheet.getByRole('heading', { name: '主持人题单' })).toBeVisible();
		await expect(this.stage).toBeHidden();
		const ids = await sheet
			.locator('li[data-question-id]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id') ?? ''));
		await this.page.emulateMedia({ media: 'screen' });
		await expect(this.stage).toBeVisible();
		return ids;
	}
}

async function shot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: `${OUT}/${name}.png` });
}

/** Keeps the page's localStorage for tests/support/screenshot.mjs and print-pdf.mjs (SHOT_STORAGE). */
async function keepStorage(page: Page, name: string): Promise<void> {
	const data = await page.evaluate(() => ({ ...localStorage }));
	mkdirSync(OUT, { recursive: true });
	writeFileSync(`${OUT}/${name}.storage.json`, JSON.stringify(data));
}

/**
 * Whether the stage shows everything without scrolling: the stem, every option, the answer (when
 * shown), the timer, every team on the scoreboard and every host button lie inside the viewport, the
 * question area clips nothing, and the page does not scroll.
 */
async function fits(page: Page) {
	return page.evaluate(() => {
		const q = (s: string) => [
			...document.querySelectorAll<HTMLElement>(
				s
					.split(', ')
					.map((one) => `.zz-cr-stage ${one}`)
					.join(', '),
			),
		];
		const body = q('.zz-cr-body')[0]!;
		const inside = (el: HTMLElement, box: DOMRect) => {
			const r = el.getBoundingClientRect();
			return (
				r.height > 0 &&
				r.top >= box.top - 0.5 &&
				r.bottom <= box.bottom + 0.5 &&
				r.left >= box.left - 0.5 &&
				r.right <= box.right + 0.5
			);
		};
		const view = new DOMRect(0, 0, innerWidth, innerHeight);
		const area = body.getBoundingClientRect();
		const failures = [
			...q('.zz-cr-stem, .zz-cr-options li, .zz-cr-answer').filter((el) => !inside(el, area)),
			...q('.zz-cr-body, .zz-cr-timer, .zz-cr-board li, .zz-cr-host button').filter(
				(el) => !inside(el, view),
			),
		].map((el) => el.className || el.tagName);
		if (body.scrollHeight > body.clientHeight + 1) failures.push('body clips');
		if (document.documentElement.scrollHeight > innerHeight + 1) failures.push('page scrolls');
		const stem = q('.zz-cr-stem')[0]!;
		return {
			failures,
			stemPx: parseFloat(getComputedStyle(stem).fontSize),
			fit: body.dataset['fit'],
		};
	});
}

/** The characters a question shows on the projector: unrevealed, and with its answer. */
function sizes(q: Question): { question: number; revealed: number } {
	const options =
		q.type === 'single' || q.type === 'multiple'
			? q.options.reduce((n, o) => n + o.text.length, 0)
			: 0;
	const answer =
		q.type === 'short'
			? q.points.join('').length
			: q.type === 'blank'
				? q.blanks.flatMap((b) => b.accept).join('').length
				: 4;
	const question = q.stem.length + options;
	return { question, revealed: question + answer + q.source.quote.length };
}

test.describe('课堂竞答', () => {
	test('必答 at 1920 × 1080: turns, undo, reload mid-game, host sheet, podium and the follow-up paper', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		const game = new ClassroomPage(page);
		await game.open();
		await expect(game.main.getByLabel('第 3 组名称')).toHaveValue('第三组');
		expect(await game.axeViolations()).toEqual([]);
		// 打印主持人题单 before the game: the sheet of the game these settings make.
		await game.main.getByLabel('出题编号').fill('777');
		await game.main.getByLabel('题目数量').fill('4');
		await page.evaluate(() => {
			window.print = () => {
				const ids = [...document.querySelectorAll('.zz-cr-sheet li[data-question-id]')].map(
					(li) => li.getAttribute('data-question-id') ?? '',
				);
				document.documentElement.setAttribute('data-printed', ids.join(' '));
			};
		});
		await game.main.getByRole('button', { name: '打印主持人题单' }).press('Enter');
		await expect(page.locator('html')).toHaveAttribute('data-printed', /\S/u);
		const printedFirst = ((await page.locator('html').getAttribute('data-printed')) ?? '').split(
			' ',
		);
		expect(printedFirst).toHaveLength(4);
		await expect(page.locator('.zz-cr-sheet')).toHaveCount(0); // gone once printed
		await game.start({ mode: '必答', count: 4, seed: 777 });

		// Question 1: 第一组 answers; the question is readable from the back of the room.
		await expect(game.status).toHaveText('请 第一组 作答');
		const stemSize = await game.stage
			.locator('.zz-cr-stem')
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(stemSize).toBeGreaterThanOrEqual(40);
		const ids = [await game.questionId()];
		// The countdown ticks without moving anything.
		await expect(game.timer).toHaveText(/^剩余 \d+ 秒$/u);
		const layout = () =>
			page
				.locator('.zz-cr-stem, .zz-cr-status, .zz-cr-progress, .zz-cr-host')
				.evaluateAll((els) => els.map((e) => JSON.stringify(e.getBoundingClientRect())));
		const before = await layout();
		const tick = (await game.timer.textContent()) ?? '';
		await expect(game.timer).not.toHaveText(tick);
		expect(await layout()).toEqual(before);
		await shot(page, '1920-turns-question');
		expect(await game.axeViolations()).toEqual([]);

		// The host sheet (print): every question of the game in play order, the first one first.
		const sheet = await game.sheetIds();
		expect(sheet).toEqual(printedFirst);
		expect(sheet[0]).toBe(ids[0]);
		await expect(page.locator('.zz-cr-sheet li').first()).toContainText(/原文（第 \d+ 段）/u);
		// P opens the browser's print dialog (stubbed here: a headless browser has none).
		await page.evaluate(() => {
			window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
		});
		await game.press('p');
		await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');

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

		// A reload mid-game resumes the same question, turn and scores, and the time that was left.
		ids.push(await game.questionId());
		// Some seconds gone (the countdown restarted at 30 when question 3 opened)…
		const gone = /^剩余 (1?\d|2[0-7]) 秒$/u;
		await expect(game.timer).toHaveText(gone);
		await keepStorage(page, 'turns-q3');
		await page.reload();
		await game.hydrated();
		await expect(game.progress).toContainText('第 3 题 / 共 4 题');
		expect(await game.questionId()).toBe(ids[2]);
		await expect(game.status).toHaveText('请 第三组 作答');
		await expect(game.score('第一组')).toContainText('10 分');
		await expect(game.score('第二组')).toContainText('10 分');
		// …are still gone after the reload: the countdown resumed, it did not restart.
		await expect(game.timer).toHaveText(gone);
		expect(sheet[2]).toBe(ids[2]);

		await game.press('s', 4); // 第三组 skips
		await expect(game.status).toHaveText('请 第一组 作答');
		await expect(game.timer).toHaveText(/^剩余 (2[4-9]|30) 秒$/u); // restarted for question 4
		ids.push(await game.questionId());
		expect(ids).toEqual(sheet);
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
		await keepStorage(page, 'turns-results');
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

	test('抢答 at 1366 × 768 from a blueprint of types and levels: first key counts, a wrong answer costs, undo, reload, the end, back, an early end and a replay by seed', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const game = new ClassroomPage(page);
		await game.open();
		// Rounds: only 判断 and 单选 at 记忆 and 理解; the pool shrinks as the host narrows it.
		const pool = game.main.getByText(/符合所选条件的题目共 \d+ 道/u);
		const all = Number((await pool.textContent())?.match(/\d+/u)?.[0]);
		for (const name of ['多选', '填空（口答）', '简答（口答）', '应用', '分析']) {
			const box = game.main.getByRole('checkbox', { name });
			await box.focus();
			await page.keyboard.press('Space');
			await expect(box).not.toBeChecked();
		}
		await expect(pool).not.toHaveText(`符合所选条件的题目共 ${all} 道。`);
		const bank = (await (await page.request.get('data/questions.json')).json()) as Question[];
		await game.start({ mode: '抢答', count: 5, seed: 4242 });
		await expect(game.status).toHaveText('抢答：请按本组数字键');
		const asked: string[] = [await game.questionId()];
		await shot(page, '1366-buzz-waiting');
		expect(await game.axeViolations()).toEqual([]);
		// Reduced motion: the active team's highlight does not animate.
		expect(
			await game.stage
				.locator('.zz-cr-board li')
				.first()
				.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration)),
		).toBeLessThan(0.01);

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
		// Dark mode (the theme follows the system at load): the same screen, still axe-clean.
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.reload();
		await game.hydrated();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(game.answer).toBeVisible();
		await expect(game.status).toHaveText('第三组 抢到答题权');
		expect(await game.axeViolations()).toEqual([]);
		await shot(page, '1366-buzz-revealed-dark');
		await game.press('y', 2);
		await expect(game.score('第三组')).toContainText('10 分');

		// A key for a team that does not play (4) is ignored; 第二组 presses and is wrong: −5.
		asked.push(await game.questionId());
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

		// A reload keeps the game; the game is played to the end.
		await page.reload();
		await game.hydrated();
		await expect(game.progress).toContainText('第 3 题 / 共 5 题');
		asked.push(await game.questionId());
		await game.press('1');
		await game.press('n', 4); // 第一组 −5
		asked.push(await game.questionId());
		await game.press('2');
		await game.press('y', 5); // 第二组 +10
		asked.push(await game.questionId());
		await game.press('s'); // nobody knew
		await expect(game.results).toBeVisible();
		const podium = game.main.locator('.zz-cr-podium li');
		await expect(podium).toHaveText([
			/第 1 名\s*第二组\s*20 分/u,
			/第 2 名\s*第三组\s*10 分/u,
			/第 3 名\s*第一组\s*-5 分/u,
		]);
		expect(await game.missedIds()).toEqual([asked[2], asked[4]]);
		await game.main.getByRole('button', { name: '生成课后巩固作业' }).focus();
		await page.keyboard.press('Enter');
		const href =
			(await game.main.getByRole('link', { name: /课后巩固作业链接/u }).getAttribute('href')) ?? '';
		const paper = decodePaper(href.slice(href.indexOf('#') + 1));
		expect(paper.ok && paper.value.questions).toEqual([asked[2], asked[4]]);
		await shot(page, '1366-buzz-results');
		expect(await game.axeViolations()).toEqual([]);

		// Back to the game (undo the last skip), then the host ends it early.
		await game.main.getByRole('button', { name: '返回比赛（撤销）' }).focus();
		await page.keyboard.press('Enter');
		await expect(game.progress).toHaveText('第 5 题 / 共 5 题');
		await expect(game.answer).toBeVisible();
		await game.press('e');
		await expect(game.results).toBeVisible();
		expect(await game.missedIds()).toEqual([asked[2]]);
		await expect(podium.first()).toContainText('第二组');
		await expect(game.main.getByText('出题编号 4242')).toBeVisible();

		// Replay: 重新设置比赛 keeps the settings and the seed, so the same game starts again.
		await game.main.getByRole('button', { name: '重新设置比赛' }).focus();
		await page.keyboard.press('Enter');
		await expect(game.main.getByLabel('出题编号')).toHaveValue('4242');
		await expect(game.main.getByRole('radio', { name: /抢答/u })).toBeChecked();
		await expect(game.main.getByRole('checkbox', { name: '多选' })).not.toBeChecked();
		await game.main.getByRole('button', { name: '开始比赛' }).press('Enter');
		await expect(game.progress).toHaveText('第 1 题 / 共 5 题');
		expect(await game.questionId()).toBe(asked[0]);
		await expect(game.score('第二组')).toContainText('0 分');

		// Every question asked was of a chosen type and level.
		const byId = new Map(bank.map((q) => [q.id, q]));
		for (const id of asked) {
			expect(['single', 'judge']).toContain(byId.get(id)?.type);
			expect(['recall', 'understand']).toContain(byId.get(id)?.level);
		}
	});

	test('a p1. paper link sets up the rounds; the longest questions fit 1920 × 1080 and 1366 × 768 without scrolling', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 1920, height: 1080 });
		const bank = (await (await page.request.get('data/questions.json')).json()) as Question[];
		const oral = ['single', 'multiple', 'judge', 'blank', 'short'];
		const playable = bank.filter((q) => oral.includes(q.type));
		const longest = (key: 'question' | 'revealed') =>
			[...playable].sort((a, b) => sizes(b)[key] - sizes(a)[key]).slice(0, 4);
		const ids = [...new Set([...longest('question'), ...longest('revealed')].map((q) => q.id))];
		const unplayable = bank.find((q) => !oral.includes(q.type))!.id;
		const code = encodePaper({
			seed: 20261129,
			questions: [...ids, unplayable],
			title: '最长题目',
			passMark: 60,
		});

		const game = new ClassroomPage(page);
		await game.open(`#${code}`);
		await expect(game.main.getByRole('radio', { name: /使用组卷链接/u })).toBeChecked();
		await expect(game.main.getByText(`试卷「最长题目」共 ${ids.length + 1} 题`)).toBeVisible();
		await expect(game.main.getByText('连线、排序题 1 道不适合口答，已略去。')).toBeVisible();
		// The most the scoreboard holds: eight teams with names of the longest allowed (20 characters).
		await game.main.getByLabel('参赛组数').selectOption('8');
		const teams = Array.from({ length: 8 }, (_, i) => `第${i + 1}组${'长'.repeat(17)}`);
		for (const [i, name] of teams.entries())
			await game.main.getByLabel(`第 ${i + 1} 组名称`).fill(name);
		expect(await game.axeViolations()).toEqual([]);
		await game.main.getByRole('button', { name: '开始比赛' }).press('Enter');
		await expect(game.stage).toBeVisible();
		await expect(game.progress).toHaveText(`第 1 题 / 共 ${ids.length} 题`);

		const report: string[] = [];
		for (const [i, id] of ids.entries()) {
			expect(await game.questionId()).toBe(id);
			for (const [w, h] of [
				[1920, 1080],
				[1366, 768],
			] as const) {
				await page.setViewportSize({ width: w, height: h });
				for (const revealed of [false, true]) {
					if (revealed) await expect(game.answer).toBeVisible();
					else await expect(game.answer).toBeHidden();
					await expect(game.stage.locator('.zz-cr-body')).toHaveAttribute('data-fit', /\d/u);
					const m = await fits(page);
					report.push(
						`${id} ${w}×${h}${revealed ? ' answer' : ''}: stem ${m.stemPx}px fit ${m.fit}`,
					);
					expect(m.failures, `${id} at ${w}×${h}${revealed ? ' with answer' : ''}`).toEqual([]);
					if (w === 1920 && !revealed) expect(m.stemPx).toBeGreaterThanOrEqual(40);
					if (i === 0) await shot(page, `${w}-longest${revealed ? '-revealed' : ''}`);
					await game.press('Space');
				}
				await page.setViewportSize({ width: 1920, height: 1080 });
			}
			if (i === 0) await keepStorage(page, 'longest-q1');
			await game.press('s', i + 2 > ids.length ? undefined : i + 2);
		}
		console.log(`[classroom] layout of the longest questions:\n${report.join('\n')}`);
		await expect(game.results).toBeVisible();
		expect(await game.missedIds()).toEqual(ids);
		// Replay: the same paper is set up again.
		await game.main.getByRole('button', { name: '重新设置比赛' }).press('Enter');
		await expect(game.main.getByRole('radio', { name: /使用组卷链接/u })).toBeChecked();
		await expect(game.main.getByText(`试卷「最长题目」共 ${ids.length + 1} 题`)).toBeVisible();
		await expect(game.main.getByLabel('参赛组数')).toHaveValue('8');
	});

	test('a bad paper code is refused with its reason, as text', async ({ page }) => {
		const game = new ClassroomPage(page);
		await game.open();
		await game.main.getByRole('radio', { name: /按考查内容/u }).focus();
		await page.keyboard.press('ArrowDown');
		await expect(game.main.getByRole('radio', { name: /使用组卷链接/u })).toBeChecked();
		const field = game.main.getByLabel('组卷链接或代码');
		await field.fill('p1.<img src=x onerror=alert(1)>');
		await expect(game.main.getByText(/无法使用这份试卷：含有不允许的字符/u)).toBeVisible();
		await expect(game.main.locator('img[src="x"]')).toHaveCount(0);
		await field.fill('https://example.cn/xuexi/paper/#p2.abc');
		await expect(game.main.getByText(/无法使用这份试卷：版本不受支持/u)).toBeVisible();
		expect(await game.axeViolations()).toEqual([]);
		await game.main.getByRole('button', { name: '开始比赛' }).click();
		await expect(game.main.getByRole('alert')).toContainText('无法使用这份试卷');
		await expect(game.stage).toHaveCount(0);
	});
});
