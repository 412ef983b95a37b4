/**
 * End-to-end tests in Debian's Chromium (found by tests/support/run-e2e.mjs, never downloaded).
 * Project "xuexi" runs every test against the site built under the sub-path `/xuexi/`; project
 * "root" runs the smoke tests against the site built at `/`.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './tests/support/browser.mjs';
import { freePortPair } from './tests/support/free-ports.mjs';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Ports for the two static servers (`port` and `port + 1`): free ones, found once in the main process
 * and handed to the workers through the environment; E2E_PORT sets them instead.
 */
process.env['E2E_PORT'] ??= String(freePortPair());
const port = Number(process.env['E2E_PORT']);
const rootPort = port + 1;
const use = { launchOptions: { executablePath, args: CHROMIUM_ARGS }, locale: 'zh-CN' };

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	// The summary reporter goes last: its `N passed, N failed` is the run's final line (CI reads it).
	reporter: [
		['list'],
		...(process.env.CI ? [] : [['html', { open: 'never' }] as const]),
		['./tests/support/summary-reporter.mjs'],
	],
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
