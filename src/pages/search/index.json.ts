/**
 * `search/index.json` (under the base): the document table and the index's main part, fetched by the
 * search dialog on first open; term and text shards (siblings) follow per query. All are precached by the
 * service worker (it caches *.json), so search works offline.
 */
import type { APIRoute } from 'astro';
import { siteIndexFiles } from '../../search/site-index';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(siteIndexFiles().main), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
