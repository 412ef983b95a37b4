/**
 * 教员专区 v2 tools (issue 18): 组卷's count table (presets, totals, a message for every impossible
 * count, the 复制 button), its printed key citing 原文 paragraphs by number, the 学习任务单 on one A4
 * page, the builder in course order, and a checklist quiz item that opens the quiz itself.
 */
import type { Page } from '@playwright/test';
import { AssignmentPage } from './pages/assignment-page';
import { InstructorPage } from './pages/instructor-page';
import { PaperPage } from './pages/paper-page';
import { expect, test } from './fixtures';

const CAPACITIES = ['政治领导力', '组织覆盖力', '群众凝聚力', '发展推动力', '自我革新力'];

/** Pages of the PDF Chromium prints for the page as it is now (print media, A4 from the CSS). */
async function printedPages(page: Page): Promise<number> {
	await page.emulateMedia({ media: 'print' });
	const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
	await page.emulateMedia({ media: 'screen' });
	return pdf.match(/\/Type\s*\/Page(?![a-z])/gu)?.length ?? 0;
}

test('组卷: presets fill the table, totals follow every cell, and the 综合测试 preset copies its blueprint', async ({
	page,
}) => {
	const paper = new PaperPage(page);
	await paper.openBuilder();
	await expect(paper.table.getByRole('columnheader', { name: '合计' })).toBeVisible();
	await expect(paper.grandTotal).toHaveText('0');

	await paper.preset('每种能力 2 题').click();
	await expect(
		page.getByRole('status').filter({ hasText: '已按「每种能力 2 题」填好：共 10 题' }),
	).toBeVisible();
	for (const power of CAPACITIES) await expect(paper.rowTotal(power)).toHaveText('2');
	await expect(paper.rowTotal('组织力总论')).toHaveText('0');
	await expect(paper.grandTotal).toHaveText('10');

	// Typing in one cell moves its row, its column and the grand total.
	const cell = paper.count('组织力总论', '判断');
	await cell.fill('3');
	await expect(paper.rowTotal('组织力总论')).toHaveText('3');
	await expect(paper.grandTotal).toHaveText('13');
	await expect(paper.main.getByText('共 13 题（每份试卷最多 100 题）')).toBeVisible();
	const judgeColumn = await paper.table.getByRole('columnheader').allInnerTexts();
	const judgeAt = judgeColumn.indexOf('判断');
	expect(judgeAt).toBeGreaterThan(0);
	const footer = paper.table.locator('tfoot tr > *');
	await expect(footer.nth(judgeAt)).toContainText('3');

	await paper.preset('综合测试同款').click();
	await expect(paper.grandTotal).toHaveText('20');
	for (const power of CAPACITIES) await expect(paper.rowTotal(power)).toHaveText('4');
	await expect(paper.passMark).toHaveValue('80');
	await expect(
		paper.main.getByRole('checkbox', { name: /至少 50% 为理解、应用、分析题/u }),
	).toBeChecked();
	const link = await paper.build('4242');
	expect(link).toMatch(/\/xuexi\/paper\/#p1\./u);
	expect(await paper.questionIds()).toHaveLength(20);
	await expect(paper.sheet).toContainText('共 20 题，每题 1 分；合格线 80%');

	await paper.preset('清空').click();
	await expect(paper.grandTotal).toHaveText('0');

	// Levels: without 记忆 the bank offers fewer, and a count the remaining levels cannot meet is refused.
	const labelOf = async () =>
		Number(
			/现有 (\d+)/u.exec(
				await paper
					.count('政治领导力', '单选')
					.evaluate((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? ''),
			)?.[1],
		);
	const allLevels = await labelOf();
	await paper.main
		.getByRole('group', { name: /抽哪些层次的题/u })
		.getByRole('checkbox', { name: /^记忆/u })
		.uncheck();
	await expect.poll(labelOf).toBeLessThan(allLevels);
	const aboveRecall = await labelOf();
	await paper.count('政治领导力', '单选').fill(String(aboveRecall + 1));
	await expect(paper.count('政治领导力', '单选')).toHaveAttribute('aria-invalid', 'true');
	await paper.count('政治领导力', '单选').fill(String(aboveRecall));
	await expect(paper.grandTotal).toHaveText(String(aboveRecall));
	await paper.preset('清空').click();
	expect(await paper.axeViolations()).toEqual([]);
});

test('组卷: an impossible count is named with its reason, never capped, and no paper is made', async ({
	page,
}) => {
	const paper = new PaperPage(page);
	await paper.openBuilder();
	const cell = paper.count('政治领导力', '单选');
	const label = await paper.main
		.locator(`label[for="${await cell.getAttribute('id')}"]`)
		.textContent();
	const have = Number(/现有 (\d+)/u.exec(label ?? '')?.[1]);
	expect(have).toBeGreaterThan(0);

	await cell.fill(String(have + 5));
	await expect(cell).toHaveAttribute('aria-invalid', 'true');
	await expect(cell).toHaveAccessibleDescription(
		`政治领导力·单选：题库只有 ${have} 道，不能抽 ${have + 5} 道。`,
	);
	// Not counted, not capped: the totals leave the cell out until it is fixed.
	await expect(paper.grandTotal).toHaveText('0');

	const other = paper.count('组织覆盖力', '判断');
	await other.fill('-3');
	await expect(other).toHaveAccessibleDescription(
		'组织覆盖力·判断：题数不能是负数（填了「-3」）。',
	);
	const third = paper.count('群众凝聚力', '单选');
	await third.fill('1.5');
	await expect(third).toHaveAccessibleDescription('群众凝聚力·单选：题数应是整数，「1.5」不是。');

	await page.getByRole('button', { name: '生成试卷' }).click();
	await expect(page.getByRole('alert')).toHaveText('有 3 处题数需要修改，见表格下方的说明。');
	await expect(cell).toBeFocused();
	await expect(paper.link).toHaveCount(0);
	expect(await paper.axeViolations()).toEqual([]);

	// Fixed, the same cells make a paper of exactly what was asked.
	await cell.fill(String(have));
	await other.fill('0');
	await third.fill('1');
	await expect(paper.grandTotal).toHaveText(String(have + 1));
	await paper.build('7');
	expect(await paper.questionIds()).toHaveLength(have + 1);
});

test('组卷: 复制链接 copies the paper link and says so; the printed key cites 第 N 段, not site addresses', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const paper = new PaperPage(page);
	await paper.openBuilder();
	await paper.preset('每种能力 2 题').click();
	const link = await paper.build('12345');
	await page.getByRole('button', { name: '复制链接' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已复制试卷链接' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

	const sources = paper.sheet.locator('.quiz-print-key a[href*="/source/#p"]');
	await expect(sources).toHaveCount(10);
	await page.emulateMedia({ media: 'print' });
	for (const text of await sources.allInnerTexts()) expect(text).toMatch(/^出处：第 \d{1,2} 段「/u);
	// Nothing is appended on paper: no （/xuexi/source/#p4） after the paragraph number.
	const appended = await sources.evaluateAll((links) =>
		links.map((a) => getComputedStyle(a, '::after').content),
	);
	expect(appended.every((c) => c === 'none' || c === 'normal' || c === '')).toBe(true);
	await page.emulateMedia({ media: 'screen' });
});

test('a printed lesson cites 原文 by paragraph number, with no site address after the link', async ({
	page,
}) => {
	await page.goto('lessons/leadership/');
	const sources = page.locator('main a[href*="/source/#p"]');
	expect(await sources.count()).toBeGreaterThan(3);
	await page.emulateMedia({ media: 'print' });
	const printed = await sources.evaluateAll((links) =>
		links
			.filter((a) => a.getClientRects().length > 0)
			.map((a) => ({
				text: a.textContent?.trim() ?? '',
				after: getComputedStyle(a, '::after').content,
			})),
	);
	expect(printed.length).toBeGreaterThan(3);
	for (const { text, after } of printed) {
		expect(text).toMatch(/第 \d{1,2} 段/u);
		expect(after === 'none' || after === 'normal').toBe(true);
	}
});

test('布置作业: items in course order; the task sheet prints on one A4 page; a quiz item opens the quiz', async ({
	page,
}) => {
	const instructor = new InstructorPage(page);
	await instructor.open();
	const quizzes = await instructor
		.group('测验')
		.getByRole('checkbox')
		.evaluateAll((boxes) => boxes.map((b) => b.closest('label')?.textContent?.trim() ?? ''));
	expect(quizzes.slice(0, 3)).toEqual([
		'随堂测验：组织力总论',
		'专项练习：组织力总论',
		'随堂测验：政治领导力',
	]);
	expect(quizzes.slice(-2)).toEqual(['综合测试', '每日一练']);

	await instructor
		.group('课程')
		.getByRole('checkbox', { name: /^政治领导力/u })
		.check();
	await instructor.group('测验').getByRole('checkbox', { name: '随堂测验：政治领导力' }).check();
	await instructor.group('测验').getByRole('checkbox', { name: '专项练习：政治领导力' }).check();
	await instructor.group('测验').getByRole('checkbox', { name: '综合测试' }).check();
	await instructor
		.group('课程')
		.getByRole('checkbox', { name: /^组织覆盖力/u })
		.check();
	// 政治领导力's case (the first case is 组织力总论's).
	await instructor
		.group('情景案例')
		.getByRole('checkbox', { name: /^支部会议/u })
		.check();
	await instructor
		.group('课程')
		.getByRole('checkbox', { name: /^群众凝聚力/u })
		.check();
	await instructor.fill({
		className: '某县村党组织书记培训一班',
		due: '2030-06-30',
		note: '请在开班前完成以下学习任务，读完课程再做测验，并把学习回执发到班级群。'.repeat(3),
	});
	const link = await instructor.create();
	const sheet = page.getByRole('article', { name: '学习任务单' });
	const items = await sheet.getByRole('listitem').allInnerTexts();
	expect(items).toHaveLength(7);
	// The lesson, its quiz, its case and its practice, then the next capacities, 综合测试 last.
	expect(items[0]).toMatch(/^课程：政治领导力/u);
	expect(items[1]).toBe('测验：随堂测验：政治领导力');
	expect(items[2]).toMatch(/^案例：/u);
	expect(items[3]).toBe('测验：专项练习：政治领导力');
	expect(items[6]).toBe('测验：综合测试');
	expect(await printedPages(page)).toBe(1);

	const learner = new AssignmentPage(page);
	await learner.openLink(link);
	await learner.accept();
	const quizLink = learner
		.card('某县村党组织书记培训一班')
		.getByRole('link', { name: '随堂测验：政治领导力' });
	await expect(quizLink).toHaveAttribute(
		'href',
		`/xuexi/lessons/leadership/#${encodeURIComponent('随堂测验')}`,
	);
	await quizLink.click();
	await expect(page).toHaveURL(/\/lessons\/leadership\/#/u);
	await expect(
		page.getByRole('heading', { level: 2, name: '随堂测验', exact: true }),
	).toBeInViewport();
});

test('instructor workspaces use the full width at 1366 × 768: no 「本页内容」 rail, a wide column', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	for (const path of [
		'instructor/',
		'instructor/paper/',
		'instructor/class/',
		'instructor/notes/',
		'instructor/checklist/',
	]) {
		await page.goto(path);
		await expect(page.locator('starlight-toc'), path).toHaveCount(0);
		const width = await page
			.locator('main .sl-container')
			.last()
			.evaluate((e) => e.clientWidth);
		// Starlight's reading column is 45rem (720 px); a workspace takes the main pane (over 900 px).
		expect(width, path).toBeGreaterThan(900);
	}
});
