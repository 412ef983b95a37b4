/**
 * End-to-end tests in Debian's Chromium (found by tests/support/run-e2e.mjs, never downloaded).
 * Project "xuexi" runs every test against the site built under the sub-path `/xuexi/`; project
 * "root" runs the smoke tests against the site built at `/`.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './tests/support/browser.mjs';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Ports for the two static servers; E2E_PORT lets several checkouts run their suites side by side. */
const port = Number(process.env.E2E_PORT ?? 4322);
const rootPort = port + 1;
const use = { launchOptions: { executablePath, args: CHROMIUM_ARGS }, locale: 'zh-CN' };

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	// Generous: CI shares 2 cores, and whole-page axe runs (light + dark) on long pages take time.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	projects: [
		{ name: 'xuexi', use: { ...use, baseURL: `http://127.0.0.1:${port}/xuexi/` } },
		{
			name: 'root',
			testMatch: /smoke\.spec\.ts$/u,
			use: { ...use, baseURL: `http://127.0.0.1:${rootPort}/` },
		},
	],
	webServer: [
		{
			command: `node tests/support/static-server.mjs .e2e/xuexi ${port} /xuexi/`,
			url: `http://127.0.0.1:${port}/xuexi/`,
			reuseExistingServer: false,
		},
		{
			command: `node tests/support/static-server.mjs .e2e/root ${rootPort} /`,
			url: `http://127.0.0.1:${rootPort}/`,
			reuseExistingServer: false,
		},
	],
});
