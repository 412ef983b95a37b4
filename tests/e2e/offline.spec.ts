/**
 * Offline: after one visit, the service worker has precached the course core (lessons, 原文, 术语,
 * the quiz pages, 我的学习, quiz data, search), so with the network gone those pages open, 原文
 * anchors resolve, quiz data and the search index load, and a quiz can be answered and the search
 * box used. The rest (case studies, practice sets, instructor pages) opens offline once visited or
 * after 「离线下载全部内容」 on 我的学习; with Save-Data nothing downloads in the background.
 */
import { existsSync } from 'node:fs';
import { OfflineSite } from './pages/offline-site';
import { expect, sitemapPaths, test } from './fixtures';

const paths = sitemapPaths();
/** Pages outside the precached core (src/offline/precache.ts CORE_PATTERNS). */
const isExtra = (p: string) =>
	/^(cases\/.+|practice\/.+|instructor\/|paper\/)/u.test(p) && p !== 'cases/';
const core = paths.filter((p) => !isExtra(p));
const extra = paths.filter(isExtra);
const lessons = paths.filter((p) => p.startsWith('lessons/'));
const quizPages = paths.filter((p) => /^(practice|exam|daily)\//u.test(p));
const hasSearchIndex = existsSync('.e2e/xuexi/search/index.json');

function note(type: string, description: string) {
	test.info().annotations.push({ type, description });
}

test.describe('offline', () => {
	test('the course core opens offline after one visit; the rest is not downloaded unasked', async ({
		page,
	}) => {
		test.setTimeout(30_000 + core.length * 3_000);
		const site = new OfflineSite(page);
		await site.install();
		expect(extra.length, 'pages outside the core').toBeGreaterThan(10);
		// What the first visit downloaded: the core only (the precache), not a case or instructor page.
		const cached = await page.evaluate(async () => {
			const urls: string[] = [];
			for (const name of await caches.keys())
				for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
			return urls;
		});
		expect(cached.some((u) => u.includes('/lessons/leadership/'))).toBe(true);
		expect(cached.filter((u) => /\/(cases\/[a-z-]+\/|instructor\/)/u.test(u))).toEqual([]);
		await site.goOffline();
		for (const path of core) {
			expect(await site.openFromWorker(path), `/${path} served by the service worker`).toBe(true);
			await expect(page.getByRole('heading', { level: 1 }), `/${path}`).toBeVisible();
		}
		// A page not yet kept, and an unknown page, get the site's own 404 page, which says how to get it.
		expect(await site.openFromWorker(extra[0]!)).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
		await expect(page.getByText('离线下载全部内容')).toBeVisible();
		expect(await site.openFromWorker('no-such-page/')).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});

	test('a page opened online is kept for offline use', async ({ page }) => {
		const site = new OfflineSite(page);
		await site.install();
		const visited = extra.find((p) => p.startsWith('cases/'))!;
		await site.goto(visited);
		const title = await page.getByRole('heading', { level: 1 }).textContent();
		await site.goOffline();
		expect(await site.openFromWorker(visited)).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
	});

	test('「离线下载全部内容」 on 我的学习 makes every page of the sitemap open offline', async ({
		page,
	}) => {
		test.setTimeout(60_000 + paths.length * 3_000);
		const site = new OfflineSite(page);
		await site.install();
		await site.goto('me/');
		await page.getByRole('heading', { name: '离线使用' }).scrollIntoViewIfNeeded();
		const button = page.getByRole('button', { name: /^离线下载全部内容（约 \d+\.\d MB）$/u });
		await button.click();
		await expect(page.getByText('全部内容已保存到本机')).toBeVisible({ timeout: 60_000 });
		await site.goOffline();
		for (const path of paths) {
			expect(await site.openFromWorker(path), `/${path} served by the service worker`).toBe(true);
			await expect(page.getByRole('heading', { level: 1 }), `/${path}`).not.toHaveText(
				'没有找到这个页面',
			);
		}
	});

	test('with Save-Data the first visit downloads nothing in the background', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'connection', { value: { saveData: true } });
		});
		const site = new OfflineSite(page);
		await site.goto('');
		await page.waitForLoadState('load');
		// The page is up and idle; no worker was registered, so nothing is precached.
		await expect(page.locator('zz-progress-strip [data-summary]')).not.toHaveText('读取中');
		expect(
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
		).toBe(0);
		await site.goto('me/');
		await page.getByRole('heading', { name: '离线使用' }).scrollIntoViewIfNeeded();
		await expect(page.getByText('浏览器开启了省流量')).toBeVisible();
		await page.getByRole('button', { name: /^离线下载全部内容/u }).click();
		await expect(page.getByText('全部内容已保存到本机')).toBeVisible({ timeout: 60_000 });
		await site.goOffline();
		expect(await site.openFromWorker('lessons/leadership/')).toBe(true);
		expect(await site.openFromWorker(extra[0]!)).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('没有找到这个页面');
	});

	test('原文 paragraph anchors work offline, from a lesson link when lessons exist', async ({
		page,
	}) => {
		const site = new OfflineSite(page);
		await site.install();
		await site.goOffline();
		if (lessons.length === 0) note('absent', 'no lessons in the sitemap yet');
		for (const lesson of lessons) {
			await site.openFromWorker(lesson);
			const sourceLink = site.main.locator('a[href*="/source/#p"]').first();
			if ((await sourceLink.count()) === 0) continue;
			const href = (await sourceLink.getAttribute('href')) ?? '';
			const id = href.split('#')[1] ?? '';
			await sourceLink.click();
			await expect(page).toHaveURL(new RegExp(`/source/#${id}$`, 'u'));
			await expect(page.locator(`p#${id}`)).toBeInViewport();
		}
		await site.openFromWorker('source/#p9');
		await expect(page.locator('p#p9')).toBeInViewport();
		await page.getByRole('link', { name: 'p3 第 3 段的链接' }).click();
		await expect(page.locator('p#p3')).toBeInViewport();
	});

	test('quiz data and the search index are available offline', async ({ page }) => {
		const site = new OfflineSite(page);
		await site.install();
		await site.goOffline();
		await site.openFromWorker('');
		expect(await site.fetchStatus('data/questions.json')).toBe(200);
		expect(await site.fetchStatus('manifest.webmanifest')).toBe(200);
		if (hasSearchIndex) expect(await site.fetchStatus('search/index.json')).toBe(200);
		else note('absent', 'no search index (/search/index.json) in this build yet');
	});

	test('a quiz can be answered offline when a quiz page exists', async ({ page }) => {
		const site = new OfflineSite(page);
		await site.install();
		await site.goOffline();
		if (quizPages.length === 0) {
			note('absent', 'no quiz page (/practice/, /exam/, /daily/) in the sitemap yet');
			expect(await site.fetchStatus('data/questions.json')).toBe(200);
			return;
		}
		const quiz = quizPages[0] ?? '';
		await site.openFromWorker(quiz);
		const firstChoice = site.main.getByRole('radio').first();
		await expect(firstChoice).toBeVisible();
		await firstChoice.check();
		await expect(firstChoice).toBeChecked();
	});

	test('the search box answers offline when the site has search', async ({ page }) => {
		const site = new OfflineSite(page);
		await site.install();
		await site.goOffline();
		if (!hasSearchIndex) {
			note('absent', 'no search index in this build yet');
			expect(await site.openFromWorker('source/')).toBe(true);
			return;
		}
		await site.openFromWorker('');
		await page.getByRole('button', { name: /搜索/u }).first().click();
		const dialog = page.getByRole('dialog');
		const box = dialog.getByRole('searchbox').or(dialog.getByRole('combobox')).first();
		await box.fill('组织力');
		await expect(page.getByRole('link', { name: /组织力/u }).first()).toBeVisible();
	});
});

test('the site installs as an app: manifest under the base path with PNG and SVG icons', async ({
	page,
	baseURL,
}) => {
	const site = new OfflineSite(page);
	await site.goto('');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBe('/xuexi/manifest.webmanifest');
	const manifest = (await (await page.request.get(new URL(href ?? '', baseURL).href)).json()) as {
		name: string;
		lang: string;
		start_url: string;
		scope: string;
		icons: { src: string; sizes: string }[];
	};
	expect(manifest).toMatchObject({
		name: '组织力研学',
		lang: 'zh-CN',
		start_url: '/xuexi/',
		scope: '/xuexi/',
	});
	expect(manifest.icons.map((i) => i.sizes)).toEqual(
		expect.arrayContaining(['192x192', '512x512', 'any']),
	);
	for (const icon of manifest.icons)
		expect((await page.request.get(new URL(icon.src, baseURL).href)).status()).toBe(200);
});
