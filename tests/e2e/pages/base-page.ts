/**
 * Page objects for the e2e suite. `BasePage` knows the site's chrome (header, search, sidebar) and the
 * checks every page must pass; feature pages (SourcePage, LessonPage, QuizPage…) extend it so tests
 * stay short and read like what a learner does.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export class BasePage {
	constructor(readonly page: Page) {}

	/** Open a site path relative to the base (`'source/'`, not `'/source/'`). */
	async goto(path = ''): Promise<void> {
		await this.page.goto(path.replace(/^\/+/u, ''));
	}

	get main() {
		return this.page.locator('main');
	}

	/** axe with WCAG 2.1 AA rules; returns the violations (an empty list passes). */
	async axeViolations() {
		const results = await new AxeBuilder({ page: this.page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
			.analyze();
		return results.violations.map((v) => ({
			id: v.id,
			help: v.help,
			nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
		}));
	}

	/** True when the page is wider than the viewport (horizontal scrolling). */
	async overflowsHorizontally(): Promise<{ scrollWidth: number; clientWidth: number }> {
		return this.page.evaluate(() => ({
			scrollWidth: document.documentElement.scrollWidth,
			clientWidth: document.documentElement.clientWidth,
		}));
	}

	async expectTitle(text: string | RegExp): Promise<void> {
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(text);
	}
}

export class SourcePage extends BasePage {
	async open(anchor = ''): Promise<void> {
		await this.goto(`source/${anchor}`);
	}
	paragraph(id: string) {
		return this.page.locator(`p#${id}`);
	}
}
