/**
 * Page object for the site search (header button + dialog), usable on any page.
 */
import { expect, type Page } from '@playwright/test';

export class SearchDialog {
	constructor(readonly page: Page) {}

	get button() {
		return this.page.getByRole('banner').getByRole('button', { name: /搜索/u });
	}
	get dialog() {
		return this.page.getByRole('dialog', { name: '全站搜索' });
	}
	get input() {
		return this.dialog.getByRole('searchbox');
	}
	get results() {
		return this.dialog.locator('a[data-result]');
	}
	group(label: string) {
		return this.dialog.getByRole('region', { name: label });
	}

	async open(): Promise<void> {
		await this.button.click();
		await expect(this.dialog).toBeVisible();
		await expect(this.input).toBeFocused();
	}

	/** Type a query and wait until the results shown answer it (results arrive asynchronously). */
	async search(query: string): Promise<void> {
		await this.input.fill(query);
		await expect(this.dialog.locator('.search-results')).toHaveAttribute('data-query', query);
	}

	async resultHrefs(): Promise<string[]> {
		return this.results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	}
}
