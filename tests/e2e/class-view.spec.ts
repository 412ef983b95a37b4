/**
 * 班级汇总 v2 (issue 18): 40 learners' r2 receipts — one made through the learner's own page from quiz
 * attempts, 39 made from attempts by the same receipt builder and codec — give the right 「需要关注」,
 * 全班易错题 top 10 and its follow-up paper, and mastery grid; the class survives a reload, takes more
 * receipts later, loses one learner on 移除, exports and imports a class file (a bad file changes
 * nothing); the CSV's bytes neutralise formula cells; the table prints landscape at ≥ 20 learners a
 * page and shows the name column at 1366 px.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { POWERS, CAPACITY_IDS } from '../../src/article/powers';
import { masteryBand } from '../../src/instructor/class-insights';
import {
	decodePaper,
	decodeReceipt,
	encodeAssignment,
	encodeReceipt,
	type Receipt,
} from '../../src/instructor/codec';
import {
	attemptsOf,
	CLASS_ASSIGNMENT,
	expectedMissCounts,
	learnerName,
	learnerUnit,
	notStarted,
	paragraphOf,
	receiptCodeOf,
	receiptOfLearner,
} from '../fixtures/class-attempts';
import { KNOWN_QUESTIONS } from '../../src/instructor/question-index';
import { AssignmentPage } from './pages/assignment-page';
import { ClassSummaryPage } from './pages/class-summary-page';
import { PaperPage } from './pages/paper-page';
import { expect, test } from './fixtures';

const CLASS = CLASS_ASSIGNMENT.className;
const BAND = { high: '好', mid: '中', low: '弱', none: '—' } as const;
const OUT = 'test-results/class-view';

/** Learner 0's receipt, made on 我的作业 from the attempts the quiz engine reports. */
async function receiptThroughLearnerPage(page: import('@playwright/test').Page): Promise<string> {
	const learner = new AssignmentPage(page);
	await learner.openLink(`assignment/#${encodeAssignment(CLASS_ASSIGNMENT)}`);
	await learner.accept();
	for (const detail of attemptsOf(0, Date.now()))
		await page.evaluate(
			(d) => window.dispatchEvent(new CustomEvent('zuzhili:attempt', { detail: d })),
			detail,
		);
	await expect(learner.card(CLASS)).toContainText('已完成 4/7');
	return learner.makeReceipt(CLASS, learnerName(0), learnerUnit(0));
}

async function fillClass(summary: ClassSummaryPage, codes: string[]) {
	const main = summary.main;
	await main.getByLabel('班级名称').fill(CLASS);
	await main.getByLabel('作业名称（可省略）').fill('开班前自学');
	await main
		.getByLabel('作业链接（可省略；有了它才能判断谁已逾期）')
		.fill(`http://127.0.0.1/xuexi/assignment/#${encodeAssignment(CLASS_ASSIGNMENT)}`);
	await summary.paste(codes.join('\n'));
}

