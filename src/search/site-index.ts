/**
 * The site's search index files, built once per build from every content adapter and shared by the
 * `search/*.json` endpoints. Owns: that memo. Must not: be imported by browser code.
 */
import { buildIndexFiles, type IndexFiles } from './build-index';
import { collectDocuments } from './sources';

let files: IndexFiles | undefined;

export function siteIndexFiles(): IndexFiles {
	files ??= buildIndexFiles(collectDocuments(process.cwd()));
	return files;
}
