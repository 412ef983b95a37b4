/**
 * The quiz engine end to end, on whatever the bank holds: 综合测试 (test mode: every question type
 * answered right and wrong, graded at 交卷, full review with the source link, the optional countdown)
 * and 每日一练 (practice mode: feedback per question with focus moved to it, retry, the same set all
 * day and a new one the next day). Right answers are read from /data/questions.json by id.
 */
import type { QuestionType } from '../../src/schemas/question';
import { QUESTION_TYPES } from '../../src/schemas/question-types';
import { expect, test } from './fixtures';
import { QuizPage, type ShownQuestion } from './pages/quiz-page';

const DAY = new Date('2026-11-27T09:00:00+08:00');
const EVENING = new Date('2026-11-27T22:30:00+08:00');
const NEXT_DAY = new Date('2026-11-28T09:00:00+08:00');

test('综合测试: every question type answered right and wrong is graded at 交卷 with a full review', async ({
	page,
}) => {
	test.setTimeout(180_000);
	const quiz = new QuizPage(page);
	const rightDone = new Set<QuestionType>();
	const wrongDone = new Set<QuestionType>();
	// Seeded: the draws (randomSeed() → crypto.getRandomValues) are the same on every run, so how
	// many attempts the loop below takes depends only on the bank, never on luck.
	await page.addInitScript(() => {
		let state = 0x9e3779b9;
		crypto.getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
			if (array instanceof Uint32Array) {
				for (let i = 0; i < array.length; i++) {
					state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
					array[i] = state;
				}
			}
			return array;
		};
	});
	await quiz.open('exam/');
	await quiz.recordAttempts();
	// Drawn sets differ per attempt: keep taking the test until every type was answered both ways.
	// (The seeded draws make this the same number of attempts on every run.)
	for (let attempt = 0; attempt < 8; attempt++) {
		const shown = await quiz.shown();
		expect(shown).toHaveLength(20);
		const plan = new Map<string, boolean>();
		for (const item of shown) {
			const type = item.question.type;
			const right = !rightDone.has(type) || (wrongDone.has(type) && plan.size % 2 === 0);
			plan.set(item.id, right);
			(right ? rightDone : wrongDone).add(type);
			await quiz.answer(item, right);
		}
		await expect(quiz.quiz.getByText('还有', { exact: false })).toHaveCount(0);
		// Short answers written but not self-assessed (the "wrong" ones) would score 0: the test says so.
		const unassessed = shown.filter((s) => s.question.type === 'short' && !plan.get(s.id)).length;
		const note = quiz.quiz.getByText('道简答题写了回答、还没有自评', { exact: false });
		if (unassessed > 0) await expect(note).toContainText(`有 ${unassessed} 道简答题`);
		else await expect(note).toHaveCount(0);
		await quiz.submit();
		await expect(quiz.result).toBeFocused();
		await expectReview(quiz, shown, plan);

		const attempts = await quiz.attempts();
		const result = attempts[attempts.length - 1]!;
		const rights = [...plan.values()].filter(Boolean).length;
		expect(result).toMatchObject({ quizId: 'exam', kind: 'exam', mode: 'test', maxScore: 20 });
		expect(result.score).toBeCloseTo(rights);
		expect(result.passed).toBe(rights >= 16);
		await expect(quiz.result).toContainText(`得分 ${rights} / 20`);
		await expect(quiz.result).toContainText(rights >= 16 ? '通过' : '未通过');
		expect(result.questions.map((q) => [q.questionId, q.correct])).toEqual(
			shown.map((s) => [s.id, plan.get(s.id)]),
		);
		if (QUESTION_TYPES.every((t) => rightDone.has(t) && wrongDone.has(t))) break;
		await quiz.result.getByRole('button', { name: '再练一次' }).click();
		await expect(quiz.quiz.getByRole('button', { name: '交卷' })).toBeVisible();
	}
	expect([...rightDone].sort(), 'types answered right').toEqual([...QUESTION_TYPES].sort());
	expect([...wrongDone].sort(), 'types answered wrong').toEqual([...QUESTION_TYPES].sort());
	expect(await quiz.axeViolations()).toEqual([]);
});