test('40 learners’ r2 receipts → who needs help, top 10 missed with a follow-up paper, the mastery grid; the class is kept', async ({
	page,
	browser,
}) => {
	test.setTimeout(120_000);
	// Learner 0 in their own browser profile, through the learner page.
	const learnerContext = await browser.newContext();
	const uiCode = await receiptThroughLearnerPage(await learnerContext.newPage());
	await learnerContext.close();
	expect(uiCode).toMatch(/^r2\./u);
	const uiReceipt = decodeReceipt(uiCode);
	expect(uiReceipt.ok).toBe(true);
	const expectedMissed0 = [...expectedMissCounts([0]).keys()].sort();
	expect(uiReceipt.ok && [...uiReceipt.value.missed!].sort()).toEqual(expectedMissed0);

	const ns = Array.from({ length: 40 }, (_, n) => n);
	const codes = [uiCode, ...ns.slice(1).map(receiptCodeOf)];
	const receipts = codes.map((c) => {
		const r = decodeReceipt(c);
		if (!r.ok) throw new Error(`fixture receipt does not decode: ${r.reason}`);
		return r.value;
	});

	await page.setViewportSize({ width: 1366, height: 768 });
	const summary = new ClassSummaryPage(page);
	await summary.open();
	await fillClass(summary, codes);
	await expect(summary.counts).toHaveText('有效回执 40 份，无效 0 个，重复 0 个。');
	await expect(summary.bodyRows).toHaveCount(40);
	const main = summary.main;
	await expect(main.getByRole('heading', { name: `班级汇总：${CLASS}` })).toBeVisible();
	await expect(main.getByText('作业：开班前自学')).toBeVisible();
	await expect(main.getByText('截止日期：2026-01-10')).toBeVisible();

	// 需要关注: from the receipts themselves.
	const who = (pick: (r: Receipt) => boolean) =>
		receipts
			.filter(pick)
			.map((r) => `${r.name}（${r.unit}）`)
			.join('、');
	const attention = main.getByRole('region', { name: '需要关注' });
	const notStartedNames = who((r) => r.items.every((i) => i.status === 'todo'));
	expect(notStartedNames.split('、')).toHaveLength(ns.filter(notStarted).length);
	await expect(attention).toContainText(`还没开始（4 人）${notStartedNames}`);
	const overdue = receipts.filter((r) => r.items.some((i) => i.status !== 'done'));
	// The due date has passed and nobody finished every item: the whole class, said so, not 40 names.
	expect(overdue).toHaveLength(40);
	await expect(attention).toContainText(`已逾期未完成（40 人）全班 40 人都在此列。`);
	const failed = receipts.filter((r) =>
		r.items.some((i) => i.status === 'done' && i.score !== null && i.score < 60),
	);
	expect(failed.length).toBeGreaterThan(0);
	await expect(attention).toContainText(
		`测验未达合格线（${failed.length} 人）${who((r) => failed.includes(r))}`,
	);

	// 全班易错题: counted here from the attempts' rule, compared with the page.
	const counts = expectedMissCounts(ns);
	const top = main.getByTestId('top-missed').locator('tbody tr');
	await expect(top).toHaveCount(10);
	await expect(main.getByText('根据 40 人的回执统计')).toBeVisible();
	const shown = await top.evaluateAll((trs) =>
		trs.map((tr) => ({
			id: tr.getAttribute('data-question') ?? '',
			cells: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
			href: tr.querySelector('a')?.getAttribute('href') ?? '',
		})),
	);
	const best = [...counts.values()].sort((a, b) => b - a).slice(0, 10);
	expect(shown.map((s) => Number(s.cells[1]!.replace(' 人', '')))).toEqual(best);
	for (const s of shown) {
		expect(s.cells[1], s.id).toBe(`${counts.get(s.id)} 人`);
		const p = paragraphOf(s.id);
		expect(s.cells[2], s.id).toBe(`第 ${p.slice(1)} 段`);
		expect(s.href).toBe(`/xuexi/source/#${p}`);
		expect(s.cells[0]).not.toMatch(/正在载入|已不在题库/u);
	}

	// One click: a p1. paper of those ten, most-missed first.
	await main.getByRole('button', { name: '针对易错题布置巩固作业' }).click();
	const link = await main.getByLabel('巩固作业链接').inputValue();
	const paper = decodePaper(new URL(link).hash.slice(1));
	expect(paper.ok && paper.value.questions).toEqual(shown.map((s) => s.id));
	expect(paper.ok && paper.value.title).toBe(`${CLASS} 易错题巩固`.slice(0, 40));
	await expect(main.getByRole('link', { name: '打开巩固作业' })).toHaveAttribute('href', link);

	// The grid: every learner × capacity, a number and a word (not colour alone).
	const grid = await main
		.getByTestId('mastery-grid')
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [
				tr.querySelector('th')!.textContent.trim(),
				...[...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
			]),
		);
	expect(grid).toEqual(
		receipts.map((r) => [
			r.name,
			...CAPACITY_IDS.map((c) => {
				const v = r.mastery[c];
				return `${v ?? ''}${BAND[masteryBand(v)]}`;
			}),
		]),
	);
	await expect(main.getByTestId('mastery-grid').getByRole('columnheader')).toHaveText([
		'姓名',
		...CAPACITY_IDS.map((c) => POWERS[c].name),
	]);
	expect(await summary.axeViolations()).toEqual([]);

	// 1366 px: the name column stays in view while the table scrolls, and a cue says it scrolls.
	await expect(main.getByText('表格较宽：左右滑动或用方向键查看其余各列 →')).toBeVisible();
	const wrap = main.getByRole('region', { name: '全班完成情况' });
	await wrap.evaluate((el) => (el.scrollLeft = el.scrollWidth));
	const nameCell = summary.bodyRows.first().getByRole('rowheader');
	const [cellBox, wrapBox] = await Promise.all([nameCell.boundingBox(), wrap.boundingBox()]);
	expect(Math.abs(cellBox!.x - wrapBox!.x)).toBeLessThan(3);
	mkdirSync(OUT, { recursive: true });
	await page.screenshot({ path: `${OUT}/class-1366.png`, fullPage: true });

	// Print: landscape A4, one line per learner; count the pages for 40 learners.
	await page.emulateMedia({ media: 'print' });
	const heights = await summary.bodyRows.evaluateAll((trs) =>
		trs.map((tr) => tr.getBoundingClientRect().height),
	);
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	await page.emulateMedia({ media: 'screen' });
	const fs = await import('node:fs');
	fs.writeFileSync(`${OUT}/class-40.pdf`, pdf);
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/gu) ?? []).length;
	console.info(
		`class-view print: 40 learners → ${pages} A4 pages; row heights ${Math.min(...heights)}–${Math.max(...heights)} px`,
	);
	// Two lines of text at most per learner (no one-character-per-line wrapping).
	expect(Math.max(...heights)).toBeLessThan(Math.min(...heights) * 1.6);

	// Kept: after a reload the class is there; more receipts come in; a learner is removed.
	await page.reload();
	await summary.hydrated();
	await expect(summary.bodyRows).toHaveCount(40);
	await expect(main.getByRole('combobox', { name: '班级' })).toContainText(
		`${CLASS} · 开班前自学（40 人）`,
	);
	await summary.paste(receiptCodeOf(40));
	await expect(summary.bodyRows).toHaveCount(41);
	await summary.table.getByRole('button', { name: `从本班移除 ${learnerName(5)}` }).click();
	await summary.table.getByRole('button', { name: '确定移除' }).click();
	await expect(summary.bodyRows).toHaveCount(40);
	await page.reload();
	await summary.hydrated();
	await expect(summary.bodyRows).toHaveCount(40);
	await expect(summary.table.getByRole('rowheader', { name: learnerName(5) })).toHaveCount(0);

	// Export the class file; a bad file is refused with a message and changes nothing; the good one imports.
	const fileDownload = page.waitForEvent('download');
	await main.getByRole('button', { name: '导出班级文件' }).click();
	const classFile = readFileSync(await (await fileDownload).path());
	const importer = main.getByLabel('导入班级文件（.json）');
	await importer.setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from(classFile.toString('utf8').replace('"v": 1', '"v": 9')),
	});
	await expect(main.getByRole('alert')).toContainText('没有导入。现有班级没有改动。');
	await expect(main.getByRole('combobox', { name: '班级' }).locator('option')).toHaveCount(2);
	await importer.setInputFiles({
		name: 'class.json',
		mimeType: 'application/json',
		buffer: classFile,
	});
	await expect(main.getByRole('status').filter({ hasText: '已导入班级' })).toContainText(
		'共 40 人',
	);
	await expect(main.getByRole('combobox', { name: '班级' }).locator('option')).toHaveCount(3);
	await expect(summary.bodyRows).toHaveCount(40);
});

