/**
 * Recall on the repo's query set (tests/search-queries.json), against an index built from the real
 * content exactly as the build does, counted on the links in the order the dialog displays them, with the
 * scoring the benchmark uses (tests/support/search-queries.mjs). The side-by-side with Pagefind and the
 * held-out figures to quote come from `npm run bench -- search`; this test guards against regressions.
 */
import { describe, expect, it } from 'vitest';
import { collectDocuments } from '../../src/search/sources';
import { displayOrder, layoutResults } from '../../src/search/group';
import { engineFor } from '../support/search-engine';
import { family, half, loadQueries, opens, rankOf, scores } from '../support/search-queries.mjs';

const KEYWORD_BAR = 0.95;
const QUESTION_BAR = 0.9;
/** Building the index from all content and running every query takes a few seconds on a busy machine. */
const TIMEOUT = 60_000;
const queries = loadQueries();
const docs = collectDocuments(process.cwd());

describe('the query set', () => {
	it('has ≥ 120 queries with unique ids, ≥ 40 of them natural-language questions, in two balanced halves', () => {
		expect(queries.length).toBeGreaterThanOrEqual(120);
		expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
		const questions = queries.filter((q) => family(q) === 'question');
		expect(questions.length).toBeGreaterThanOrEqual(40);
		for (const h of ['tune', 'test']) {
			expect(questions.filter((q) => half(q.id) === h).length).toBeGreaterThanOrEqual(20);
			expect(queries.filter((q) => half(q.id) === h).length).toBeGreaterThanOrEqual(60);
		}
	});

	it('expects only places that exist: every expected path is opened by some search document', () => {
		for (const q of queries) {
			expect(q.expect.length, q.id).toBeGreaterThan(0);
			for (const e of q.expect) {
				expect(
					docs.some((d) => opens(e, d.url)),
					`${q.id} expects ${e}`,
				).toBe(true);
			}
		}
	});

	it('gives every question its 原文 paragraphs', () => {
		for (const q of queries.filter((x) => family(x) === 'question')) {
			expect(
				q.expect.every((e) => /^source\/#p\d+$/u.test(e)),
				q.id,
			).toBe(true);
		}
	});
});

describe('search recall on the real content', () => {
	it(
		`keyword recall@5 ≥ ${KEYWORD_BAR}; natural-language questions (held-out) recall@5 ≥ ${QUESTION_BAR}`,
		async () => {
			const { engine } = await engineFor(docs);
			const ranks = new Map<string, number>();
			const misses: string[] = [];
			for (const q of queries) {
				// Scored as the dialog shows them, after grouping by kind.
				const shown = displayOrder(layoutResults(await engine.search(q.q))).map((h) => h.doc.url);
				const rank = rankOf(q.expect, shown);
				ranks.set(q.id, rank);
				if (rank === 0 || rank > 5)
					misses.push(
						`${q.id}「${q.q}」 → ${q.expect.join(' | ')}; got ${shown.slice(0, 5).join(', ')}`,
					);
			}
			const of = (pick: (q: (typeof queries)[number]) => boolean) =>
				scores(queries.filter(pick).map((q) => ranks.get(q.id) ?? 0));
			const keyword = of((q) => family(q) === 'keyword');
			const questionsHeldOut = of((q) => family(q) === 'question' && half(q.id) === 'test');
			const questionsTuning = of((q) => family(q) === 'question' && half(q.id) !== 'test');
			for (const miss of misses) console.info(`[search-recall] miss ${miss}`);
			console.info(
				`[search-recall] keyword (${keyword.n}): recall@1 ${keyword.recall1.toFixed(3)}, recall@5 ${keyword.recall5.toFixed(3)}; ` +
					`questions held-out (${questionsHeldOut.n}): recall@1 ${questionsHeldOut.recall1.toFixed(3)}, recall@5 ${questionsHeldOut.recall5.toFixed(3)}; ` +
					`questions tuning (${questionsTuning.n}): recall@1 ${questionsTuning.recall1.toFixed(3)}, recall@5 ${questionsTuning.recall5.toFixed(3)}`,
			);
			expect(keyword.recall5).toBeGreaterThanOrEqual(KEYWORD_BAR);
			expect(questionsHeldOut.recall5).toBeGreaterThanOrEqual(QUESTION_BAR);
		},
		TIMEOUT,
	);
});
