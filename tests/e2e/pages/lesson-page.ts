/**
 * A lesson page (`/lessons/<power>/`): its quotes, inline terms and previous/next links, as a learner
 * meets them.
 */
import type { Locator } from '@playwright/test';
import { BasePage } from './base-page';

export class LessonPage extends BasePage {
	async open(power: string): Promise<void> {
		await this.goto(`lessons/${power}/`);
	}

	/** Every element that holds a quote of the article. */
	get quotes(): Locator {
		return this.main.locator('[data-source]');
	}

	/** The link to 原文 that belongs to a quote element. */
	quoteLink(quote: Locator): Locator {
		return quote.locator('xpath=..').locator('a.quote-link');
	}

	/** An inline term's button, by its visible text. */
	term(text: string): Locator {
		return this.main.getByRole('button', { name: text, exact: true }).first();
	}

	/** The definition panel a term button controls. */
	async termPanel(button: Locator): Promise<Locator> {
		const id = await button.getAttribute('aria-controls');
		return this.page.locator(`[id="${id}"]`);
	}

	get nextLink(): Locator {
		return this.page.locator('.pagination-links a[rel="next"]');
	}

	get previousLink(): Locator {
		return this.page.locator('.pagination-links a[rel="prev"]');
	}
}
