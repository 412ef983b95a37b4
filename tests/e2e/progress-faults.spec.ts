/**
 * Faults in the learner's storage never break a page or lose data. Each test injects one fault —
 * an unusable value under our key (corrupted JSON, a wrong type, a future version, a foreign app's
 * value), storage that throws (private mode), a full quota, a hostile import file — and checks the
 * page still works, the learner is told, and nothing is lost.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { attemptResult, MePage, STORAGE_KEY } from './pages/progress-pages';

/** The first raw value in a downloaded backup file. */
function backupFileRaw(path: string): string | undefined {
	return (JSON.parse(readFileSync(path, 'utf8')) as { entries: { raw: string }[] }).entries[0]?.raw;
}

const unusable = [
	{
		reason: 'corrupt',
		raw: '{"app":"zuzhili-yanxue","version":1,"lessons":{"overv',
		says: '数据已损坏',
	},
	{ reason: 'wrong-type', raw: '[1,2,3]', says: '数据类型不对' },
	{
		reason: 'future-version',
		raw: JSON.stringify({
			app: 'zuzhili-yanxue',
			version: 9,
			createdAt: 1_800_000_000_000,
			lessons: {},
		}),
		says: '更新版本',
	},
	{ reason: 'foreign', raw: '{"token":"abc","cart":[{"sku":1}]}', says: '其他网站或应用的数据' },
];

for (const fault of unusable) {
	test(`a ${fault.reason} value under our key is kept as a backup, with a notice and a download`, async ({
		page,
	}) => {
		const me = new MePage(page);
		await me.open();
		await me.seed(fault.raw);
		await expect(me.dashboard).toBeVisible();
		await expect(me.backupNotice).toBeVisible();
		await expect(me.backupNotice).toContainText(fault.says);
		expect(await me.axeViolations(), 'page with the backup notice').toEqual([]);
		expect(await me.storedBackups()).toEqual([
			expect.objectContaining({ reason: fault.reason, raw: fault.raw }),
		]);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			me.backupNotice.getByRole('button', { name: '下载备份' }).click(),
		]);
		expect(backupFileRaw(await download.path())).toBe(fault.raw);

		// The page keeps working: answering records a fresh, valid document.
		await me.answer(attemptResult('exam', [{ id: 'a-1', power: 'renewal', correct: true }]));
		await expect(me.recent).toHaveCount(1);
		expect((await me.storedDoc()).app).toBe('zuzhili-yanxue');

		await me.backupNotice.getByRole('button', { name: '知道了' }).click();
		await expect(me.backupNotice).toBeHidden();
		await page.reload();
		await expect(me.backupNotice).toBeHidden();
		expect((await me.storedBackups())[0]?.raw).toBe(fault.raw);
	});
}

/** Make every Storage method throw, as in private modes or with storage blocked. */
async function blockStorage(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const blocked = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		Storage.prototype.getItem = blocked;
		Storage.prototype.setItem = blocked;
		Storage.prototype.removeItem = blocked;
	});
}

