/**
 * Cognitive levels of questions (issue 15): `level: recall | understand | apply | analyze`, shown as
 * 记忆 / 理解 / 应用 / 分析. The question schema gains `level` on the bank branch; until then it is read
 * as optional, and a question without one shows no level.
 *
 * Owns: the level ids, their order and reading a question's level. Must not: hold UI text.
 */
export const LEVELS = ['recall', 'understand', 'apply', 'analyze'] as const;
export type Level = (typeof LEVELS)[number];

export function isLevel(value: unknown): value is Level {
	return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** A question's level, if it has a known one. */
export function levelOf(question: object): Level | undefined {
	const level = (question as { level?: unknown }).level;
	return isLevel(level) ? level : undefined;
}

/** Recall vs everything above it (理解、应用、分析), for the recall-vs-application split. */
export function isAboveRecall(level: Level): boolean {
	return level !== 'recall';
}
