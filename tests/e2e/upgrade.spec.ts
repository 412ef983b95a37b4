/**
 * A deploy while tabs are open (issue 21 items 5–6), with two builds: build A (the e2e build) is
 * served, three tabs open on it — 综合测试 opened on the very first visit with answers given, a page
 * where the learner will accept the update, and an unhydrated lesson quiz — then the server switches
 * to build B, in which every hashed script and stylesheet has a new name (tests/support/redeploy.ts).
 * Proven:
 * - the update notice appears in every tab; accepting it reloads only that tab, onto build B;
 * - the exam tab is not reloaded and keeps its answers (item 5);
 * - the lesson tab, still on build A under build B's worker, loads its quiz chunk — gone from the
 *   server — from the kept previous build, and the quiz works (item 6);
 * - the exam tab, opened before any worker existed, reloads onto build B when its own 点击刷新 is
 *   pressed, and the exam resumes with its answers (item 6);
 * - offline after the upgrade, build B's pages and islands work.
 * And a tab with no worker at all (Save-Data), whose island code the deploy removed, shows the notice
 * instead of a dead quiz; pressing it loads build B, whose quiz works.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { PREVIOUS_CACHE } from '../../src/offline/generations';
import { assetBytes, redeploy, SwitchableSite, type Renames } from '../support/redeploy';
import { OfflineSite } from './pages/offline-site';
import { QuizPage } from './pages/quiz-page';
import { expect, test } from './fixtures';

const BASE = '/xuexi/';
let site: SwitchableSite;
let renames: Renames;

test.beforeAll(async () => {
	renames = await redeploy('.e2e/xuexi', '.e2e/upgrade-b', BASE);
	site = await SwitchableSite.start('.e2e/upgrade-live', '.e2e/xuexi', BASE);
});
test.afterAll(async () => {
	await site?.stop();
	rmSync('.e2e/upgrade-b', { recursive: true, force: true });
});

interface Watched {
	page: Page;
	problems: string[];
	/** Every `/_astro/` response: URL, status and whether the service worker answered. */
	assets: { url: string; status: number; fromWorker: boolean }[];
}

/** A tab of `context` watched like the suite's guard: off-origin requests, CSP, errors, broken assets. */
async function tab(context: BrowserContext): Promise<Watched> {
	const page = await context.newPage();
	const origin = `http://127.0.0.1:${site.port}`;
	const watched: Watched = { page, problems: [], assets: [] };
	page.on('request', (req) => {
		if (!/^(data|blob|about):/u.test(req.url()) && new URL(req.url()).origin !== origin)
			watched.problems.push(`off-origin ${req.url()}`);
	});
	page.on('console', (msg) => {
		if (/Content.Security.Policy/iu.test(msg.text())) watched.problems.push(msg.text());
	});
	page.on('pageerror', (err) => watched.problems.push(err.message));
	page.on('response', (res) => {
		if (res.url().includes('/_astro/'))
			watched.assets.push({
				url: res.url(),
				status: res.status(),
				fromWorker: res.fromServiceWorker(),
			});
	});
	// The exam warns before leaving; the learner confirms.
	page.on('dialog', (dialog) => void dialog.accept());
	return watched;
}

/** The hashed asset names a page refers to (scripts, styles, island components). */
async function assetNames(page: Page): Promise<string[]> {
	const urls = await page.evaluate(() =>
		[...document.querySelectorAll('script[src], link[href], astro-island')].map(
			(el) =>
				el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('component-url') ?? '',
		),
	);
	return urls.filter((u) => u.includes('/_astro/')).map((u) => u.split('/').pop()!);
}

const marker = (page: Page) =>
	page.evaluate(() => (window as unknown as { zzMarker?: string }).zzMarker ?? null);
const mark = (page: Page) =>
	page.evaluate(() => ((window as unknown as { zzMarker?: string }).zzMarker = 'build A'));
const notice = (page: Page) => page.getByRole('button', { name: '有新版本，点击刷新' });
const remaining = async (quiz: QuizPage) =>
	/还有 \d+ 题未作答/u.exec((await quiz.quiz.textContent()) ?? '')?.[0];

