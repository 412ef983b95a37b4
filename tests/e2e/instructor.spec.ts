/**
 * 教员专区 journeys: an instructor builds an assignment; a learner opens the link in another browser
 * profile, accepts it, sees the checklist and sends a receipt; the instructor pastes 300 receipts into
 * 班级汇总 and exports the CSV; hostile links run no script and leave the page working.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { decodeReceipt, encodeReceipt } from '../../src/instructor/codec';
import { HOSTILE_PAYLOADS } from '../fixtures/hostile-payloads';
import { receiptOf } from '../fixtures/receipts';
import { AssignmentPage } from './pages/assignment-page';
import { ClassSummaryPage } from './pages/class-summary-page';
import { InstructorPage } from './pages/instructor-page';
import { PaperPage } from './pages/paper-page';
import { expect, test } from './fixtures';

/** Fails the test on any uncaught error or dialog in a page the guard fixture does not watch. */
function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
	page.on('dialog', (d) => {
		problems.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	return problems;
}

test('a learner accepts an assignment from its link in another browser profile and sends a receipt', async ({
	page,
	browser,
	baseURL,
}) => {
	const instructor = new InstructorPage(page);
	await instructor.open();
	const lessons = await instructor.choose('课程', 2);
	const [quiz] = await instructor.choose('测验', 1);
	await instructor.fill({
		className: '村书记培训一班',
		passMark: '70',
		due: '2030-06-30',
		note: '开班前完成。',
	});
	const link = await instructor.create();
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/xuexi\/assignment\/#a1\.[A-Za-z0-9_-]+$/u);
	await expect(instructor.qr).toBeVisible();
	await expect(page.getByRole('article', { name: '学习任务单' })).toContainText('村书记培训一班');
	expect(await instructor.axeViolations()).toEqual([]);

	// A second, separate profile: nothing shared with the instructor's browser.
	const learnerContext = await browser.newContext({ baseURL: baseURL ?? '', locale: 'zh-CN' });
	const learnerPage = await learnerContext.newPage();
	const problems = watch(learnerPage);
	const learner = new AssignmentPage(learnerPage);
	await learner.openLink(link);
	await expect(learner.offer).toContainText('村书记培训一班');
	await expect(learner.offer).toContainText('2030-06-30');
	for (const { label } of [...lessons, quiz!]) await expect(learner.offer).toContainText(label);
	expect(await learner.storedAssignmentIds(), 'nothing is stored before accepting').toEqual([]);

	await learner.accept();
	await expect(learnerPage).toHaveURL(/\/assignment\/$/u);
	expect(await learner.storedAssignmentIds()).toHaveLength(1);
	const checklist = learner.checklist('村书记培训一班');
	await expect(checklist).toHaveCount(3);
	await expect(checklist.first()).toContainText('未开始');
	await expect(learner.card('村书记培训一班')).toContainText('已完成 0/3');
	// Every item links to the page where it is done, in course order: 组织力总论, its 随堂测验 (at the
	// quiz itself, not the top of the lesson), then 政治领导力.
	expect(quiz!.ref).toBe('quiz:lesson-overview');
	await expect(checklist.nth(0).getByRole('link')).toHaveAttribute(
		'href',
		'/xuexi/lessons/overview/',
	);
	await expect(checklist.nth(1).getByRole('link')).toHaveAttribute(
		'href',
		`/xuexi/lessons/overview/#${encodeURIComponent('随堂测验')}`,
	);
	await expect(checklist.nth(2).getByRole('link')).toHaveAttribute(
		'href',
		'/xuexi/lessons/leadership/',
	);
	// 我的学习 says an assignment is waiting and links to its checklist.
	await learnerPage.goto('me/');
	await expect(learnerPage.locator('[data-assignments="1"]')).toContainText('已接受 1 项');
	// …and the nearest due date, with how much is done.
	await expect(learnerPage.locator('[data-next-due="2030-06-30"]')).toContainText(
		'最近截止：「村书记培训一班」，2030-06-30（还有',
	);
	await expect(learnerPage.locator('[data-next-due]')).toContainText('已完成 0/3 项');
	await learnerPage.goto('assignment/');

	// The quiz engine reports a finished attempt (its documented event); the checklist updates live.
	await learnerPage.evaluate(
		(quizId) => {
			const now = Date.now();
			const questions = [0, 1, 2, 3, 4].map((i) => ({
				questionId: `q-${i}`,
				power: 'leadership',
				type: 'single',
				score: i < 4 ? 1 : 0,
				correct: i < 4,
				selfAssessed: false,
				response: 0,
			}));
			const detail = {
				version: 1,
				quizId,
				kind: 'lesson',
				mode: 'practice',
				seed: 1,
				startedAt: now - 60_000,
				finishedAt: now,
				questions,
				score: 4,
				maxScore: 5,
				passMark: 0.6,
				passed: true,
			};
			window.dispatchEvent(new CustomEvent('zuzhili:attempt', { detail }));
		},
		quiz!.ref.replace(/^quiz:/u, ''),
	);
	await expect(checklist.nth(1)).toContainText('已完成');
	await expect(checklist.nth(1)).toContainText('最好成绩 80%');
	await expect(learner.card('村书记培训一班')).toContainText('已完成 1/3');
	await expect(learner.card('村书记培训一班')).toContainText('自我报告');

	const code = await learner.makeReceipt('村书记培训一班', '王晓明', '某村党支部');
	const receipt = decodeReceipt(code);
	expect(receipt.ok).toBe(true);
	if (receipt.ok) {
		expect(receipt.value.name).toBe('王晓明');
		expect(receipt.value.passMark).toBe(70);
		expect(receipt.value.items).toHaveLength(3);
		expect(receipt.value.items[1]).toEqual({ ref: quiz!.ref, status: 'done', score: 80 });
		expect(receipt.value.mastery.leadership).toBe(80);
	}
	await expect(
		learner.card('村书记培训一班').getByRole('img', { name: '回执二维码' }),
	).toBeVisible();
	expect(await learner.axeViolations()).toEqual([]);

	// Persisted across a reload; a second assignment coexists; one can be removed.
	await learnerPage.reload();
	await expect(learner.card('村书记培训一班')).toBeVisible();
	await instructor.fill({ className: '社区书记培训二班' });
	const second = await instructor.create();
	await learner.openLink(second);
	await learner.accept();
	await expect(learner.card('社区书记培训二班')).toBeVisible();
	await expect(learner.card('村书记培训一班')).toBeVisible();
	await learner.remove('村书记培训一班');
	await expect(learner.card('社区书记培训二班')).toBeVisible();

	expect(problems).toEqual([]);
	await learnerContext.close();
});

test('班级汇总 reads 300 receipts, lists bad and duplicate codes one by one, sorts and exports CSV', async ({
	page,
}) => {
	const codes = Array.from({ length: 300 }, (_, i) => encodeReceipt(receiptOf(i)));
	const typo = codes[3]!.slice(0, 20) + (codes[3]![20] === 'x' ? 'y' : 'x') + codes[3]!.slice(21);
	const text = [...codes, `王五发来：${codes[10]!}`, typo, codes[4]!.slice(0, 40)].join('\n');

	const summary = new ClassSummaryPage(page);
	await summary.open();
	// A small class first, with one bad code and one repeat, for the accessibility check.
	await summary.paste([codes[1]!, codes[2]!, codes[2]!, typo].join('\n'));
	await expect(summary.counts).toHaveText('有效回执 2 份，无效 1 个，重复 1 个。');
	expect(await summary.axeViolations()).toEqual([]);

	await summary.paste(text);
	await expect(summary.counts).toHaveText('有效回执 300 份，无效 2 个，重复 1 个。');
	await expect(summary.bodyRows).toHaveCount(300);
	await expect(summary.invalidCodes).toHaveCount(2);
	await expect(summary.invalidCodes.first()).toContainText('第 302 行');
	await expect(summary.invalidCodes.first()).toContainText('校验码不符');
	await expect(summary.duplicates.first()).toContainText('第 301 行：学员010');

	await summary.sortBy('平均分');
	await expect(summary.header('按「平均分」排序')).toHaveAttribute('aria-sort', 'ascending');
	await summary.sortBy('平均分');
	await expect(summary.header('按「平均分」排序')).toHaveAttribute('aria-sort', 'descending');
	await expect(summary.bodyRows.first().getByRole('rowheader')).toHaveText('学员201');

	const download = await summary.exportCsv();
	expect(download.suggestedFilename()).toBe('班级汇总.csv');
	const bytes = readFileSync(await download.path());
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const csv = bytes.toString('utf8').slice(1);
	const lines = csv.trimEnd().split('\r\n');
	expect(lines).toHaveLength(301);
	expect(lines[0]).toMatch(/^姓名,单位,作业编号,是否合格,平均分,完成项,/u);
	expect(lines[1]).toMatch(/^学员201,/u);
	expect(csv).toContain(`学员007,"'=HYPERLINK(""http://x"")"`);
});

test('班级汇总 says why it refuses a pass mark out of range or an oversized file, and keeps what was pasted', async ({
	page,
}) => {
	const summary = new ClassSummaryPage(page);
	await summary.open();
	const codes = [1, 2].map((n) => encodeReceipt(receiptOf(n))).join('\n');
	await page.getByLabel('回执码', { exact: true }).fill(codes);
	await page.getByLabel('合格线（百分比，留空则用各回执里的合格线）').fill('150');
	await page.getByRole('button', { name: '汇总' }).click();
	await expect(summary.main.getByRole('alert')).toContainText('合格线应是 0 到 100 之间的整数');
	await expect(summary.table).toHaveCount(0);
	await page.getByLabel('载入 .txt 文件').setInputFiles({
		name: 'big.txt',
		mimeType: 'text/plain',
		buffer: Buffer.alloc(2_100_000, 'x'),
	});
	await expect(summary.main.getByRole('alert')).toContainText('这个文件有 2.1 MB');
	await expect(page.getByLabel('回执码', { exact: true })).toHaveValue(codes);
	await page.getByLabel('合格线（百分比，留空则用各回执里的合格线）').fill('');
	await page.getByRole('button', { name: '汇总' }).click();
	await expect(summary.counts).toHaveText('有效回执 2 份，无效 0 个，重复 0 个。');
	// The message goes once the input is fine (an empty alert is not shown).
	await expect(summary.main.getByRole('alert')).toHaveCount(0);
});

test('hostile assignment links run no script, are rejected or shown as text, and the page keeps working', async ({
	page,
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const learner = new AssignmentPage(page);
	await learner.openLink('assignment/');
	for (const c of HOSTILE_PAYLOADS.filter((h) => h.target === 'assignment')) {
		await page.goto(`assignment/#${c.input}`);
		await page.reload();
		if (c.expect === 'reject') await expect(learner.invalidNotice, c.name).toBeVisible();
		else await expect(learner.offer, c.name).toBeVisible();
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
			c.name,
		).toBeUndefined();
		expect(
			await page.evaluate(
				() =>
					document.querySelectorAll('img[src="x"]').length +
					[...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
			),
			c.name,
		).toBe(0);
		expect(await learner.storedAssignmentIds(), c.name).toEqual([]);
	}
	// The text-only case shows the markup as literal text.
	const scriptCase = HOSTILE_PAYLOADS.find((h) => h.name === 'script tag in class name')!;
	await page.goto(`assignment/#${scriptCase.input}`);
	await page.reload();
	await expect(learner.offer).toContainText('<script>window.__pwned=1</script>');
	await learner.accept();
	await expect(learner.card('<script>window.__pwned=1</script>')).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
	).toBeUndefined();
	expect(dialogs).toEqual([]);
});

test('组卷 draws an A4 paper with its key on a separate printed page, and its link opens the same paper online', async ({
	page,
}) => {
	const paper = new PaperPage(page);
	await paper.openBuilder();
	await paper.countInputs.first().fill('2');
	await paper.countInputs.last().fill('1');
	// A pass mark that is not a whole percent is refused with a message.
	await paper.passMark.fill('101');
	await page.getByRole('button', { name: '生成试卷' }).click();
	await expect(
		page.getByRole('alert').filter({ hasText: '合格线应是 0 到 100 之间的整数' }),
	).toBeVisible();
	await paper.passMark.fill('75');
	const link = await paper.build('12345');
	await expect(paper.sheet).toContainText('共 3 题，每题 1 分；合格线 75%');
	// Options carry their letter in the text ("A. …"); the list draws no second marker.
	const options = paper.sheet.locator('.quiz-print-options li');
	await expect(options.first()).toHaveText(/^A\. \S/u);
	expect(await options.first().evaluate((li) => getComputedStyle(li).listStyleType)).toBe('none');
	expect(link).toMatch(/\/xuexi\/paper\/#p1\.[A-Za-z0-9_-]+$/u);
	const ids = await paper.questionIds();
	expect(ids).toHaveLength(3);
	await expect(paper.answerKey).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	expect(
		await page.locator('.quiz-print-key').evaluate((e) => getComputedStyle(e).breakBefore),
	).toBe('page');
	// Printed, the paper starts with its own title, not the tool's page title 组卷.
	await expect(page.getByRole('heading', { level: 1, name: '组卷' })).toBeHidden();
	await expect(paper.sheet.getByRole('heading', { level: 2 }).first()).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	expect(await paper.axeViolations()).toEqual([]);

	// The same seed and counts give the same paper; the link opens it online, without the key.
	await paper.build('12345');
	expect(await paper.questionIds()).toEqual(ids);
	// The online test is the quiz engine with the same ids and seed: same questions, same order.
	await page.goto(link);
	await expect(page.locator('main [data-question-id]')).toHaveCount(3);
	await expect(page.locator('main')).toContainText('及格线 75%');
	expect(
		await page
			.locator('main [data-question-id]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id'))),
	).toEqual(ids);
	await expect(paper.answerKey).toHaveCount(0);
});
