/**
 * `search/index.json` (under the base): the whole search index, built once at build time from every
 * content adapter (src/search/sources/). Fetched by the search dialog on first open and precached by
 * the service worker (it caches *.json), so search works offline.
 */
import type { APIRoute } from 'astro';
import { buildIndex } from '../../search/build-index';
import { collectDocuments } from '../../search/sources';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(buildIndex(collectDocuments(process.cwd()))), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
