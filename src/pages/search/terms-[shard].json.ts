/** `search/terms-<k>.json`: one term shard of the search index (see src/search/index-format.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteIndexFiles } from '../../search/site-index';

export const getStaticPaths = (() =>
	siteIndexFiles().terms.map((_, shard) => ({
		params: { shard: String(shard) },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(JSON.stringify(siteIndexFiles().terms[Number(params['shard'])]), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
