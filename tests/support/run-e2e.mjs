/**
 * `npm run test:e2e`: finds (or installs) Chromium and Java 17+ (for the Nu HTML Checker), builds the site twice — once under the sub-path
 * base `/xuexi/` (the whole suite runs there) and once at the root (a smoke project) — then runs
 * Playwright. Extra arguments are passed to Playwright (e.g. a file filter or `--grep`).
 * Before Playwright, the whole-site checks run on the same builds (tests/support/site-checks.mjs:
 * Nu HTML Checker, links and anchors, byte budgets); a failure there fails the run after Playwright.
 * Set E2E_SKIP_BUILD=1 to reuse the last builds while iterating.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser.mjs';
import { ensureJava } from './java.mjs';
import { runSiteChecks } from './site-checks.mjs';

function run(cmd, args, env = {}) {
	const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

let chromium;
try {
	chromium = findChromium();
} catch (error) {
	console.error(`\n${error.message}\n`);
	process.exit(1);
}
console.log(`[e2e] Chromium: ${chromium}`);
try {
	console.log(`[e2e] Java ${ensureJava()} (for the Nu HTML Checker)`);
} catch (error) {
	console.error(`\n${error.message}\n`);
	process.exit(1);
}

const astro = 'node_modules/.bin/astro';
// The suite lists pages from the sitemap, which a build only has with a SITE_URL (any origin will do:
// only the paths are read).
const SITE_URL = process.env.SITE_URL ?? 'http://127.0.0.1';
if (!process.env.E2E_SKIP_BUILD) {
	run(process.execPath, [astro, 'build', '--outDir', '.e2e/xuexi', '--silent'], {
		BASE_PATH: '/xuexi/',
		SITE_URL,
	});
	run(process.execPath, [astro, 'build', '--outDir', '.e2e/root', '--silent'], {
		BASE_PATH: '/',
		SITE_URL,
	});
}
const siteChecks = runSiteChecks();
run(process.execPath, ['node_modules/.bin/playwright', 'test', ...process.argv.slice(2)], {
	CHROMIUM_PATH: chromium,
});
if (siteChecks !== 0) {
	console.error('\n[e2e] Playwright passed, but the whole-site checks above failed.');
	process.exit(siteChecks);
}
