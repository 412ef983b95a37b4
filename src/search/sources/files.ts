/**
 * Reading content files for search adapters: a missing folder is simply empty (content lands over time).
 * Owns: listing and reading files under the project root. Must not: parse their formats.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files under `root/dir` (recursively) whose names match `pattern`, skipping `_`-prefixed names. */
export function listFiles(root: string, dir: string, pattern: RegExp): string[] {
	const base = join(root, dir);
	if (!existsSync(base)) return [];
	const walk = (at: string): string[] =>
		readdirSync(at)
			.filter((name) => !name.startsWith('_') && !name.startsWith('.'))
			.sort()
			.flatMap((name) => {
				const path = join(at, name);
				if (statSync(path).isDirectory()) return walk(path);
				return pattern.test(name) ? [path] : [];
			});
	return walk(base).map((path) => relative(base, path));
}

export function readText(root: string, dir: string, file: string): string {
	return readFileSync(join(root, dir, file), 'utf8');
}
