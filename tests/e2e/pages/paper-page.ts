/** 组卷 (builder: the count table, presets, totals) and the online paper opened from its link. */
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
	/** The count field of one capacity and type, e.g. ('政治领导力', '单选'). */
	count(power: string, type: string) {
		return this.main.getByLabel(new RegExp(`^${power}·${type}题数（现有 \\d+）$`, 'u'));
	}
	get table() {
		return this.main.getByRole('table', { name: '各能力、各题型的题数' });
	}
	/** The number in the 合计 column of a capacity's row. */
	rowTotal(power: string) {
		return this.table.getByRole('row', { name: new RegExp(`^${power}`, 'u') }).locator('output');
	}
	get grandTotal() {
		return this.table.locator('[data-grand-total]');
	}
	preset(name: string) {
		return this.main.getByRole('group', { name: '快速填表' }).getByRole('button', { name });
	}
	async build(seed: string): Promise<string> {
		await this.main.getByLabel('随机种子（数字）').fill(seed);
		await this.main.getByRole('button', { name: '生成试卷' }).click();
		const link = this.link;
		await expect(link).toBeVisible();
		return link.inputValue();
	}
	get link() {
		return this.main.getByLabel('在线作答链接（同一种子、同一题序）');
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
