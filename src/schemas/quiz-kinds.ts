/**
 * The quiz-set kinds without the schema library, so browser code (the progress store) can use them
 * without bundling zod. Re-exported by ./quiz-set.ts, the format's documented home.
 */
export const QUIZ_KINDS = ['lesson', 'practice', 'exam', 'daily'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];
