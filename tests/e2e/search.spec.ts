/**
 * Site search as a learner uses it: open from the header or the keyboard, find a passage by a phrase
 * with or without its punctuation, move through results with the keyboard, come back to recent
 * searches, and get a clear message — never a broken dialog — for hostile input or a bad index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { BankFileSchema } from '../../src/schemas/question';
import { questionShown } from '../../src/search/sources/questions';
import { BasePage, SourcePage } from './pages/base-page';
import { SearchDialog } from './pages/search-dialog';
import { expect, test } from './fixtures';

// Some tests replace the index with page.route; a service worker would answer from its precache.
test.use({ serviceWorkers: 'block' });

test('the header button opens the dialog; a phrase without quotation marks finds its paragraph', async ({
	page,
}) => {
	await new BasePage(page).goto('');
	const search = new SearchDialog(page);
	await expect(search.button).toHaveAccessibleName(/搜索/u);
	await search.open();
	await search.search('由虚变实');
	const source = search.group('原文');
	await expect(source).toBeVisible();
	const first = search.results.first();
	await expect(first).toHaveAttribute('href', /source\/#p12$/u);
	await expect(first.locator('mark').first()).toContainText('虚');
	await first.click();
	await expect(page).toHaveURL(/source\/#p12$/u);
	await expect(new SourcePage(page).paragraph('p12')).toBeInViewport();
});

test('Ctrl+K and / open search, but not while an IME is composing or the learner types in a field', async ({
	page,
}) => {
	await new BasePage(page).goto('source/');
	const search = new SearchDialog(page);
	await page.keyboard.press('Control+k');
	await expect(search.dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(search.dialog).toBeHidden();
	await expect(search.button).toBeFocused();

	// An IME composition's keydown (isComposing / keyCode 229) must not open the dialog.
	await page.evaluate(() => {
		document.body.dispatchEvent(
			new KeyboardEvent('keydown', { key: '/', isComposing: true, bubbles: true }),
		);
	});
	await expect(search.dialog).toBeHidden();

	await page.locator('body').press('/');
	await expect(search.dialog).toBeVisible();
	await expect(search.input).toBeFocused();
	// Typing `/` inside the search field is just text.
	await search.input.press('/');
	await expect(search.input).toHaveValue('/');
});

test('arrow keys move through results in order and Enter opens the chosen one', async ({
	page,
}) => {
	await new BasePage(page).goto('');
	const search = new SearchDialog(page);
	await search.open();
	await search.search('乡村振兴');
	const count = await search.results.count();
	expect(count).toBeGreaterThan(1);
	await search.input.press('ArrowDown');
	await expect(search.results.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(search.results.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(search.input).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const href = await search.results.nth(1).getAttribute('href');
	await page.keyboard.press('Enter');
	// Chinese heading anchors arrive percent-encoded in the URL: compare the decoded address.
	await expect
		.poll(() => decodeURI(page.url()))
		.toMatch(new RegExp(`${escapeRegExp(href!)}$`, 'u'));
});

test('the five best results come first, a glossary headword among them, the rest under 更多结果', async ({
	page,
}) => {
	await new BasePage(page).goto('');
	const search = new SearchDialog(page);
	await search.open();
	await search.search('组织覆盖力');
	await expect(search.results).toHaveCount(10);
	const more = search.dialog.locator('.search-more');
	await expect(more.locator('a[data-result]')).toHaveCount(5);
	// The passage that defines the capacity first; its glossary entry (typed as written) among the five.
	const best = (await search.resultHrefs()).slice(0, 5);
	expect(best[0]).toMatch(/source\/#p5$/u);
	expect(best.filter((href) => /glossary\/#term-/u.test(href))).toHaveLength(1);
	// Arrow keys go on from the fifth link into 更多结果.
	await search.input.press('ArrowDown');
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
	await expect(more.locator('a[data-result]').first()).toBeFocused();
});

test('the empty state offers suggestions, and a followed search comes back as a recent search', async ({
	page,
}) => {
	await new BasePage(page).goto('');
	const search = new SearchDialog(page);
	await search.open();
	await expect(search.dialog.getByRole('heading', { name: '试试搜索' })).toBeVisible();
	await search.dialog.getByRole('button', { name: '最多跑一次' }).click();
	await expect(search.input).toHaveValue('最多跑一次');
	await expect(search.results.first()).toHaveAttribute('href', /source\/#p8$/u);
	await search.input.press('Enter');
	await expect(page).toHaveURL(/source\/#p8$/u);

	await search.open();
	await expect(search.dialog.getByRole('heading', { name: '最近搜索' })).toBeVisible();
	await search.dialog.getByRole('button', { name: '最多跑一次' }).first().click();
	await expect(search.results.first()).toHaveAttribute('href', /source\/#p8$/u);
	await search.input.fill('');
	await search.dialog.getByRole('button', { name: '清除最近搜索' }).click();
	await expect(search.dialog.getByRole('heading', { name: '最近搜索' })).toBeHidden();
});

test('hostile and odd queries are shown as text and never break the dialog', async ({ page }) => {
	await new BasePage(page).goto('');
	const search = new SearchDialog(page);
	await search.open();
	const html = '<img src=x onerror="window.__xss=1">把方向';
	for (const query of [
		'',
		' ',
		'a'.repeat(10_000),
		'.*+?([{\\',
		html,
		'😀🇨🇳',
		'把方向、管大局、保落实'.repeat(900),
	]) {
		await search.search(query);
		await expect(search.dialog).toBeVisible();
	}
	await search.search(html);
	await expect(search.results.first()).toHaveAttribute('href', /source\/#p3$/u);
	expect(await search.dialog.locator('img').count()).toBe(0);
	expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
	await search.search('<var>𪚥𪚥𪚥</var>');
	await expect(
		search.dialog.getByText('没有找到与「<var>𪚥𪚥𪚥</var>」相关的内容', { exact: false }),
	).toBeVisible();
	expect(await search.dialog.locator('var').count()).toBe(0);
});

test('a missing index shows a message and a retry button', async ({ page }) => {
	await page.route('**/search/index.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
	await new BasePage(page).goto('');
	const search = new SearchDialog(page);
	await search.open();
	await expect(search.dialog.getByRole('alert')).toContainText('搜索索引没有找到');
	await page.unroute('**/search/index.json');
	await search.dialog.getByRole('button', { name: '重试' }).click();
	await search.search('软弱涣散');
	await expect(search.results.first()).toHaveAttribute('href', /source\/#p11$/u);
});

