/**
 * 情景案例 end to end: every case plays to every one of its endings (paths derived from the case data
 * and its ending rules), focus moves to each new passage, the ending's debrief lists the decisions the
 * learner actually made (choice, grade, feedback, quote link) and offers next steps, and a
 * `zuzhili:case-ending` event fires and the store keeps the ending; a poor-then-good path does not
 * reach the best ending; the all-branches link appears only at an ending; a reload mid-case resumes;
 * back and restart work; keyboard-only play works; the 案例库 lists every case; the instructor page
 * lists every case's print view, which carries the facilitation guide and the ending rules.
 */
import { enumeratePaths, pathPerEnding, type CaseStep } from '../../src/cases/graph';
import type { Case } from '../../src/schemas/case';
import { CasePage, loadCases } from './pages/case-page';
import { BasePage } from './pages/base-page';
import { expect, test } from './fixtures';

const cases = loadCases();
const GRADE = { good: '恰当', partial: '部分恰当', poor: '欠妥' } as const;

/** The debrief lists exactly the decisions of `path`, with the choice, grade and quote link. */
async function expectDebrief(casePage: CasePage, data: Case, path: readonly CaseStep[]) {
	const decisions = path.filter((s) => s.choice !== undefined);
	await expect(casePage.pathTaken).toHaveCount(decisions.length);
	for (const [i, step] of decisions.entries()) {
		const node = data.nodes.find((n) => n.id === step.node)!;
		if (node.type !== 'decision') throw new Error('expected a decision');
		const choice = node.choices[step.choice!]!;
		const item = casePage.pathTaken.nth(i);
		await expect(item).toContainText(node.heading);
		await expect(item).toContainText(`你的选择：${choice.label}`);
		await expect(item).toContainText(`评价：${GRADE[choice.grade]}`);
		await expect(item).toContainText(choice.feedback);
		await expect(item.locator('q')).toHaveText(choice.source.quote);
		await expect(
			item.getByRole('link', { name: `原文第 ${choice.source.p.slice(1)} 段` }),
		).toHaveAttribute('href', `/xuexi/source/#${choice.source.p}`);
	}
}

test('there are nine cases, each with two or more endings and one best ending', () => {
	expect(cases).toHaveLength(9);
	for (const c of cases) {
		expect(pathPerEnding(c).length, c.id).toBeGreaterThanOrEqual(2);
		expect(
			c.nodes.filter((n) => n.type === 'ending' && n.best),
			c.id,
		).toHaveLength(1);
	}
});

for (const data of cases) {
	for (const [n, { ending, path }] of pathPerEnding(data).entries()) {
		test(`${data.id} plays to the ending「${ending}」`, async ({ page }) => {
			const casePage = new CasePage(page);
			await casePage.open(data.id);
			await page.evaluate(() => {
				const w = window as unknown as { endings: unknown[] };
				w.endings = [];
				window.addEventListener('zuzhili:case-ending', (e) =>
					w.endings.push((e as CustomEvent).detail),
				);
			});
			// Before the ending, nothing spoils the case.
			await expect(page.getByRole('link', { name: /全部分支/u })).toHaveCount(0);
			await casePage.play(data, path);

			const node = data.nodes.find((n) => n.id === ending)!;
			await expect(casePage.passageHeading).toContainText('结局');
			await expect(casePage.passageHeading).toContainText(node.heading);
			await expect(casePage.player.getByRole('heading', { name: '复盘' })).toBeVisible();
			await expectDebrief(casePage, data, path);
			// Every measure in the debrief links to its paragraph of 原文.
			if (node.type === 'ending') {
				const links = casePage.player.locator('.case-measures a');
				await expect(links).toHaveCount(node.measures.length);
				await expect(links.first()).toHaveAttribute(
					'href',
					`/xuexi/source/#${node.measures[0]!.p}`,
				);
			}
			// Next steps: the lesson, its quiz, and now the all-branches view.
			const next = casePage.nextSteps;
			await expect(next.getByRole('link', { name: /^回到课程：/u })).toHaveAttribute(
				'href',
				`/xuexi/lessons/${data.powers[0]}/`,
			);
			await expect(next.getByRole('link', { name: '做本课的随堂测验' })).toBeVisible();
			await expect(next.getByRole('link', { name: /全部分支/u })).toHaveAttribute(
				'href',
				`/xuexi/cases/${data.id}/print/`,
			);
			const endings = await page.evaluate(
				() => (window as unknown as { endings: unknown[] }).endings,
			);
			expect(endings).toEqual([
				expect.objectContaining({ caseId: data.id, endingId: ending, path }),
			]);
			// The progress store kept the ending and its path; that a reload keeps it is checked once
			// per case (the same store code runs for every ending).
			if (n === 0) await page.reload();
			const stored = await page.evaluate(() => localStorage.getItem('zuzhili-yanxue:progress'));
			expect(stored).toContain(`"${data.id}"`);
			expect(stored).toContain(`"${ending}"`);
		});
	}
}

