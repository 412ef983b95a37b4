/**
 * What lands on paper (print media, as a reader's 打印 would): a quiz prints as a paper — the same
 * questions in the same layout, an answer sheet, and the answer key on its own page; printing hides the
 * site's buttons, so anything that is content inside a button must stay — a lesson's inline glossary
 * terms are words of its sentences, and the class table's column headers are sort buttons. No site
 * chrome on paper.
 * (The paper builder's print rules are tested with the paper in instructor.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { encodeReceipt } from '../../src/instructor/codec';
import { receiptOf } from '../fixtures/receipts';
import { ClassSummaryPage } from './pages/class-summary-page';
import { LessonPage } from './pages/lesson-page';
import { expect, test } from './fixtures';

const lessonsWithTerms = ['coverage', 'cohesion', 'development'].filter((power) =>
	readFileSync(`content/lessons/${power}.mdx`, 'utf8').includes('<Term '),
);

test('a printed lesson keeps its inline glossary terms in the sentence, and drops the site chrome', async ({
	page,
}) => {
	expect(lessonsWithTerms.length).toBeGreaterThan(0);
	const lesson = new LessonPage(page);
	await lesson.open(lessonsWithTerms[0]!);
	const terms = lesson.main.locator('.term-button');
	const words = await terms.allTextContents();
	expect(words.length).toBeGreaterThan(0);
	await page.emulateMedia({ media: 'print' });
	for (let i = 0; i < words.length; i++) await expect(terms.nth(i)).toBeVisible();
	// The paragraph holding the first term reads whole on paper.
	const paragraph = terms.first().locator('xpath=ancestor::p[1]');
	expect(await paragraph.evaluate((p) => (p as HTMLElement).innerText)).toContain(words[0]!);
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.locator('.sidebar-pane')).toBeHidden();
});

test('a printed practice set is a paper: every question with its choices, the answer key on its own page', async ({
	page,
}) => {
	await page.goto('practice/practice-cohesion/');
	const quiz = page.locator('section.quiz');
	await expect(quiz.locator('fieldset[data-question-id]').first()).toBeVisible();
	const ids = await quiz
		.locator('fieldset[data-question-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')));
	const printed = page.locator('.quiz-print');
	// On screen the paper version is not shown.
	await expect(printed).toBeHidden();

	await page.emulateMedia({ media: 'print' });
	await expect(quiz).toBeHidden();
	await expect(printed).toBeVisible();
	// Same questions, same order as the quiz on screen.
	expect(
		await printed
			.locator('.quiz-print-question[data-print-question]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-print-question'))),
	).toEqual(ids);
	// A match question shows its right-hand column as lettered text, not an empty drop-down.
	const match = printed.locator('.quiz-print-match').first();
	if (await match.count()) await expect(match.locator('ol[type="A"] li').first()).toBeVisible();
	const key = printed.getByRole('heading', { name: '参考答案与解析' });
	await expect(key).toBeVisible();
	expect(
		await printed.locator('.quiz-print-key').evaluate((e) => getComputedStyle(e).breakBefore),
	).toBe('page');
	await expect(printed.locator('.quiz-print-key li').first()).toContainText('答案：');
});

test('a lesson quiz prints without JavaScript (the paper is in the page itself)', async ({
	browser,
	baseURL,
}) => {
	const context = await browser.newContext({ baseURL: baseURL ?? '', javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('lessons/leadership/');
	await page.emulateMedia({ media: 'print' });
	const printed = page.locator('.quiz-print');
	await expect(printed).toBeVisible();
	await expect(printed.locator('.quiz-print-question[data-print-question]').first()).toBeVisible();
	await expect(printed.getByRole('heading', { name: '参考答案与解析' })).toBeVisible();
	await context.close();
});

test('the printed class table has its column headers', async ({ page }) => {
	const summary = new ClassSummaryPage(page);
	await summary.open();
	await summary.paste([1, 2, 3].map((n) => encodeReceipt(receiptOf(n))).join('\n'));
	await page.emulateMedia({ media: 'print' });
	for (const name of ['姓名', '单位', '是否合格', '平均分']) {
		const header = summary.table.getByRole('columnheader', { name: `按「${name}」排序` });
		await expect(header.getByText(name, { exact: true })).toBeVisible();
	}
	// The sort arrows are screen decoration, not printed.
	await expect(summary.table.locator('.zz-sort-mark').first()).toBeHidden();
});
