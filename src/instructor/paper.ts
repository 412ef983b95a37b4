/**
 * 组卷: drawing a paper from the question bank by counts per capacity and type, with a seed, so the same
 * seed and counts always give the same questions in the same order; and the answer key of a question.
 * Owns: the draw, the paper order, answer keys. Must not: fetch the bank or render.
 *
 * Paper order: grouped by type (单选, 多选, 判断, 填空, 连线, 排序, 简答), within a type by capacity in
 * course order, within that in drawn order. Options are printed in bank order; the online test
 * (/paper/) must run the engine with option shuffling off (or with `optionOrder` below) so both match.
 */
import { POWER_IDS, type PowerId } from '../article/powers';
import { QUESTION_TYPES, type Question, type QuestionType } from '../schemas/question';

export type PaperCounts = Partial<Record<PowerId, Partial<Record<QuestionType, number>>>>;

/** mulberry32: a small, well-distributed 32-bit PRNG (deterministic across browsers and Node). */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

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
	const random = seededRandom(seed);
	const byType = new Map<QuestionType, string[]>(QUESTION_TYPES.map((t) => [t, []]));
	for (const power of POWER_IDS) {
		for (const type of QUESTION_TYPES) {
			const n = Math.max(0, Math.floor(counts[power]?.[type] ?? 0));
			if (n === 0) continue;
			const pool = bank
				.filter((q) => q.power === power && q.type === type)
				.map((q) => q.id)
				.sort();
			byType.get(type)!.push(...shuffled(pool, random).slice(0, n));
		}
	}
	return QUESTION_TYPES.flatMap((t) => byType.get(t)!);
}

/** A deterministic option order for a question on a paper (identity unless the engine adopts it). */
export function optionOrder(seed: number, questionId: string, n: number): number[] {
	let h = seed >>> 0;
	for (let i = 0; i < questionId.length; i++)
		h = Math.imul(h ^ questionId.charCodeAt(i), 0x01000193) >>> 0;
	return shuffled(
		Array.from({ length: n }, (_, i) => i),
		seededRandom(h),
	);
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

export function answerKey(q: Question): AnswerKey {
	switch (q.type) {
		case 'single':
			return { type: 'single', letters: [letter(q.answer)] };
		case 'multiple':
			return { type: 'multiple', letters: [...q.answer].sort((a, b) => a - b).map(letter) };
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

/** The right-hand column of a match question as printed: rights plus distractors, sorted by seed. */
export function matchColumn(q: Extract<Question, { type: 'match' }>, seed: number): string[] {
	return shuffled(
		[...q.pairs.map((p) => p.right), ...(q.distractors ?? [])],
		seededRandom(seed ^ q.id.length),
	);
}

/** The items of an order question as printed (shuffled by seed, never already in order when avoidable). */
export function orderItems(q: Extract<Question, { type: 'order' }>, seed: number): string[] {
	const random = seededRandom(seed + q.items.length);
	for (let i = 0; i < 5; i++) {
		const s = shuffled(q.items, random);
		if (s.some((x, k) => x !== q.items[k])) return s;
	}
	return [...q.items].reverse();
}
