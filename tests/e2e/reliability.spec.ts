/**
 * Nothing a learner has done is ever lost (issue 21): hostile ids (`constructor`), storage that is
 * full or unreadable, two tabs submitting at once, imports with dates in the future; and the CSP
 * meta that must come before anything it covers.
 */
import { readFileSync } from 'node:fs';
import { encodeAssignment, encodePaper } from '../../src/instructor/codec';
import { AssignmentPage } from './pages/assignment-page';
import { attemptResult, MePage, STORAGE_KEY } from './pages/progress-pages';
import { expect, sitemapPaths, test } from './fixtures';

const assignment = (id: string, items: `${'lesson' | 'quiz' | 'case'}:${string}`[]) =>
	encodeAssignment({
		id,
		className: '一班',
		note: '',
		due: null,
		passMark: 60,
		items,
		createdAt: 1_795_000_000_000,
	});

test('an assignment link named constructor is refused, and the record stays readable and exportable', async ({
	page,
}) => {
	const me = new MePage(page);
	await me.open();
	await me.answer(attemptResult('exam', [{ id: 'a-1', power: 'renewal', correct: true }]));
	await expect(me.recent).toHaveCount(1);

	const learner = new AssignmentPage(page);
	for (const link of [
		assignment('constructor', ['lesson:overview']),
		assignment('k3v9x2qa', ['lesson:constructor', 'case:constructor', 'quiz:prototype']),
	]) {
		await learner.openLink(`assignment/#${link}`);
		await expect(learner.invalidNotice).toBeVisible();
		await expect(learner.offer).toHaveCount(0);
	}
	expect(await learner.storedAssignmentIds()).toEqual([]);

	// The next pages read the record back: no damage notice, nothing overwritten.
	await page.goto('lessons/overview/');
	await me.open();
	await expect(me.backupNotice).toBeHidden();
	await expect(me.recent).toHaveCount(1);

	// What the site exports imports again.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '导出学习记录' }).click(),
	]);
	await me.importInput.setInputFiles(await download.path());
	await expect(me.message).toContainText('已导入并合并学习记录');
});

test('a record an older version stored with a constructor assignment still reads back', async ({
	page,
}) => {
	const me = new MePage(page);
	await me.open();
	await me.answer(attemptResult('exam', [{ id: 'a-1', power: 'renewal', correct: true }]));
	await expect(me.recent).toHaveCount(1);
	const doc = JSON.parse((await me.stored()) ?? '{}') as Record<string, unknown>;
	const at = Date.now();
	doc['assignments'] = {
		constructor: {
			id: 'constructor',
			acceptedAt: at,
			updatedAt: at,
			payload: { id: 'constructor', code: assignment('constructor', ['lesson:overview']) },
		},
	};
	await me.seed(JSON.stringify(doc));
	await expect(me.dashboard).toBeVisible();
	await expect(me.recent).toHaveCount(1);
	await expect(me.backupNotice).toBeHidden();
	await page.goto('lessons/overview/');
	const stored = JSON.parse((await me.stored()) ?? '{}') as { attempts: unknown[] };
	expect(stored.attempts).toHaveLength(1);
	expect(await page.evaluate((k) => localStorage.getItem(`${k}-backup`), STORAGE_KEY)).toBeNull();
});

test('an unreadable record whose backup cannot be stored is never overwritten, page after page', async ({
	page,
}) => {
	const me = new MePage(page);
	await me.open();
	const raw = `{"app":"zuzhili-yanxue","version":1,"lessons":{"overv${'x'.repeat(2000)}`;
	await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, raw]);
	// Storage is too full for the backup (the larger value); the record itself would still fit.
	await page.addInitScript((key) => {
		// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its Storage as `this`
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (k: string, v: string) {
			if (k === `${key}-backup`) throw new DOMException('full', 'QuotaExceededError');
			setItem.call(this, k, v);
		};
	}, STORAGE_KEY);
	await page.reload();
	await expect(me.backupNotice).toContainText('只保存在本页内存中');
	await me.answer(attemptResult('exam', [{ id: 'a-1', power: 'leadership', correct: true }]));
	await expect(me.recent).toHaveCount(1);
	expect(await me.stored()).toBe(raw);
	let at = Date.now();
	for (const path of ['lessons/overview/', 'me/', 'source/']) {
		await me.goto(path);
		await expect(me.backupNotice).toBeVisible();
		// A change on every page: each re-reads the record and must leave it alone.
		at += 1000;
		await me.answer(attemptResult('daily', [{ id: 'a-2', power: 'renewal', correct: true }], at));
		await me.answer(
			attemptResult('daily', [{ id: 'a-3', power: 'renewal', correct: true }], at + 1),
		);
		expect(await me.stored(), path).toBe(raw);
	}
	await me.open();
	await me.fontSizeButton('大').click();
	await expect(page.locator('html')).toHaveAttribute('data-font-size', 'large');
	expect(await me.stored()).toBe(raw);
});

