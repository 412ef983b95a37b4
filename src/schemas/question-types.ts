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
