/**
 * 情景案例 end to end: every case plays to every one of its endings (paths derived from the case data),
 * focus moves to each new passage, the ending shows the debrief and the path taken and publishes
 * a `zuzhili:case-ending` event that the progress store records; back and restart work; keyboard-only play works; the 案例库 lists
 * every case and the print view lays out every node.
 */
import { pathPerEnding } from '../../src/cases/graph';
import { CasePage, loadCases } from './pages/case-page';
import { BasePage } from './pages/base-page';
import { expect, test } from './fixtures';

const cases = loadCases();

test('there are at least seven cases, each with two or more endings', () => {
	expect(cases.length).toBeGreaterThanOrEqual(7);
	for (const c of cases) expect(pathPerEnding(c).length, c.id).toBeGreaterThanOrEqual(2);
});

for (const data of cases) {
	for (const { ending, path } of pathPerEnding(data)) {
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
			await casePage.play(data, path);

			const node = data.nodes.find((n) => n.id === ending)!;
			await expect(casePage.passageHeading).toContainText('结局');
			await expect(casePage.player.getByRole('heading', { name: '复盘' })).toBeVisible();
			const decisions = path.filter((s) => s.choice !== undefined);
			await expect(casePage.pathTaken).toHaveCount(decisions.length);
			const first = data.nodes.find((n) => n.id === decisions[0]!.node)!;
			if (first.type === 'decision') {
				await expect(casePage.pathTaken.first()).toContainText(
					first.choices[decisions[0]!.choice!]!.label,
				);
			}
			// Every measure in the debrief links to its paragraph of 原文.
			if (node.type === 'ending') {
				const links = casePage.player.locator('.case-measures a');
				await expect(links).toHaveCount(node.measures.length);
				await expect(links.first()).toHaveAttribute(
					'href',
					`/xuexi/source/#${node.measures[0]!.p}`,
				);
			}
			const endings = await page.evaluate(
				() => (window as unknown as { endings: unknown[] }).endings,
			);
			expect(endings).toEqual([
				expect.objectContaining({ caseId: data.id, endingId: ending, path }),
			]);
			// The progress store kept the ending and its path (it survives a reload).
			await page.reload();
			const stored = await page.evaluate(() => localStorage.getItem('zuzhili-yanxue:progress'));
			expect(stored).toContain(`"${data.id}"`);
			expect(stored).toContain(`"${ending}"`);
		});
	}
}

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

test('the 案例库 lists every case with its label, capacities and length', async ({ page }) => {
	const library = new BasePage(page);
	await library.goto('cases/');
	await library.expectTitle('案例库');
	for (const data of cases) {
		const card = page.locator(`[data-case="${data.id}"]`);
		await expect(card.getByRole('heading', { name: data.title })).toBeVisible();
		await expect(card).toContainText('情景模拟');
		await expect(card).toContainText(`约 ${data.minutes} 分钟`);
	}
	await page.getByRole('link', { name: cases[1]!.title, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/cases/${cases[1]!.id}/$`, 'u'));
	await expect(page.getByRole('link', { name: '案例库' }).first()).toBeVisible();
});

test('the print view lays out every node and every choice', async ({ page }) => {
	const data = cases.at(-1)!;
	const view = new BasePage(page);
	await view.goto(`cases/${data.id}/print/`);
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
