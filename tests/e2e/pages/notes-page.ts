/**
 * 教学笔记, 学习心得提纲 and 支部对照自查清单 pages, as an instructor uses them.
 */
import { BasePage } from './base-page';

export class NotesPage extends BasePage {
	async open(power = ''): Promise<void> {
		await this.goto(`instructor/notes/${power ? `${power}/` : ''}`);
	}
	/** Every quote of the article on the page (the element holds exactly the quoted words). */
	get quotes() {
		return this.main.locator('q[data-source]');
	}
	section(name: string) {
		return this.main.getByRole('heading', { level: 2, name });
	}
	/** The timed plan's segments. */
	get planItems() {
		return this.main.locator('.zz-note-plan > li');
	}
	/** Discussion prompts (研讨题 1…). */
	get prompts() {
		return this.main.getByRole('heading', { level: 3, name: /^研讨题 \d/u });
	}
	link(name: string | RegExp) {
		return this.main.getByRole('link', { name });
	}
}

export class ChecklistPage extends BasePage {
	async open(version: 'village' | 'community' | '' = ''): Promise<void> {
		await this.goto(`instructor/checklist/${version ? `${version}/` : ''}`);
	}
	get items() {
		return this.main.locator('.zz-check-item');
	}
	get quotes() {
		return this.main.locator('q[data-source]');
	}
}