test('a corrupt index shows a message, not a blank dialog', async ({ page }) => {
	await page.route('**/search/index.json', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/json',
			body: '{"v":1,"kinds":["lesson"',
		}),
	);
	await new BasePage(page).goto('');
	const search = new SearchDialog(page);
	await search.open();
	await expect(search.dialog.getByRole('alert')).toContainText('搜索索引已损坏');
});

test('a missing index shard shows a message when a query needs it', async ({ page }) => {
	await page.route('**/search/terms-*.json', (route) =>
		route.fulfill({ status: 404, body: 'gone' }),
	);
	await new BasePage(page).goto('');
	const search = new SearchDialog(page);
	await search.open();
	await search.input.fill('软弱涣散');
	await expect(search.dialog.getByRole('alert')).toContainText('搜索索引没有找到');
});

test('every deep link in the index points at an element that exists on its page', async ({
	request,
	baseURL,
}) => {
	const index = (await (await request.get('search/index.json')).json()) as { text: number[] };
	// Titles and urls live in the text shards ([title, url, text] rows), one file per range of documents.
	const rows: Array<[string, string, string]> = [];
	for (let k = 0; k < index.text.length; k++) {
		rows.push(...((await (await request.get(`search/text-${k}.json`)).json()) as typeof rows));
	}
	expect(rows.length).toBeGreaterThan(0);
	const pages = new Map<string, string>();
	for (const [title, url] of rows) {
		const [path = '', anchor] = url.split('#');
		if (!pages.has(path)) {
			const response = await request.get(path);
			expect(response.ok(), `${title}: ${baseURL}${path}`).toBe(true);
			pages.set(path, await response.text());
		}
		if (anchor) expect(pages.get(path), `${title}: #${anchor}`).toContain(`id="${anchor}"`);
	}
});

