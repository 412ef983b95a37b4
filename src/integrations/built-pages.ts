/**
 * The HTML pages of a finished build, for the astro:build:done steps that rewrite them
 * (./valid-html.ts, ./csp-complete.ts). Owns: finding them. Must not: change them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Absolute paths of every .html file under `dir`, at any depth. */
export function builtPages(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}