test('the class CSV names class and assignment, and its bytes neutralise formula cells', async ({
	page,
}) => {
	const hostile = (n: number, name: string, unit: string) =>
		encodeReceipt({ ...receiptOfLearner(n), name, unit });
	const summary = new ClassSummaryPage(page);
	await summary.open();
	await summary.main.getByLabel('班级名称').fill('+一班');
	await summary.main.getByLabel('作业名称（可省略）').fill('=作业');
	const xssUnit = '<img src=x onerror="window.__pwned=1">';
	await summary.paste(
		[
			hostile(1, '-2+3', '@SUM(A1)'),
			hostile(2, '=1+1', '+cmd'),
			hostile(3, '<script>alert(1)', xssUnit),
		].join('\n'),
	);
	// Markup in a receipt is text: shown literally, never run.
	await expect(summary.table.getByRole('rowheader', { name: '<script>alert(1)' })).toBeVisible();
	await expect(summary.table.getByText(xssUnit, { exact: true })).toBeVisible();
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	const download = await summary.exportCsv();
	expect(download.suggestedFilename()).toBe('班级汇总-+一班.csv');
	const bytes = readFileSync(await download.path());
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
	expect(lines[0]).toMatch(/^姓名,单位,班级,作业名称,作业编号,/u);
	expect(lines.slice(1)).toEqual([
		expect.stringMatching(/^'-2\+3,'@SUM\(A1\),'\+一班,'=作业,cls40abcd,/u),
		expect.stringMatching(/^'=1\+1,'\+cmd,'\+一班,'=作业,cls40abcd,/u),
		expect.stringMatching(/^<script>alert\(1\),"<img src=x onerror=""window.__pwned=1"">",/u),
	]);
	// No cell of the file begins with a formula character.
	const cells = lines.flatMap((l) => l.split(','));
	expect(cells.filter((c) => /^"?[=+\-@\t\r]/u.test(c))).toEqual([]);
});

test('班级汇总 at 360 px: the form and the insights fit, the table scrolls inside its frame', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const summary = new ClassSummaryPage(page);
	await summary.open();
	await fillClass(
		summary,
		Array.from({ length: 12 }, (_, n) => receiptCodeOf(n)),
	);
	await expect(summary.bodyRows).toHaveCount(12);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	// A receipt for another assignment is refused by a class that knows its assignment.
	await summary.paste(encodeReceipt({ ...receiptOfLearner(12), assignmentId: 'other1234' }));
	await expect(summary.counts).toHaveText('有效回执 0 份，无效 1 个，重复 0 个。');
	await expect(summary.invalidCodes.first()).toContainText('这份回执属于另一份作业');
	await expect(summary.bodyRows).toHaveCount(12);
	mkdirSync(OUT, { recursive: true });
	await page.screenshot({ path: `${OUT}/class-360.png`, fullPage: true });
});

test('组卷 「只考易错题」: a saved class gives a paper of its most-missed questions, most missed first', async ({
	page,
}) => {
	const ns = Array.from({ length: 12 }, (_, n) => n + 1);
	const summary = new ClassSummaryPage(page);
	await summary.open();
	await fillClass(summary, ns.map(receiptCodeOf));
	await expect(summary.bodyRows).toHaveCount(12);

	const order = new Map(KNOWN_QUESTIONS.map((id, i) => [id, i]));
	const expected = [...expectedMissCounts(ns)]
		.sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!)
		.slice(0, 20)
		.map(([id]) => id);
	expect(expected.length).toBeGreaterThan(10);

	const builder = new PaperPage(page);
	await builder.openBuilder();
	const group = builder.main.getByRole('group', { name: '只考易错题' });
	await expect(group.getByRole('combobox', { name: '用哪个班级的易错题' })).toHaveValue(/.+/u);
	await group.getByRole('button', { name: '用该班易错题组卷' }).click();
	await expect(builder.main.getByRole('status').filter({ hasText: '易错题组卷' })).toContainText(
		`${expected.length} 题`,
	);
	const paper = decodePaper(new URL(await builder.link.inputValue()).hash.slice(1));
	expect(paper.ok && paper.value.questions).toEqual(expected);
	expect(paper.ok && paper.value.title).toBe(`${CLASS} 易错题巩固`.slice(0, 40));
});
