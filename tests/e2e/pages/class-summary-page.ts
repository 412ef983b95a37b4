/** 班级汇总: paste receipts, read the table, sort, export CSV. */
import { expect, type Download } from '@playwright/test';
import { IslandPage } from './island-page';

export class ClassSummaryPage extends IslandPage {
	async open(): Promise<void> {
		await this.goto('instructor/class/');
		await this.hydrated();
	}
	async paste(text: string): Promise<void> {
		await this.main.getByLabel('回执码', { exact: true }).fill(text);
		await this.main.getByRole('button', { name: '汇总' }).click();
		await expect(this.table).toBeVisible();
	}
	get counts() {
		return this.main.getByRole('status').filter({ hasText: '有效回执' });
	}
	/** The class table (全班完成情况), not the insights' tables above it. */
	get table() {
		return this.main.getByRole('table', { name: '全班完成情况' });
	}
	get bodyRows() {
		return this.table.locator('tbody tr');
	}
	header(name: string) {
		return this.table.getByRole('columnheader', { name });
	}
	async sortBy(name: string): Promise<void> {
		await this.table.getByRole('button', { name: `按「${name}」排序` }).click();
	}
	get invalidCodes() {
		return this.main.getByTestId('invalid-codes').getByRole('listitem');
	}
	get duplicates() {
		return this.main.getByTestId('duplicates').getByRole('listitem');
	}
	async exportCsv(): Promise<Download> {
		const download = this.page.waitForEvent('download');
		await this.main.getByRole('button', { name: '导出 CSV' }).click();
		return download;
	}
}
