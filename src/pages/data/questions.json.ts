/**
 * `/data/questions.json`: the whole question bank as JSON, for islands that need any question by id
 * (错题本 retry, review queue, instructor papers). Fetched on demand and cached by the service worker.
 */
import type { APIRoute } from 'astro';
import { getQuestions } from '../../quiz/bank';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getQuestions()), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
