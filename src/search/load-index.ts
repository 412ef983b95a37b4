/**
 * Opening the site's search index on first use, once per page; a failure is not cached, so "retry"
 * works. Owns: fetching `search/*.json` under the base and telling a missing index from a corrupt one.
 * Must not: render.
 */
import { withBase } from '../site/paths';
import { openEngine, type SearchEngine } from './engine';
import { INDEX_DIR } from './index-format';

export type LoadFailure = 'missing' | 'corrupt';

export class IndexLoadError extends Error {
	constructor(readonly reason: LoadFailure) {
		super(reason);
	}
}

/** Fetch one index file; a network error or a non-2xx status is "missing", bad JSON "corrupt". */
async function fetchJson(file: string): Promise<unknown> {
	let response: Response;
	try {
		response = await fetch(withBase(INDEX_DIR + file));
	} catch {
		throw new IndexLoadError('missing');
	}
	if (!response.ok) throw new IndexLoadError('missing');
	try {
		return (await response.json()) as unknown;
	} catch {
		throw new IndexLoadError('corrupt');
	}
}

/** Map any failure of opening or searching to an IndexLoadError. */
export function asLoadError(error: unknown): IndexLoadError {
	return error instanceof IndexLoadError ? error : new IndexLoadError('corrupt');
}

let pending: Promise<SearchEngine> | undefined;

/** The engine for this site, opened once. Rejects with IndexLoadError. */
export function getEngine(): Promise<SearchEngine> {
	pending ??= openEngine(fetchJson).catch((error: unknown) => {
		pending = undefined;
		throw asLoadError(error);
	});
	return pending;
}
