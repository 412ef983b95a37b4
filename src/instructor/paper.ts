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
import {
	isAboveRecall,
	QUESTION_TYPES,
	type QuestionLevel,
	type QuestionType,
} from '../schemas/question-types';

export type PaperCounts = Partial<Record<PowerId, Partial<Record<QuestionType, number>>>>;

/** How many questions the bank has per capacity and type (only of `levels`, when given). */
export function availableCounts(
	bank: readonly Question[],
	levels?: ReadonlySet<QuestionLevel>,
): Record<PowerId, Record<QuestionType, number>> {
	const counts = Object.fromEntries(
		POWER_IDS.map((p) => [p, Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0]))]),
	) as Record<PowerId, Record<QuestionType, number>>;
	for (const q of bank) if (ofLevels(q, levels)) counts[q.power][q.type] += 1;
	return counts;
}

function ofLevels(q: Question, levels: ReadonlySet<QuestionLevel> | undefined): boolean {
	return !levels || levels.has(q.level);
}

/** Options of a draw. */
export interface PaperDrawOptions {
	/**
	 * Least share (0–1) of each capacity's questions that are above recall (理解/应用/分析), as in
	 * 综合测试's blueprint. Met as far as the bank allows, type by type in paper order.
	 */
	aboveRecall?: number | undefined;
	/** Draw only questions of these levels (记忆/理解/应用/分析); all levels when absent. */
	levels?: ReadonlySet<QuestionLevel> | undefined;
}

/**
 * Question ids in paper order. Counts are taken as given, never more than a cell's pool: callers check
 * them first (./paper-form.ts says why a count cannot be met).
 */
export function drawPaper(
	bank: readonly Question[],
	counts: PaperCounts,
	seed: number,
	options: PaperDrawOptions = {},
): string[] {
	const random = prng(seed);
	const byType = new Map<QuestionType, string[]>(QUESTION_TYPES.map((t) => [t, []]));
	for (const power of POWER_IDS) {
		const asked = QUESTION_TYPES.reduce((sum, t) => sum + cellCount(counts, power, t), 0);
		let upperNeeded = Math.ceil(asked * (options.aboveRecall ?? 0) - 1e-9);
		for (const type of QUESTION_TYPES) {
			const n = cellCount(counts, power, type);
			if (n === 0) continue;
			const pool = bank
				.filter((q) => q.power === power && q.type === type && ofLevels(q, options.levels))
				.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
			const mixed = shuffleWith(pool, random);
			// The share above recall first (as many as still needed), then any level, in drawn order.
			const upper = mixed.filter((q) => isAboveRecall(q.level)).slice(0, Math.min(n, upperNeeded));
			upperNeeded -= upper.length;
			const rest = mixed.filter((q) => !upper.includes(q)).slice(0, n - upper.length);
			byType
				.get(type)!
				.push(...mixed.filter((q) => upper.includes(q) || rest.includes(q)).map((q) => q.id));
		}
	}
	return QUESTION_TYPES.flatMap((t) => byType.get(t)!);
}

function cellCount(counts: PaperCounts, power: PowerId, type: QuestionType): number {
	return Math.max(0, Math.floor(counts[power]?.[type] ?? 0));
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
