/**
 * Test helper: the search engine over documents, with the index files served from memory exactly as
 * the build writes them (JSON round trip), and a log of which files a search fetched.
 */
import { buildIndexFiles } from '../../src/search/build-index';
import type { SearchDocument } from '../../src/search/documents';
import { openEngine } from '../../src/search/engine';
import { INDEX_FILE, termsFile, textFile } from '../../src/search/index-format';

export async function engineFor(docs: readonly SearchDocument[]) {
	const files = buildIndexFiles(docs);
	const served = new Map<string, string>([[INDEX_FILE, JSON.stringify(files.main)]]);
	files.terms.forEach((shard, k) => served.set(termsFile(k), JSON.stringify(shard)));
	files.texts.forEach((texts, k) => served.set(textFile(k), JSON.stringify(texts)));
	const fetched: string[] = [];
	const engine = await openEngine((file) => {
		fetched.push(file);
		const body = served.get(file);
		return body === undefined
			? Promise.reject(new Error(`404 ${file}`))
			: Promise.resolve(JSON.parse(body) as unknown);
	});
	return { engine, fetched, files, served };
}