test('a deploy while tabs are open: old tabs keep working, only the accepting tab reloads, nothing is lost, offline works after', async ({
	browser,
}) => {
	test.setTimeout(120_000);
	site.switchTo('.e2e/xuexi');
	const context = await browser.newContext({
		baseURL: `http://127.0.0.1:${site.port}${BASE}`,
		locale: 'zh-CN',
	});
	const [home, exam, lesson] = [await tab(context), await tab(context), await tab(context)];

	// Build A, the very first visit: the exam tab opens before any worker exists (the worker installs
	// and claims it); the learner answers three questions, saved as work in progress.
	const examQuiz = new QuizPage(exam.page);
	// Whether a worker controlled the page as it loaded (read at document start: on a quiet machine the
	// new worker may install and claim the tab a moment later, so reading it afterwards would race).
	await exam.page.addInitScript(() => {
		(window as unknown as { zzControlledAtLoad?: boolean }).zzControlledAtLoad =
			!!navigator.serviceWorker?.controller;
	});
	await examQuiz.open('exam/');
	expect(
		await exam.page.evaluate(
			() => (window as unknown as { zzControlledAtLoad?: boolean }).zzControlledAtLoad,
		),
	).toBe(false);
	const answered = (await examQuiz.shown())
		.filter((q) => q.question.type !== 'order' && q.question.type !== 'short')
		.slice(0, 3);
	for (const item of answered) await examQuiz.answer(item, true);
	const left = await remaining(examQuiz);
	expect(left, 'the exam counts what is left').toBeDefined();
	await expect
		.poll(() => exam.page.evaluate(() => localStorage.getItem('zuzhili-yanxue:progress') ?? ''))
		.toContain('quiz:exam');
	// The worker controls the tab once build A is precached (a download: a longer wait than usual).
	await expect
		.poll(() => exam.page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 })
		.toBe(true);
	await new OfflineSite(home.page).install();
	const lessonQuiz = new QuizPage(lesson.page);
	await lessonQuiz.goto('lessons/overview/');
	const island = lesson.page.locator('astro-island:has(section.quiz)');
	// Below the fold: its code is not loaded yet (client:visible).
	await expect(island).toHaveAttribute('ssr', '');
	const oldChunk = (await island.getAttribute('component-url'))!;
	expect(renames.has(oldChunk.split('/').pop()!), 'build B renamed the quiz chunk').toBe(true);
	for (const { page } of [exam, lesson]) {
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		await mark(page);
	}

	// Deploy build B; the home tab's browser checks for an update.
	site.switchTo('.e2e/upgrade-b');
	expect((await context.request.get(oldChunk)).status(), 'build A’s chunk is gone').toBe(404);
	await home.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
	// Once build B is precached (a download), every tab shows the notice.
	for (const { page } of [home, exam, lesson])
		await expect(notice(page)).toBeVisible({ timeout: 30_000 });

	// Accepted in the home tab: that tab reloads onto build B; the others stay as they are.
	const reloaded = home.page.waitForEvent('load');
	await notice(home.page).click();
	await reloaded;
	await expect.poll(() => assetNames(home.page)).not.toEqual([]);
	const bNames = new Set(renames.values());
	for (const name of await assetNames(home.page)) expect(bNames, name).toContain(name);
	for (const { page } of [exam, lesson]) {
		// Build B's worker took over: nothing waits any more.
		await expect
			.poll(() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return !registration?.waiting && registration?.active?.state === 'activated';
				}),
			)
			.toBe(true);
		expect(await marker(page), 'not reloaded').toBe('build A');
		await expect(notice(page)).toBeVisible();
	}
	expect(await remaining(examQuiz), 'the exam keeps its answers').toBe(left);

	// The old lesson tab hydrates its quiz from build A's chunk, kept by build B's worker.
	await island.scrollIntoViewIfNeeded();
	await expect(island).not.toHaveAttribute('ssr');
	const [first] = await lessonQuiz.shown();
	await lessonQuiz.answer(first!, true);
	await lessonQuiz.check(first!);
	await expect(first!.feedback).toContainText(lessonQuiz.verdictFor(first!.question, true));
	const chunk = lesson.assets.find((a) => a.url.endsWith(oldChunk));
	expect(chunk, 'the old quiz chunk was requested').toMatchObject({
		status: 200,
		fromWorker: true,
	});
	const kept = await lesson.page.evaluate(async (name) => {
		const cache = await caches.open(name);
		let bytes = 0;
		const requests = await cache.keys();
		for (const request of requests) bytes += (await (await cache.match(request))!.blob()).size;
		return { entries: requests.length, bytes };
	}, PREVIOUS_CACHE);
	expect(kept.entries).toBe(renames.size);
	expect(kept.bytes).toBe(assetBytes('.e2e/xuexi', renames.keys()));
	test.info().annotations.push({
		type: 'kept for the previous build',
		description: `${kept.entries} files, ${kept.bytes} bytes (every hashed asset renamed)`,
	});

	// The exam tab's own 点击刷新: onto build B, the exam resumes with its answers.
	const resumed = exam.page.waitForEvent('load');
	await notice(exam.page).click();
	await resumed;
	await expect(examQuiz.quiz.locator('fieldset[data-question-id]').first()).toBeVisible();
	await expect.poll(() => remaining(examQuiz)).toBe(left);
	expect(await marker(exam.page)).toBeNull();
	for (const name of await assetNames(exam.page)) expect(bNames, name).toContain(name);

	// Offline after the upgrade: build B's pages and islands work from its precache.
	await context.setOffline(true);
	const offline = new OfflineSite(exam.page);
	expect(await offline.openFromWorker('lessons/leadership/')).toBe(true);
	const offlineQuiz = examQuiz;
	await offlineQuiz.quiz.first().scrollIntoViewIfNeeded();
	await expect(exam.page.locator('astro-island[ssr]:has(section.quiz)')).toHaveCount(0);
	const [q] = await offlineQuiz.shown();
	await offlineQuiz.answer(q!, false);
	await offlineQuiz.check(q!);
	await expect(q!.feedback).toContainText(offlineQuiz.verdictFor(q!.question, false));

	for (const w of [home, exam, lesson]) {
		expect(w.problems).toEqual([]);
		expect(w.assets.filter((a) => a.status >= 400)).toEqual([]);
	}
	await context.close();
});