test('blocked storage: every page works in memory and says so', async ({ page }) => {
	await blockStorage(page);
	const me = new MePage(page);
	for (const path of ['', 'source/', 'mistakes/']) {
		await me.goto(path);
		await expect(me.memoryNotice).toBeVisible();
		await expect(me.memoryNotice).toContainText('不允许本站保存数据');
	}
	expect(await me.axeViolations(), 'page with the memory notice').toEqual([]);
	await me.open();
	await me.answer(attemptResult('exam', [{ id: 'a-1', power: 'coverage', correct: false }]));
	await expect(me.recent).toHaveCount(1);
	await expect(me.masteryRow('组织覆盖力')).toContainText('0%');
	await me.fontSizeButton('大').click();
	await expect(page.locator('html')).toHaveAttribute('data-font-size', 'large');
	// The theme switch still works (Starlight's own would throw here).
	await page.getByRole('combobox', { name: '选择主题' }).first().selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a full quota: the site keeps working in memory, says so, and what was saved stays', async ({
	page,
}) => {
	const me = new MePage(page);
	await me.open();
	await me.answer(attemptResult('exam', [{ id: 'a-1', power: 'cohesion', correct: true }]));
	await expect(me.recent).toHaveCount(1);
	const saved = await me.stored();
	await page.addInitScript((key) => {
		// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its Storage as `this`
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (k: string, v: string) {
			if (k === key || k.startsWith('zuzhili'))
				throw new DOMException('full', 'QuotaExceededError');
			setItem.call(this, k, v);
		};
	}, STORAGE_KEY);
	await page.reload();
	await expect(me.memoryNotice).toBeVisible();
	await expect(me.memoryNotice).toContainText('存储空间已满');
	await me.answer(
		attemptResult('practice-cohesion', [{ id: 'a-2', power: 'cohesion', correct: false }]),
	);
	await expect(me.recent).toHaveCount(2);
	expect(await me.stored()).toBe(saved);
});

test('a corrupted value that cannot be backed up (quota) is left in place, not overwritten', async ({
	page,
}) => {
	const me = new MePage(page);
	await me.open();
	await page.evaluate((key) => localStorage.setItem(key, '{broken'), STORAGE_KEY);
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await page.reload();
	await expect(me.backupNotice).toBeVisible();
	await expect(me.backupNotice).toContainText('只保存在本页内存中');
	await me.answer(attemptResult('exam', [{ id: 'a-1', power: 'leadership', correct: true }]));
	await expect(me.recent).toHaveCount(1);
	expect(await me.stored()).toBe('{broken');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		me.backupNotice.getByRole('button', { name: '下载备份' }).click(),
	]);
	expect(backupFileRaw(await download.path())).toBe('{broken');
});

const hostile = [
	{ name: 'not JSON', text: '<script>alert(1)</script>', says: '文件格式不对' },
	{ name: 'another app’s JSON', text: '{"format":"other","data":[1]}', says: '不是本站导出' },
	{
		name: 'a prototype-polluting file',
		text: '{"format":"zuzhili-yanxue-progress","version":1,"exportedAt":1800000000000,"progress":{"__proto__":{"polluted":true}}}',
		// The prototype key is dropped on parsing; what is left is not a record of ours.
		says: '不是本站导出',
	},
	{
		name: 'a file with a malformed document',
		text: JSON.stringify({
			format: 'zuzhili-yanxue-progress',
			version: 1,
			exportedAt: 1_800_000_000_000,
			progress: { app: 'zuzhili-yanxue', version: 1, lessons: '<img src=x onerror=alert(1)>' },
		}),
		says: '文件内容有误',
	},
	{
		name: 'a file from a newer version',
		text: JSON.stringify({
			format: 'zuzhili-yanxue-progress',
			version: 5,
			exportedAt: 1,
			progress: {},
		}),
		says: '更新版本',
	},
];

for (const file of hostile) {
	test(`importing ${file.name} is refused with a message and changes nothing`, async ({ page }) => {
		const me = new MePage(page);
		await me.open();
		await me.answer(attemptResult('exam', [{ id: 'a-1', power: 'renewal', correct: true }]));
		await expect(me.recent).toHaveCount(1);
		const before = await me.stored();
		await me.importInput.setInputFiles({
			name: 'progress.json',
			mimeType: 'application/json',
			buffer: Buffer.from(file.text),
		});
		await expect(me.message).toContainText('导入失败');
		await expect(me.message).toContainText(file.says);
		await expect(me.message).toContainText('没有做任何改动');
		expect(await me.stored()).toBe(before);
		expect(
			await page.evaluate(() => (({}) as Record<string, unknown>)['polluted']),
		).toBeUndefined();
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		await expect(me.recent).toHaveCount(1);
	});
}