/** What the review shows for one question, read from the page in one go. */
interface Reviewed {
	text: string;
	links: { name: string; href: string }[];
	locked: boolean;
}

async function expectReview(quiz: QuizPage, shown: ShownQuestion[], plan: Map<string, boolean>) {
	// The review is complete once the result shows: read every question's feedback in one round trip
	// (20 questions × 5 checks would be 100), then check each one.
	const review = await quiz.quiz.evaluate((root) => {
		const squash = (s: string | null) => (s ?? '').replace(/\s+/gu, ' ').trim();
		const out: Record<string, Reviewed> = {};
		for (const fieldset of root.querySelectorAll('fieldset[data-question-id]')) {
			const id = fieldset.getAttribute('data-question-id') ?? '';
			const feedback = root.querySelector(`[data-feedback-for="${id}"]`);
			const control = fieldset.querySelector('input, select, textarea, button');
			out[id] = {
				text: squash(feedback?.textContent ?? null),
				links: [...(feedback?.querySelectorAll('a') ?? [])].map((a) => ({
					name: squash(a.textContent),
					href: a.getAttribute('href') ?? '',
				})),
				locked: !!control && (control as HTMLInputElement).disabled,
			};
		}
		return out;
	});
	const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();
	for (const item of shown) {
		const right = plan.get(item.id)!;
		const { question: q } = item;
		const seen = review[item.id];
		expect(seen, item.id).toBeDefined();
		const { text, links, locked } = seen!;
		const verdict = quiz.verdictFor(q, right);
		if (typeof verdict === 'string') expect(text, item.id).toContain(verdict);
		else expect(text, item.id).toMatch(verdict);
		expect(text, item.id).toContain(squash(q.explanation));
		const link = links.find((l) => l.name === `查看原文第 ${q.source.p.slice(1)} 段`);
		expect(link?.href, item.id).toMatch(new RegExp(`/xuexi/source/#${q.source.p}$`, 'u'));
		// The answer controls are locked in the review.
		expect(locked, item.id).toBe(true);
		if (!right && (q.type === 'single' || q.type === 'judge')) {
			expect(text, item.id).toContain('正确答案：');
		}
		if (q.type === 'multiple') {
			for (const option of q.options) expect(text, item.id).toContain(squash(option.text));
		}
	}
	// And once through the accessibility tree: the first source link is a real, named link.
	const first = shown[0]!;
	await expect(
		first.feedback.getByRole('link', { name: `查看原文第 ${first.question.source.p.slice(1)} 段` }),
	).toBeVisible();
}

test('综合测试: the optional countdown hands the paper in when time is up', async ({ page }) => {
	await page.clock.install({ time: DAY });
	const quiz = new QuizPage(page);
	await quiz.open('exam/');
	await quiz.quiz.getByLabel(/开启 \d+ 分钟倒计时/u).check();
	await expect(quiz.quiz.getByRole('timer')).toContainText('剩余时间 30:00');
	const [first] = await quiz.shown();
	await quiz.answer(first!, true);
	await page.clock.runFor(30 * 60_000 + 1000);
	await expect(quiz.result).toContainText('时间到，已自动交卷。');
	await expect(first!.feedback).toContainText(quiz.verdictFor(first!.question, true));
});

