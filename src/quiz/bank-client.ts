/**
 * The question bank in the browser: `/data/questions.json` (built by src/pages/data/questions.json.ts),
 * fetched once per page on first need and cached by the service worker for offline use.
 *
 * Owns: fetching and looking up questions by id in islands. Must not: validate (the build did) or
 * render anything from it as HTML.
 */
import type { Question } from '../schemas/question';
import { withBase } from '../site/paths';

let pending: Promise<Question[]> | undefined;

export function fetchBank(): Promise<Question[]> {
	pending ??= fetch(withBase('/data/questions.json')).then(async (response) => {
		if (!response.ok) throw new Error(`questions.json: HTTP ${response.status}`);
		return (await response.json()) as Question[];
	});
	pending.catch(() => {
		pending = undefined;
	});
	return pending;
}

/** The questions with these ids, in the given order; unknown ids are skipped. */
export function pickQuestions(bank: readonly Question[], ids: readonly string[]): Question[] {
	const byId = new Map(bank.map((q) => [q.id, q]));
	return ids.flatMap((id) => byId.get(id) ?? []);
}
