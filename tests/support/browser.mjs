/**
 * Finds a Chromium for the e2e suite, in this order: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's
 * own browser (if one was installed some other way). On Debian as root with none of them, installs
 * Debian's `chromium` package. Never downloads a browser build. Exits with an exact instruction otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

function isDebianRoot() {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	let debian;
	try {
		debian = /\b(debian|ubuntu)\b/iu.test(readFileSync('/etc/os-release', 'utf8'));
	} catch {
		debian = existsSync('/etc/debian_version');
	}
	return isRoot && debian && existsSync('/usr/bin/apt-get');
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
		console.log('[e2e] No Chromium found: installing Debian\'s "chromium" package (apt-get)…');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
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
