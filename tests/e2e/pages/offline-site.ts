/**
 * The site as an installed, offline app: waiting for the service worker to control the page, going
 * offline, and reading what the worker serves. Extends BasePage.
 */
import { expect } from '@playwright/test';
import { BasePage } from './base-page';

export class OfflineSite extends BasePage {
	/** Open the home page and wait until the service worker controls it (precache complete). */
	async install(): Promise<void> {
		await this.goto('');
		await this.page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await expect
			.poll(() => this.page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);
	}

	async goOffline(): Promise<void> {
		await this.page.context().setOffline(true);
	}

	/** Open a path and return whether the service worker answered it. */
	async openFromWorker(path: string): Promise<boolean> {
		const response = await this.page.goto(path.replace(/^\/+/u, ''), {
			waitUntil: 'domcontentloaded',
		});
		return response?.fromServiceWorker() ?? false;
	}

	/** Fetch a site path (relative to the base) from the page; resolves to the HTTP status. */
	async fetchStatus(path: string): Promise<number> {
		return this.page.evaluate(async (url) => {
			try {
				return (await fetch(url)).status;
			} catch {
				return 0;
			}
		}, new URL(path, this.page.url()).href);
	}
}
