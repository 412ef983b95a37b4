/**
 * Finds a Chromium for the e2e suite, in this order: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's
 * own browser (if one was installed some other way). On Debian as root with none of them, installs
 * Debian's `chromium` package. Never downloads a browser build. Exits with an exact instruction otherwise.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { aptInstall, isDebianRoot } from './system-packages.mjs';

const require = createRequire(import.meta.url);

/** Playwright's own Chromium, if one happens to be installed (we never download it). */
function playwrightBrowser() {
	try {
		const { chromium } = require('@playwright/test');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/** @returns {string} the path of a Chromium executable */
export function findChromium({ install = true } = {}) {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	const own = playwrightBrowser();
	if (own) return own;
	if (install && isDebianRoot()) {
		aptInstall('chromium', 'No Chromium found');
		if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	}
	throw new Error(
		[
			'No Chromium found for the end-to-end tests. Install one of:',
			'  • Debian/Ubuntu:  sudo apt-get install chromium   (gives /usr/bin/chromium)',
			'  • any Chromium or Chrome, then:  CHROMIUM_PATH=/path/to/chromium npm test',
			'This project never downloads a browser build by itself.',
		].join('\n'),
	);
}

/** Launch flags that keep Chromium quiet on a closed network and working as root. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
