/**
 * The question format's constants without the schema library, so browser code (the quiz island) can
 * use them without bundling zod. Re-exported by ./question.ts, the format's documented home.
 */
export const QUESTION_TYPES = [
	'single',
	'multiple',
	'judge',
	'blank',
	'match',
	'order',
	'short',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The marker for one blank inside a `blank` question's stem. */
export const BLANK_MARKER = '___';

/**
 * Cognitive level of a question (a question's `level`), lowest first. Shown to learners as
 * 记忆 (recall: reproduce one sentence or list of the article), 理解 (understand: a distinction,
 * a relation or the argument's structure), 应用 (apply: a 情景 in which the learner picks the
 * article's measure and its reason), 分析 (analyze: cause and effect or roles across sections).
 */
export const QUESTION_LEVELS = ['recall', 'understand', 'apply', 'analyze'] as const;
export type QuestionLevel = (typeof QUESTION_LEVELS)[number];

/** Difficulty of a question within its level: 1 easy, 2 medium, 3 hard. */
export const QUESTION_DIFFICULTIES = [1, 2, 3] as const;
export type QuestionDifficulty = (typeof QUESTION_DIFFICULTIES)[number];

/** True for every level above recall (理解, 应用, 分析). */
export function isAboveRecall(level: QuestionLevel | undefined): boolean {
	return level !== undefined && level !== 'recall';
}
