/** 我的作业: the learner's side of an assignment link, the checklist and the receipt form. */
import { expect } from '@playwright/test';
import { IslandPage } from './island-page';

export class AssignmentPage extends IslandPage {
	/** Open a full link (as scanned or tapped) or a site path. */
	async openLink(url: string): Promise<void> {
		await this.page.goto(url);
		await this.hydrated();
		await expect(this.main.getByRole('heading', { name: '已接受的作业' })).toBeVisible();
	}
	get offer() {
		return this.main.getByRole('region', { name: '教员布置的作业' });
	}
	get invalidNotice() {
		return this.main.getByRole('alert').filter({ hasText: '无法打开这个作业链接' });
	}
	async accept(): Promise<void> {
		await this.offer.getByRole('button', { name: '接受作业' }).click();
		await expect(this.offer).toHaveCount(0);
	}
	card(className: string) {
		return this.main.getByRole('article', { name: className });
	}
	checklist(className: string) {
		return this.card(className).getByRole('list', { name: '学习内容' }).getByRole('listitem');
	}
	/** Fill name and unit, press 生成学习回执, return the code. */
	async makeReceipt(className: string, name: string, unit: string): Promise<string> {
		const card = this.card(className);
		await card.getByLabel('姓名').fill(name);
		await card.getByLabel('单位').fill(unit);
		await card.getByRole('button', { name: '生成学习回执' }).click();
		const code = card.getByLabel('回执码');
		await expect(code).toBeVisible();
		return code.inputValue();
	}
	async remove(className: string): Promise<void> {
		const card = this.card(className);
		await card.getByRole('button', { name: '移除这份作业' }).click();
		await card.getByRole('button', { name: '确定移除' }).click();
		await expect(this.card(className)).toHaveCount(0);
	}
	/** Ids of assignments saved in the learner's progress (the store's document in localStorage). */
	storedAssignmentIds(): Promise<string[]> {
		return this.page.evaluate(() => {
			const raw = localStorage.getItem('zuzhili-yanxue:progress');
			if (!raw) return [];
			const doc = JSON.parse(raw) as { assignments?: Record<string, { removedAt?: number }> };
			return Object.entries(doc.assignments ?? {})
				.filter(([, a]) => a.removedAt === undefined)
				.map(([id]) => id);
		});
	}
}
