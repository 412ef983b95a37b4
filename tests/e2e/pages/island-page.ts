/** A page whose main content is a Preact island: waits until Astro has hydrated every island. */
import { expect } from '@playwright/test';
import { BasePage } from './base-page';

export class IslandPage extends BasePage {
	/** Astro removes `ssr` from <astro-island> once it has hydrated. */
	async hydrated(): Promise<void> {
		await expect(this.page.locator('astro-island[ssr]')).toHaveCount(0);
	}
}
