/**
 * Page objects for 情景案例: the case page with its player island, the 案例库 and the print view.
 * Also loads the cases from content/cases/ (through the same schema the build uses), so the tests
 * derive the paths they play from the data and stay right when the content changes.
 */
import { expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CaseSchema, type Case } from '../../../src/schemas/case';
import type { CaseStep } from '../../../src/cases/graph';
import { BasePage } from './base-page';

/** Every case in content/cases/, parsed. */
export function loadCases(): Case[] {
	return readdirSync('content/cases')
		.filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
		.sort()
		.map((name) => CaseSchema.parse(parse(readFileSync(`content/cases/${name}`, 'utf8'))));
}

export class CasePage extends BasePage {
	async open(id: string): Promise<void> {
		await this.goto(`cases/${id}/`);
		await this.waitForIsland();
	}

	/** client:visible: scroll to the player and wait until the island has hydrated. */
	async waitForIsland(): Promise<void> {
		await this.player.scrollIntoViewIfNeeded();
		await expect(this.page.locator('astro-island')).not.toHaveAttribute('ssr');
	}

	get player() {
		return this.page.locator('[data-case-player]');
	}
	/** The current passage's heading (focus moves here on each new passage). */
	get passageHeading() {
		return this.player.locator('article .case-heading');
	}
	get outcomeHeading() {
		return this.player.getByRole('heading', { name: '结果', exact: true });
	}
	get continueButton() {
		return this.player.getByRole('button', { name: '继续' });
	}
	get submitButton() {
		return this.player.getByRole('button', { name: '确定选择' });
	}
	get backButton() {
		return this.player.getByRole('button', { name: '返回上一步' });
	}
	get restartButton() {
		return this.player.getByRole('button', { name: '重新开始' });
	}
	get nextSteps() {
		return this.player.getByRole('navigation', { name: '接下来' });
	}
	get pathTaken() {
		return this.player.getByRole('region', { name: '你走过的路径' }).getByRole('listitem');
	}

	/** Pick a choice by its label and submit; the outcome heading receives focus. */
	async choose(label: string): Promise<void> {
		await this.player.getByRole('radio', { name: label, exact: true }).check();
		await this.submitButton.click();
		await expect(this.outcomeHeading).toBeFocused();
	}

	/** Continue to the next passage; its heading receives focus. */
	async continueTo(heading: string): Promise<void> {
		await this.continueButton.click();
		await expect(this.passageHeading).toContainText(heading);
		await expect(this.passageHeading).toBeFocused();
	}

	/** Play a whole path (as from pathPerEnding), checking each passage and the focus on the way. */
	async play(data: Case, path: readonly CaseStep[]): Promise<void> {
		const nodes = new Map(data.nodes.map((n) => [n.id, n]));
		await expect(this.passageHeading).toHaveText(nodes.get(path[0]!.node)!.heading);
		for (let i = 0; i < path.length - 1; i++) {
			const step = path[i]!;
			const node = nodes.get(step.node)!;
			if (node.type === 'decision') {
				await expect(this.player.getByRole('group', { name: node.question })).toBeVisible();
				await this.choose(node.choices[step.choice!]!.label);
			}
			await this.continueTo(nodes.get(path[i + 1]!.node)!.heading);
		}
	}
}
