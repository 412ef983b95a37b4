/**
 * Offline: after one visit, the service worker has precached the whole site, so with the network
 * gone every page in the sitemap opens, 原文 anchors resolve, quiz data and the search index load,
 * and a quiz can be answered and the search box used (each checked when its page exists in the
 * build; an absent feature is recorded as an annotation, never skipped silently).
 */
import { existsSync } from 'node:fs';
import { OfflineSite } from './pages/offline-site';
import { expect, sitemapPaths, test } from './fixtures';

const paths = sitemapPaths();
const lessons = paths.filter((p) => p.startsWith('lessons/'));
const quizPages = paths.filter((p) => /^(practice|exam|daily)\//u.test(p));
const hasSearchIndex = existsSync('.e2e/xuexi/search/index.json');

function note(type: string, description: string) {
	test.info().annotations.push({ type, description });
}

test.describe('offline', () => {
	test('every page in the sitemap opens offline after one visit', async ({ page }) => {
		// One navigation per page, served from the cache: allow a few seconds each on a loaded machine.
		test.setTimeout(30_000 + paths.length * 3_000);
		const site = new OfflineSite(page);
		await site.install();
		await site.goOffline();
		for (const path of paths) {
			expect(await site.openFromWorker(path), `/${path} served by the service worker`).toBe(true);
			await expect(page.getByRole('heading', { level: 1 }), `/${path}`).toBeVisible();
		}
		// An unknown page offline gets the site's own 404 page, not the browser's error.
		expect(await site.openFromWorker('no-such-page/')).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
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
