/** 组卷 (builder) and the online paper opened from its link. */
import { expect } from '@playwright/test';
import { IslandPage } from './island-page';

export class PaperPage extends IslandPage {
	async openBuilder(): Promise<void> {
		await this.goto('instructor/paper/');
		await this.hydrated();
		await expect(this.main.getByRole('button', { name: '生成试卷' })).toBeVisible();
	}
	get countInputs() {
		return this.main.getByLabel(/题数（现有 \d+）/u);
	}
	async build(seed: string): Promise<string> {
		await this.main.getByLabel('随机种子（数字）').fill(seed);
		await this.main.getByRole('button', { name: '生成试卷' }).click();
		const link = this.main.getByLabel('在线作答链接（同一种子、同一题序）');
		await expect(link).toBeVisible();
		return link.inputValue();
	}
	questionIds(): Promise<string[]> {
		return this.main
			.locator('[data-print-question]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-print-question') ?? ''));
	}
	get passMark() {
		return this.main.getByLabel('合格线（百分比）');
	}
	get sheet() {
		return this.main.locator('.zz-paper');
	}
	get answerKey() {
		return this.main.getByRole('heading', { name: '参考答案与解析' });
	}
}
