/**
 * Reading the files of a content kind from disk, with the same glob library and options as Astro's
 * `glob()` loader (tinyglobby, `expandDirectories: false`), so the content checks and the search
 * index read exactly the files the build loads.
 *
 * Owns: listing, reading and parsing YAML. Must not: validate (callers do).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import { entryId, type ContentKind } from './index';

export interface ContentFile {
	/** Path relative to the project root, with `/` separators (`quizzes/bank/extra/x.yaml`). */
	file: string;
	/** Path relative to the kind's base (`extra/x.yaml`). */
	entry: string;
	/** The entry id (`extra/x`), as the Astro collection names it. */
	id: string;
	source: string;
}

/** The kind's file paths under `root`, relative to its base, sorted. A missing folder has none. */
export function listContent(root: string, kind: Pick<ContentKind, 'base' | 'pattern'>): string[] {
	return globSync(kind.pattern, { cwd: join(root, kind.base), expandDirectories: false })
		.map((entry) => entry.replaceAll('\\', '/'))
		.sort();
}

/** Every file of the kind under `root`, read. */
export function readContent(
	root: string,
	kind: Pick<ContentKind, 'base' | 'pattern'>,
): ContentFile[] {
	return listContent(root, kind).map((entry) => ({
		file: `${kind.base}/${entry}`,
		entry,
		id: entryId(entry),
		source: readFileSync(join(root, kind.base, entry), 'utf8'),
	}));
}

/** Every YAML file of the kind under `root`, parsed; files that do not parse are left out (the checks report them). */
export function readYamlContent(
	root: string,
	kind: Pick<ContentKind, 'base' | 'pattern'>,
): (ContentFile & { data: unknown })[] {
	return readContent(root, kind).flatMap((file) => {
		try {
			return [{ ...file, data: parseYaml(file.source) as unknown }];
		} catch {
			return [];
		}
	});
}