/** A path whose first decision is poor and every later one good. */
function poorThenGood(data: Case): CaseStep[] | undefined {
	const grade = (s: CaseStep) => {
		const node = data.nodes.find((n) => n.id === s.node);
		return node?.type === 'decision' ? node.choices[s.choice!]!.grade : undefined;
	};
	return enumeratePaths(data).paths.find((p) => {
		const decisions = p.steps.filter((s) => s.choice !== undefined);
		return (
			decisions.length >= 3 &&
			grade(decisions[0]!) === 'poor' &&
			decisions.slice(1).every((s) => grade(s) === 'good')
		);
	})?.steps;
}

for (const data of cases) {
	const path = poorThenGood(data);
	if (!path) continue;
	test(`${data.id}: a poor first choice, then good ones, does not reach the best ending`, async ({
		page,
	}) => {
		const best = data.nodes.find((n) => n.type === 'ending' && n.best)!;
		const reached = data.nodes.find((n) => n.id === path.at(-1)!.node)!;
		expect(reached.id).not.toBe(best.id);
		const casePage = new CasePage(page);
		await casePage.open(data.id);
		await casePage.play(data, path);
		await expect(casePage.passageHeading).toContainText(reached.heading);
		await expect(casePage.passageHeading).not.toContainText(best.heading);
		await expectDebrief(casePage, data, path);
		await expect(casePage.pathTaken.first()).toContainText('评价：欠妥');
	});
}

test('a case in progress resumes after a reload, and restart forgets it', async ({ page }) => {
	const data = cases.find((c) => c.id === 'leadership-branch-meeting')!;
	const { path } = pathPerEnding(data)[0]!;
	const nodes = new Map(data.nodes.map((n) => [n.id, n]));
	const casePage = new CasePage(page);
	await casePage.open(data.id);
	await casePage.play(data, path.slice(0, 3));
	const d2 = nodes.get(path[2]!.node)!;
	if (d2.type !== 'decision') throw new Error('expected a decision');
	await casePage.choose(d2.choices[path[2]!.choice!]!.label);

	await page.reload();
	await casePage.waitForIsland();
	await expect(casePage.player.getByText('已回到你上次离开的地方。')).toBeAttached();
	await expect(casePage.passageHeading).toHaveText(d2.heading);
	await expect(casePage.outcomeHeading).toBeVisible();
	await expect(casePage.player).toContainText(d2.choices[path[2]!.choice!]!.feedback);
	// The earlier choice is still part of the walk: going on reaches the next decision.
	await casePage.continueTo(nodes.get(path[3]!.node)!.heading);

	await casePage.restartButton.click();
	await expect(casePage.passageHeading).toHaveText(data.nodes[0]!.heading);
	await page.reload();
	await casePage.waitForIsland();
	await expect(casePage.passageHeading).toHaveText(data.nodes[0]!.heading);
	await expect(casePage.backButton).toBeDisabled();
});

test('feedback links to the cited paragraph of 原文', async ({ page }) => {
	const data = cases[0]!;
	const casePage = new CasePage(page);
	await casePage.open(data.id);
	const [, second] = pathPerEnding(data)[0]!.path;
	const decision = data.nodes.find((n) => n.id === second!.node)!;
	if (decision.type !== 'decision') throw new Error('expected the second node to be a decision');
	await casePage.continueTo(decision.heading);
	const choice = decision.choices[0]!;
	await casePage.choose(choice.label);
	await expect(casePage.player.locator(`q[data-source="${choice.source.p}"]`)).toHaveText(
		choice.source.quote,
	);
	await casePage.player
		.getByRole('link', { name: `原文第 ${choice.source.p.slice(1)} 段` })
		.click();
	await expect(page).toHaveURL(new RegExp(`/source/#${choice.source.p}$`, 'u'));
});

test('back undoes one move at a time and restart returns to the start', async ({ page }) => {
	const data = cases[0]!;
	const { path } = pathPerEnding(data)[0]!;
	const nodes = new Map(data.nodes.map((n) => [n.id, n]));
	const casePage = new CasePage(page);
	await casePage.open(data.id);
	await expect(casePage.backButton).toBeDisabled();
	await casePage.play(data, path.slice(0, 3));
	const d1 = nodes.get(path[1]!.node)!;
	const d2 = nodes.get(path[2]!.node)!;
	await expect(casePage.passageHeading).toHaveText(d2.heading);

	// Back from the second decision: at the first decision again, nothing chosen, heading focused.
	await casePage.backButton.click();
	await expect(casePage.passageHeading).toHaveText(d1.heading);
	await expect(casePage.passageHeading).toBeFocused();
	await expect(casePage.submitButton).toBeVisible();
	await expect(casePage.player.getByRole('radio', { checked: true })).toHaveCount(0);

	// Choose, then back: the choice is undone.
	if (d1.type !== 'decision') throw new Error('expected a decision');
	await casePage.choose(d1.choices[1]!.label);
	await casePage.backButton.click();
	await expect(casePage.submitButton).toBeVisible();

	await casePage.restartButton.click();
	await expect(casePage.passageHeading).toHaveText(data.nodes[0]!.heading);
	await expect(casePage.passageHeading).toBeFocused();
	await expect(casePage.backButton).toBeDisabled();
});