test('每日一练: feedback per question moves focus, retry, and the result counts first tries', async ({
	page,
}) => {
	await page.clock.setFixedTime(DAY);
	const quiz = new QuizPage(page);
	await quiz.open('daily/');
	await quiz.recordAttempts();
	const shown = await quiz.shown();
	expect(shown).toHaveLength(5);
	const [first, ...rest] = shown;

	await quiz.answer(first!, false);
	await quiz.check(first!);
	await expect(first!.feedback).toBeFocused();
	await expect(first!.feedback).toContainText(quiz.verdictFor(first!.question, false));
	await expect(quiz.quiz.getByRole('status')).toHaveText(/第 1 题：/u);
	await expect(first!.feedback.getByRole('link', { name: /查看原文第 \d+ 段/u })).toBeVisible();

	await first!.feedback.getByRole('button', { name: '再试一次' }).click();
	await expect(first!.feedback).toHaveCount(0);
	await expect(first!.fieldset.locator(':focus')).toHaveCount(1);
	await quiz.answer(first!, true);
	await quiz.check(first!);
	await expect(first!.feedback).toContainText(quiz.verdictFor(first!.question, true));

	for (const item of rest) {
		await quiz.answer(item, true);
		await quiz.check(item);
		await expect(item.feedback).toContainText(quiz.verdictFor(item.question, true));
	}
	await expect(quiz.result).toContainText('得分 4 / 5（80%）');
	const [attempt] = await quiz.attempts();
	expect(attempt).toMatchObject({ quizId: 'daily', kind: 'daily', mode: 'practice', score: 4 });
	expect(attempt!.questions.map((q) => q.correct)).toEqual([false, true, true, true, true]);
	expect(await quiz.axeViolations()).toEqual([]);
});

test('每日一练: the same five questions all day, new ones the next day', async ({ browser }) => {
	const idsAt = async (at: Date) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.clock.setFixedTime(at);
		const quiz = new QuizPage(page);
		await quiz.open('daily/');
		const ids = await quiz.ids();
		await expect(quiz.quiz).toContainText(`${at.toISOString().slice(0, 10)} 的每日一练`);
		await context.close();
		return ids;
	};
	const morning = await idsAt(DAY);
	expect(morning).toHaveLength(5);
	expect(await idsAt(EVENING)).toEqual(morning);
	expect(await idsAt(NEXT_DAY)).not.toEqual(morning);
});

test('专项练习 lists the practice sets and links to 综合测试 and 每日一练', async ({ page }) => {
	const quiz = new QuizPage(page);
	await quiz.goto('practice/');
	await quiz.expectTitle('专项练习');
	const sets = quiz.main.locator('.practice-list').first().getByRole('link');
	expect(await sets.count()).toBeGreaterThan(0);
	await quiz.main.getByRole('link', { name: '综合测试', exact: true }).click();
	await expect(page).toHaveURL(/\/exam\/$/u);
	await quiz.goto('practice/');
	await sets.first().click();
	await expect(quiz.quiz.locator('fieldset[data-question-id]').first()).toBeVisible();
});

test('排序 works from the keyboard alone: the moved item keeps focus and its move is announced', async ({
	page,
}) => {
	const quiz = new QuizPage(page);
	let order: ShownQuestion | undefined;
	// Each visit draws a new exam; visit until it holds an order question.
	for (let visit = 0; visit < 10 && !order; visit++) {
		await quiz.open('exam/');
		order = (await quiz.shown()).find((s) => s.question.type === 'order');
	}
	expect(order, 'an exam draw with an order question').toBeDefined();
	const rows = order!.fieldset.locator('.quiz-order-text');
	const first = (await rows.first().textContent()) ?? '';
	await order!.fieldset.getByRole('button', { name: `下移：${first}`, exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(rows.nth(1)).toHaveText(first);
	await expect(page.locator(':focus')).toHaveAccessibleName(`下移：${first}`);
	await expect(quiz.quiz.getByRole('status')).toHaveText(`「${first}」移到第 2 位`);
	await page.keyboard.press('Shift+Tab');
	await expect(page.locator(':focus')).toHaveAccessibleName(`上移：${first}`);
	await page.keyboard.press('Enter');
	await expect(rows.first()).toHaveText(first);
});