test('the open dialog with results has no axe violations and fits 360 px, in light and dark mode', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const site = new BasePage(page);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await site.goto('source/');
		const search = new SearchDialog(page);
		await search.open();
		// Keywords, then a question (its answering sentences are highlighted too).
		for (const q of ['乡村振兴 由虚变实', '党群服务中心要做到什么']) {
			await search.search(q);
			await expect(search.results.first()).toBeVisible();
			expect(await site.axeViolations(), `${scheme} mode, ${q}`).toEqual([]);
			const { scrollWidth, clientWidth } = await site.overflowsHorizontally();
			expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
		}
	}
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

test('a phrase the article does not contain is said to be absent; partial matches are set apart', async ({
	page,
}) => {
	await new BasePage(page).goto('');
	const search = new SearchDialog(page);
	await search.open();
	await search.search('三会一课');
	const absent = search.dialog.locator('[data-absent]');
	await expect(absent).toContainText('原文和本站内容中都没有“三会一课”这个说法');
	await expect(search.dialog.getByRole('status')).toContainText('没有完全一致的结果');
	expect(await search.results.count()).toBeGreaterThan(0);
	// A phrase that is there, even with quotation marks in the article, gets no such notice.
	await search.search('由虚变实');
	await expect(search.results.first()).toBeVisible();
	await expect(absent).toHaveCount(0);
});

test('a question found by search shows what a learner sees before answering, never its answer', async ({
	page,
}) => {
	const bank = readdirSync('quizzes/bank', { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.yaml'))
		.flatMap(
			(f) => BankFileSchema.parse(parse(readFileSync(`quizzes/bank/${f}`, 'utf8'))).questions,
		);
	const byStem = new Map(bank.map((q) => [q.stem.replaceAll('___', '＿＿'), q]));
	await new BasePage(page).goto('');
	const search = new SearchDialog(page);
	await search.open();
	// Words that questions' explanations use: the old excerpts showed the explanation around them.
	await search.search('党建带群建');
	const hits = search.group('题目').locator('a[data-result]');
	await expect(hits.first()).toBeVisible();
	for (const hit of await hits.all()) {
		const q = byStem.get((await hit.locator('.search-hit-title').textContent()) ?? '');
		expect(q, 'result is a bank question').toBeDefined();
		const allowed = questionShown(q!).replace(/\s+/gu, '');
		const excerpt = ((await hit.locator('.search-hit-excerpt').textContent()) ?? '')
			.replace(/\s+/gu, '')
			.split('…')
			.filter(Boolean);
		for (const part of excerpt) expect(allowed, q!.id).toContain(part);
	}
});

test('a question a cadre types brings the answering paragraph first, its sentence highlighted as text', async ({
	page,
}) => {
	await new BasePage(page).goto('');
	const search = new SearchDialog(page);
	await search.open();
	await search.search('带头人怎么选？<b>');
	const first = search.results.first();
	await expect(first).toHaveAttribute('href', /source\/#p13$/u);
	const answer = first.locator('strong.search-answer');
	await expect(answer.first()).toBeVisible();
	expect((await answer.allTextContents()).join('')).toContain('把好带头人选用关');
	// Question words are not matched; nothing typed becomes markup.
	for (const mark of await first.locator('mark').allTextContents())
		expect(mark).not.toMatch(/怎|么/u);
	await expect(search.dialog.locator('.search-results b')).toHaveCount(0);
	await first.click();
	await expect(page).toHaveURL(/source\/#p13$/u);
});
