/**
 * Finds Java 17+ for the Nu HTML Checker (vnu-jar) in `npm test`. On Debian as root without it,
 * installs Debian's `default-jre-headless` (OpenJDK 17 on bookworm), the way ./browser.mjs installs
 * Chromium. Exits with an exact instruction otherwise.
 */
import { spawnSync } from 'node:child_process';
import { aptInstall, isDebianRoot } from './system-packages.mjs';

export const MIN_JAVA = 17;

/** The major version of `java` on the PATH, or undefined when there is none. */
export function javaMajor() {
	const run = spawnSync('java', ['-version'], { encoding: 'utf8' });
	if (run.error || run.status !== 0) return undefined;
	// `openjdk version "17.0.15" …` (or "1.8.0_…" for Java 8).
	const match = /version "(\d+)(?:\.(\d+))?/u.exec(`${run.stderr}${run.stdout}`);
	if (!match) return undefined;
	const major = Number(match[1]);
	return major === 1 ? Number(match[2]) : major;
}

/** Ensures Java ≥ 17 is on the PATH, installing it on Debian as root; throws with an instruction otherwise. */
export function ensureJava({ install = true } = {}) {
	let major = javaMajor();
	if (major !== undefined && major >= MIN_JAVA) return major;
	if (install && isDebianRoot()) {
		aptInstall('default-jre-headless', major ? `Java ${major} is too old` : 'No Java found');
		major = javaMajor();
		if (major !== undefined && major >= MIN_JAVA) return major;
	}
	throw new Error(
		[
			`The Nu HTML Checker in \`npm test\` needs Java ${MIN_JAVA}+ (found: ${major ?? 'none'}). Install one of:`,
			'  • Debian/Ubuntu:  sudo apt-get install default-jre-headless',
			'  • any OpenJDK 17 or newer, with `java` on the PATH',
		].join('\n'),
	);
}
