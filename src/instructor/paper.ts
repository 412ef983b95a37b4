/**
 * 组卷: drawing a paper from the question bank by counts per capacity and type, with a seed, so the same
 * seed and counts always give the same questions in the same order; and the answer key of a question.
 * Owns: the draw, the paper order, answer keys. Must not: fetch the bank or render.
 *
 * Paper order: grouped by type (单选, 多选, 判断, 填空, 连线, 排序, 简答), within a type by capacity in
 * course order, within that in drawn order. Options, match targets and order items are laid out by the
 * quiz engine's own `layoutQuestion(question, seed)` (src/quiz/layout.ts), so the printed paper and the
 * online test (the engine with the same seed) show the same letters in the same places.
 */
import { POWER_IDS, type PowerId } from '../article/powers';
import type { QuestionLayout } from '../quiz/layout';
import { prng, shuffleWith } from '../quiz/shuffle';
import { QUESTION_TYPES, type Question, type QuestionType } from '../schemas/question';

export type PaperCounts = Partial<Record<PowerId, Partial<Record<QuestionType, number>>>>;

/** How many questions the bank has per capacity and type. */
export function availableCounts(
	bank: readonly Question[],
): Record<PowerId, Record<QuestionType, number>> {
	const counts = Object.fromEntries(
		POWER_IDS.map((p) => [p, Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0]))]),
	) as Record<PowerId, Record<QuestionType, number>>;
	for (const q of bank) counts[q.power][q.type] += 1;
	return counts;
}

/** Question ids in paper order. Asking for more than the bank has takes all there are. */
export function drawPaper(bank: readonly Question[], counts: PaperCounts, seed: number): string[] {
	const random = prng(seed);
	const byType = new Map<QuestionType, string[]>(QUESTION_TYPES.map((t) => [t, []]));
	for (const power of POWER_IDS) {
		for (const type of QUESTION_TYPES) {
			const n = Math.max(0, Math.floor(counts[power]?.[type] ?? 0));
			if (n === 0) continue;
			const pool = bank
				.filter((q) => q.power === power && q.type === type)
				.map((q) => q.id)
				.sort();
			byType.get(type)!.push(...shuffleWith(pool, random).slice(0, n));
		}
	}
	return QUESTION_TYPES.flatMap((t) => byType.get(t)!);
}

/** Option letters A, B, C… */
export const letter = (i: number) => String.fromCharCode(65 + i);

/** The key of one question as plain strings (the page words and lays it out). */
export type AnswerKey =
	| { type: 'single' | 'multiple'; letters: string[] }
	| { type: 'judge'; value: boolean }
	| { type: 'blank'; blanks: string[][] }
	| { type: 'match'; pairs: [string, string][] }
	| { type: 'order'; items: string[] }
	| { type: 'short'; points: string[]; model: string | null };

/** The key as printed: choice letters follow the displayed option order (`layout.options`). */
export function answerKey(q: Question, layout: Pick<QuestionLayout, 'options'>): AnswerKey {
	const shown = (original: number) => {
		const at = layout.options.indexOf(original);
		return at < 0 ? original : at;
	};
	switch (q.type) {
		case 'single':
			return { type: 'single', letters: [letter(shown(q.answer))] };
		case 'multiple':
			return {
				type: 'multiple',
				letters: q.answer
					.map(shown)
					.sort((a, b) => a - b)
					.map(letter),
			};
		case 'judge':
			return { type: 'judge', value: q.answer };
		case 'blank':
			return { type: 'blank', blanks: q.blanks.map((b) => b.accept) };
		case 'match':
			return { type: 'match', pairs: q.pairs.map((p) => [p.left, p.right]) };
		case 'order':
			return { type: 'order', items: q.items };
		case 'short':
			return { type: 'short', points: q.points, model: q.answer ?? null };
	}
}