test('a decision cannot be submitted empty, and can be made with the keyboard alone', async ({
	page,
}) => {
	const data = cases[0]!;
	const [, second] = pathPerEnding(data)[0]!.path;
	const decision = data.nodes.find((n) => n.id === second!.node)!;
	if (decision.type !== 'decision') throw new Error('expected a decision');
	const casePage = new CasePage(page);
	await casePage.open(data.id);
	await casePage.continueButton.focus();
	await page.keyboard.press('Enter');
	await expect(casePage.passageHeading).toBeFocused();

	await casePage.submitButton.click();
	await expect(casePage.player.getByRole('alert')).toHaveText('请先选择一个选项。');

	await casePage.player.getByRole('radio').first().focus();
	await page.keyboard.press('ArrowDown');
	await expect(
		casePage.player.getByRole('radio', { name: decision.choices[1]!.label, exact: true }),
	).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(casePage.outcomeHeading).toBeFocused();
	await expect(casePage.player).toContainText(decision.choices[1]!.feedback);
});

test('the 案例库 lists every case with its label, capacities and length, and no spoilers', async ({
	page,
}) => {
	const library = new BasePage(page);
	await library.goto('cases/');
	await library.expectTitle('案例库');
	for (const data of cases) {
		const card = page.locator(`[data-case="${data.id}"]`);
		await expect(card.getByRole('heading', { name: data.title })).toBeVisible();
		await expect(card).toContainText('情景模拟');
		await expect(card).toContainText(`约 ${data.minutes} 分钟`);
	}
	await expect(page.getByRole('link', { name: /全部分支/u })).toHaveCount(0);
	await page.getByRole('link', { name: cases[1]!.title, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/cases/${cases[1]!.id}/$`, 'u'));
	await expect(page.getByRole('link', { name: '案例库' }).first()).toBeVisible();
});

test("教员专区 lists every case's instructor page", async ({ page }) => {
	const home = new BasePage(page);
	await home.goto('instructor/');
	const list = page.locator('[data-case-prints]');
	for (const data of cases)
		await expect(list.getByRole('link', { name: data.title, exact: true })).toHaveAttribute(
			'href',
			`/xuexi/cases/${data.id}/print/`,
		);
});

test('the print view carries the facilitation guide, the ending rules, every node and every choice', async ({
	page,
}) => {
	const data = cases.at(-1)!;
	const view = new BasePage(page);
	await view.goto(`cases/${data.id}/print/`);
	const guide = page.locator('#facilitation');
	await expect(guide.getByRole('heading', { name: '教学组织建议' })).toBeVisible();
	await expect(guide).toContainText(`约 ${data.facilitation.minutes} 分钟`);
	await expect(guide.locator('.case-guide-question')).toHaveCount(
		data.nodes.filter((n) => n.type === 'decision').length,
	);
	for (const q of data.facilitation.questions) await expect(guide).toContainText(q.question);
	await expect(page.locator('#ending-rules li')).toHaveCount(data.endings.length);
	for (const node of data.nodes) {
		await expect(page.locator(`#node-${node.id}`).getByRole('heading', { level: 2 })).toHaveText(
			node.heading,
		);
	}
	const choices = data.nodes.flatMap((n) => (n.type === 'decision' ? n.choices : []));
	await expect(page.locator('.case-print-choice')).toHaveCount(choices.length);
});

test('the player has no axe violations at a decision, an outcome and an ending, light and dark', async ({
	page,
}) => {
	test.slow(); // eight axe runs
	const data = cases.at(-1)!;
	const { path } = pathPerEnding(data)[0]!;
	const casePage = new CasePage(page);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await casePage.open(data.id);
		await casePage.play(data, path.slice(0, 2));
		expect(await casePage.axeViolations(), `${scheme}: decision`).toEqual([]);
		const decision = data.nodes.find((n) => n.id === path[1]!.node)!;
		if (decision.type !== 'decision') throw new Error('expected a decision');
		await casePage.submitButton.click();
		expect(await casePage.axeViolations(), `${scheme}: error`).toEqual([]);
		await casePage.choose(decision.choices[path[1]!.choice!]!.label);
		expect(await casePage.axeViolations(), `${scheme}: outcome`).toEqual([]);
		await casePage.restartButton.click();
		await casePage.play(data, path);
		expect(await casePage.axeViolations(), `${scheme}: ending`).toEqual([]);
	}
});