test('a record that cannot be read while writing works is not overwritten', async ({
	page,
	context,
}) => {
	const me = new MePage(page);
	await me.open();
	await me.answer(attemptResult('exam', [{ id: 'a-1', power: 'cohesion', correct: true }]));
	await expect(me.recent).toHaveCount(1);
	const saved = await me.stored();
	await page.addInitScript((key) => {
		// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its Storage as `this`
		const getItem = Storage.prototype.getItem;
		Storage.prototype.getItem = function (k: string) {
			if (k === key) throw new DOMException('denied', 'SecurityError');
			return getItem.call(this, k);
		};
	}, STORAGE_KEY);
	await me.goto('lessons/overview/');
	await expect(me.memoryNotice).toBeVisible();
	await me.open();
	await me.answer(attemptResult('daily', [{ id: 'a-2', power: 'renewal', correct: false }]));
	await expect(me.recent).toHaveCount(1);
	await me.fontSizeButton('特大').click();
	// Another page, where reading works: the first attempt is still there.
	const other = new MePage(await context.newPage());
	await other.open();
	expect(await other.stored()).toBe(saved);
	await expect(other.recent).toHaveCount(1);
});

test('two tabs submitting at the same moments lose no attempt', async ({ context }) => {
	const tabs = [new MePage(await context.newPage()), new MePage(await context.newPage())];
	// Both tabs open before anything is stored: each starts its own record.
	await Promise.all(tabs.map((tab) => tab.open()));
	await Promise.all(tabs.map((tab) => expect(tab.summary).not.toHaveText('读取中')));
	const start = Date.now();
	const perTab = 8;
	await Promise.all(
		tabs.map((tab, t) => {
			const results = Array.from({ length: perTab }, (_, i) =>
				attemptResult(
					`practice-${t === 0 ? 'coverage' : 'cohesion'}`,
					[{ id: `q-${t}-${i}`, power: t === 0 ? 'coverage' : 'cohesion', correct: i % 2 === 0 }],
					start + t * 100 + i * 1000,
				),
			);
			// Submits 0–35 ms apart in each tab, both tabs at once.
			return tab.page.evaluate(
				(list) =>
					new Promise<void>((done) => {
						list.forEach((detail, i) =>
							setTimeout(() => {
								window.dispatchEvent(new CustomEvent('zuzhili:attempt', { detail }));
								if (i === list.length - 1) done();
							}, i * 5),
						);
					}),
				results,
			);
		}),
	);
	const storedCount = () =>
		tabs[0]!.page.evaluate(
			(key) =>
				(JSON.parse(localStorage.getItem(key) ?? '{"attempts":[]}') as { attempts: unknown[] })
					.attempts.length,
			STORAGE_KEY,
		);
	await expect.poll(storedCount, { message: 'attempts in storage' }).toBe(2 * perTab);
	// A fresh page sees every attempt too.
	const fresh = new MePage(await context.newPage());
	await fresh.open();
	await expect(fresh.masteryRow('组织覆盖力')).toContainText('50%');
	await expect(fresh.masteryRow('群众凝聚力')).toContainText('50%');
});

test('an import full of attempts dated 2099 is refused, and new attempts keep counting', async ({
	page,
}) => {
	const me = new MePage(page);
	await me.open();
	await me.answer(attemptResult('exam', [{ id: 'a-1', power: 'renewal', correct: true }]));
	await expect(me.recent).toHaveCount(1);
	const before = await me.stored();
	const doc = JSON.parse(before ?? '{}') as Record<string, unknown>;
	const future = Date.UTC(2099, 0, 1);
	const file = {
		format: 'zuzhili-yanxue-progress',
		version: 1,
		exportedAt: Date.now(),
		progress: {
			...doc,
			attempts: Array.from({ length: 200 }, (_, i) =>
				attemptResult('daily', [{ id: `f-${i}`, power: 'coverage', correct: true }], future + i),
			),
		},
	};
	await me.importInput.setInputFiles({
		name: 'progress.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file)),
	});
	await expect(me.message).toContainText('晚于今天的日期');
	await expect(me.message).toContainText('没有做任何改动');
	expect(await me.stored()).toBe(before);
	await me.answer(attemptResult('daily', [{ id: 'a-2', power: 'cohesion', correct: false }]));
	await expect(me.recent).toHaveCount(2);
});

test('every page puts its CSP meta first in <head>, before any script or stylesheet', () => {
	const paths = sitemapPaths();
	expect(paths.length).toBeGreaterThan(40);
	for (const path of [...paths, '404.html']) {
		const file = path.endsWith('.html') ? path : `${path}index.html`;
		const html = readFileSync(`.e2e/xuexi/${file}`, 'utf8');
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head, path).toMatch(
			/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"\/?><meta http-equiv="content-security-policy"/iu,
		);
	}
});

test('a paper link with unknown question ids says so, and /paper/ follows a changed link in the same tab', async ({
	page,
}) => {
	const bank = JSON.parse(readFileSync('.e2e/xuexi/data/questions.json', 'utf8')) as {
		id: string;
		type: string;
	}[];
	const [a, b, c] = bank.filter((q) => q.type === 'single').map((q) => q.id);
	const paper = (questions: string[], title: string) =>
		encodePaper({ seed: 7, questions, title, passMark: 60 });
	const questions = page.locator('main [data-question-id]');

	await page.goto(`paper/#${paper([a!, 'no-such-question', b!], '第一份')}`);
	await expect(page.getByRole('alert')).toContainText('1 道题在本站题库中找不到');
	await expect(questions).toHaveCount(2);

	await page.evaluate((hash) => (location.hash = hash), paper([a!, b!, c!], '第二份'));
	await expect(page.locator('main')).toContainText('第二份');
	await expect(questions).toHaveCount(3);
	await expect(page.getByRole('alert')).toHaveCount(0);

	await page.evaluate((hash) => (location.hash = hash), paper(['gone-1', 'gone-2'], '第三份'));
	await expect(page.getByRole('alert')).toContainText('这份试卷的题目在本站题库中都找不到');
	await expect(questions).toHaveCount(0);
});
