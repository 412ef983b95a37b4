/**
 * Page objects for 我的学习 (/me/) and 错题本 (/mistakes/), plus helpers that act like the quiz
 * engine: `answer()` dispatches the engine's `zuzhili:attempt` event with an AttemptResult.
 */
import { expect } from '@playwright/test';
import type { PowerId } from '../../../src/article/powers';
import type { AttemptResult } from '../../../src/quiz/attempt';
import { BasePage } from './base-page';

export const STORAGE_KEY = 'zuzhili-yanxue:progress';
export const BACKUP_KEY = 'zuzhili-yanxue:progress-backup';

export interface Answered {
	id: string;
	power: PowerId;
	correct: boolean;
}

/** An AttemptResult exactly as the quiz engine reports it. */
export function attemptResult(
	quizId: string,
	answers: Answered[],
	finishedAt = Date.now(),
): AttemptResult {
	const score = answers.filter((a) => a.correct).length;
	return {
		version: 1,
		quizId,
		kind: quizId.startsWith('lesson-') ? 'lesson' : 'practice',
		mode: 'practice',
		seed: 7,
		startedAt: finishedAt - 30_000,
		finishedAt,
		questions: answers.map((a) => ({
			questionId: a.id,
			power: a.power,
			type: 'single',
			score: a.correct ? 1 : 0,
			correct: a.correct,
			selfAssessed: false,
			response: 0,
		})),
		score,
		maxScore: answers.length,
		passMark: 0.6,
		passed: score / answers.length >= 0.6,
	};
}

/** The site chrome every page has: the progress strip and its notices. */
export class ProgressChrome extends BasePage {
	get strip() {
		return this.page.locator('zz-progress-strip');
	}
	get summary() {
		return this.strip.locator('[data-summary]');
	}
	get backupNotice() {
		return this.page.getByRole('alert').filter({ hasText: '学习记录无法读取' });
	}
	get memoryNotice() {
		return this.page.getByRole('status').filter({ hasText: '学习进度暂时只保存在本页' });
	}
	fontSizeButton(name: '标准' | '大' | '特大') {
		return this.strip
			.getByRole('group', { name: '字号' })
			.getByRole('button', { name, exact: true });
	}

	/** Answer like the quiz engine does (the store listens on every page). */
	async answer(result: AttemptResult): Promise<void> {
		await expect(this.summary).not.toHaveText('读取中');
		await this.page.evaluate((detail) => {
			window.dispatchEvent(new CustomEvent('zuzhili:attempt', { detail }));
		}, result);
	}

	async stored(key = STORAGE_KEY): Promise<string | null> {
		return this.page.evaluate((k) => localStorage.getItem(k), key);
	}

	/** The stored progress document (parsed). */
	async storedDoc(): Promise<{ app: string; settings: { fontSize: string } }> {
		return JSON.parse((await this.stored()) ?? 'null') as {
			app: string;
			settings: { fontSize: string };
		};
	}

	/** The stored backups (parsed). */
	async storedBackups(): Promise<{ reason: string; raw: string }[]> {
		const raw = (await this.stored(BACKUP_KEY)) ?? '{"entries":[]}';
		return (JSON.parse(raw) as { entries: { reason: string; raw: string }[] }).entries;
	}

	/** Put a raw value under a key, then reload so the page starts from it. */
	async seed(raw: string, key = STORAGE_KEY): Promise<void> {
		await this.page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, raw]);
		await this.page.reload();
	}
}

export class MePage extends ProgressChrome {
	async open(): Promise<void> {
		await this.goto('me/');
		await expect(this.dashboard).toBeVisible();
	}
	get dashboard() {
		return this.page.locator('[data-dashboard]');
	}
	stat(name: 'completed' | 'streak' | 'due') {
		return this.page.locator(`[data-stat="${name}"] dd`);
	}
	masteryRow(power: string) {
		return this.page.locator('[data-mastery-table] tbody tr').filter({ hasText: power });
	}
	get radarValues() {
		return this.page.locator('[data-radar] polygon.value');
	}
	get recent() {
		return this.page.locator('[data-recent] li');
	}
	get importInput() {
		return this.page.getByLabel('选择导出的学习记录文件');
	}
	get message() {
		return this.page.locator('.zz-data .zz-message');
	}
}

export class MistakesPage extends ProgressChrome {
	async open(): Promise<void> {
		await this.goto('mistakes/');
		await expect(this.page.locator('[data-mistakes]')).toBeVisible();
	}
	get mistakeCount() {
		return this.page.locator('[data-mistake-count]');
	}
	get dueCount() {
		return this.page.locator('[data-due-count]');
	}
	group(power: string) {
		return this.page.locator(`[data-group="${power}"]`);
	}
	mistake(id: string) {
		return this.page.locator(`section[aria-labelledby="notebook"] [data-question="${id}"]`);
	}
	reviewItem(id: string) {
		return this.page.locator(`[data-review-list] [data-question="${id}"]`);
	}
}
