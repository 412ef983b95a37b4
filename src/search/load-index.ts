/**
 * Fetching `search/index.json` on first use, once per page; a failure is not cached, so "retry" works.
 * Owns: the fetch and the distinction between a missing and a corrupt index. Must not: render.
 */
import { withBase } from '../site/paths';
import { loadEngine, type SearchEngine } from './engine';
import { INDEX_PATH } from './index-format';

export type LoadFailure = 'missing' | 'corrupt';

export class IndexLoadError extends Error {
	constructor(readonly reason: LoadFailure) {
		super(reason);
	}
}

let pending: Promise<SearchEngine> | undefined;

async function fetchEngine(url: string): Promise<SearchEngine> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch {
		throw new IndexLoadError('missing');
	}
	if (!response.ok) throw new IndexLoadError('missing');
	try {
		return loadEngine(await response.json());
	} catch {
		throw new IndexLoadError('corrupt');
	}
}

/** The engine for this site, fetched once. Rejects with IndexLoadError. */
export function getEngine(url = withBase(INDEX_PATH)): Promise<SearchEngine> {
	pending ??= fetchEngine(url).catch((error: unknown) => {
		pending = undefined;
		throw error;
	});
	return pending;
}
