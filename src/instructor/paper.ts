/**
 * 组卷: drawing a paper from the question bank by counts per capacity and type, with a seed, so the same
 * seed and counts always give the same questions in the same order; and the answer key of a question.
 * Owns: the draw and the paper order (answer keys: src/quiz/answer-key.ts). Must not: fetch the bank or render.
 *
 * Paper order: grouped by type (单选, 多选, 判断, 填空, 连线, 排序, 简答), within a type by capacity in
 * course order, within that in drawn order. Options, match targets and order items are laid out by the
 * quiz engine's own `layoutQuestion(question, seed)` (src/quiz/layout.ts), so the printed paper and the
 * online test (the engine with the same seed) show the same letters in the same places.
 */
import { POWER_IDS, type PowerId } from '../article/powers';
import { prng, shuffleWith } from '../quiz/shuffle';
import type { Question } from '../schemas/question';
import { QUESTION_TYPES, type QuestionType } from '../schemas/question-types';

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

/** Which of a paper link's question ids this site's bank has, in paper order, and which it lacks. */
export function paperAvailability(
	ids: readonly string[],
	bankIds: ReadonlySet<string>,
): { present: string[]; missing: string[] } {
	return {
		present: ids.filter((id) => bankIds.has(id)),
		missing: ids.filter((id) => !bankIds.has(id)),
	};
}
