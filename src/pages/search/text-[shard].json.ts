/** `search/text-<k>.json`: the texts of one range of search documents, for result excerpts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteIndexFiles } from '../../search/site-index';

export const getStaticPaths = (() =>
	siteIndexFiles().texts.map((_, shard) => ({
		params: { shard: String(shard) },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(JSON.stringify(siteIndexFiles().texts[Number(params['shard'])]), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
