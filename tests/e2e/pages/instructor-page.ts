/** 教员专区 home with the assignment builder. */
import { expect } from '@playwright/test';
import { IslandPage } from './island-page';

export class InstructorPage extends IslandPage {
	async open(): Promise<void> {
		await this.goto('instructor/');
		await this.hydrated();
	}
	group(name: string) {
		return this.main.getByRole('group', { name });
	}
	/** Tick the first `n` items of a group (课程 / 测验 / 情景案例); returns their labels and item refs. */
	async choose(groupName: string, n: number): Promise<{ label: string; ref: string }[]> {
		const boxes = this.group(groupName).getByRole('checkbox');
		const chosen: { label: string; ref: string }[] = [];
		for (let i = 0; i < n; i++) {
			const box = boxes.nth(i);
			await box.check();
			chosen.push({
				label: (await box.locator('xpath=..').innerText()).trim(),
				ref: (await box.getAttribute('value')) ?? '',
			});
		}
		return chosen;
	}
	async fill(fields: {
		className: string;
		passMark?: string;
		due?: string;
		note?: string;
	}): Promise<void> {
		await this.main.getByLabel('班级名称').fill(fields.className);
		if (fields.passMark !== undefined)
			await this.main.getByLabel('合格线（百分比）').fill(fields.passMark);
		if (fields.due) await this.main.getByLabel('截止日期（可不填）').fill(fields.due);
		if (fields.note) await this.main.getByLabel(/给学员的说明/u).fill(fields.note);
	}
	/** Press 生成作业链接 and return the link. */
	async create(): Promise<string> {
		await this.main.getByRole('button', { name: '生成作业链接' }).click();
		const link = this.main.getByLabel('作业链接');
		await expect(link).toBeVisible();
		return link.inputValue();
	}
	get qr() {
		return this.main.getByRole('img', { name: /作业二维码/u });
	}
	get error() {
		return this.main.getByRole('alert');
	}
}