test('a tab without a service worker whose island code is gone after a deploy offers the new version, and it works', async ({
	browser,
}) => {
	site.switchTo('.e2e/xuexi');
	const context = await browser.newContext({
		baseURL: `http://127.0.0.1:${site.port}${BASE}`,
		locale: 'zh-CN',
	});
	// Save-Data: no worker is installed, so nothing keeps build A's files.
	await context.addInitScript(() => {
		Object.defineProperty(navigator, 'connection', { value: { saveData: true } });
	});
	const lesson = await tab(context);
	const quiz = new QuizPage(lesson.page);
	await quiz.goto('lessons/overview/');
	const island = lesson.page.locator('astro-island:has(section.quiz)');
	await expect(island).toHaveAttribute('ssr', '');
	const oldChunk = (await island.getAttribute('component-url'))!;
	await mark(lesson.page);

	site.switchTo('.e2e/upgrade-b');
	await island.scrollIntoViewIfNeeded();
	// Build A's quiz code is gone: instead of a quiz that never responds, the notice.
	await expect(notice(lesson.page)).toBeVisible();
	expect(lesson.assets.filter((a) => a.status >= 400).map((a) => new URL(a.url).pathname)).toEqual(
		expect.arrayContaining([oldChunk]),
	);
	const reloaded = lesson.page.waitForEvent('load');
	await notice(lesson.page).click();
	await reloaded;
	expect(await marker(lesson.page)).toBeNull();
	const bNames = new Set(renames.values());
	for (const name of await assetNames(lesson.page)) expect(bNames, name).toContain(name);
	await island.scrollIntoViewIfNeeded();
	await expect(island).not.toHaveAttribute('ssr');
	const [first] = await quiz.shown();
	await quiz.answer(first!, true);
	await quiz.check(first!);
	await expect(first!.feedback).toContainText(quiz.verdictFor(first!.question, true));
	expect(lesson.problems).toEqual([]);
	await context.close();
});
