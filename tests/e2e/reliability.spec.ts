/**
 * Nothing a learner has done is ever lost (issue 21): hostile ids (`constructor`), storage that is
 * full or unreadable, two tabs submitting at once, imports with dates in the future.
 */
import { encodeAssignment } from '../../src/instructor/codec';
import { AssignmentPage } from './pages/assignment-page';
import { attemptResult, MePage, STORAGE_KEY } from './pages/progress-pages';
import { expect, test } from './fixtures';

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
