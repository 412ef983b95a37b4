/**
 * Installing a missing system tool for `npm test` the one way this project does it: only on Debian
 * or Ubuntu, only as root (CI on a fresh machine), with apt-get. Used for Chromium (./browser.mjs)
 * and Java (./java.mjs); everywhere else the caller stops with an exact instruction instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export function isDebianRoot() {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	let debian;
	try {
		debian = /\b(debian|ubuntu)\b/iu.test(readFileSync('/etc/os-release', 'utf8'));
	} catch {
		debian = existsSync('/etc/debian_version');
	}
	return isRoot && debian && existsSync('/usr/bin/apt-get');
}

/** apt-get install `pkg` (after an update), saying why. */
export function aptInstall(pkg, why) {
	console.log(`[e2e] ${why}: installing Debian's "${pkg}" package (apt-get)…`);
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', pkg], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}
