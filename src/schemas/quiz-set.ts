/**
 * The quiz-set format: YAML files in `quizzes/sets/`, one set per file (file name = set id).
 *
 * kind: lesson (a lesson's 随堂测验), practice (per-capacity 专项练习), exam (综合测试, drawn by a
 * blueprint), daily (每日一练, drawn by the date). A set lists question ids or a blueprint, never both.
 * Owns: the shape of a set. Must not: resolve question ids (src/content-checks/ does that).
 */
import { z } from 'astro/zod';
import { POWER_IDS } from '../article/powers';
import { QUESTION_TYPES } from './question';
import { QUIZ_KINDS } from './quiz-kinds';

export { QUIZ_KINDS, type QuizKind } from './quiz-kinds';

export const BlueprintSchema = z.object({
	/** How many questions to draw per power, e.g. `{ leadership: 4, coverage: 4 }`. */
	perPower: z.partialRecord(z.enum(POWER_IDS), z.number().int().nonnegative()),
	/** Restrict the draw to these types (default: all). */
	types: z.array(z.enum(QUESTION_TYPES)).optional(),
	/**
	 * Least share (0–1) of each power's draw that is above recall (理解/应用/分析), e.g. 0.5 for
	 * 综合测试: of 4 per power, at least 2 are drawn from the items above recall.
	 */
	aboveRecall: z.number().min(0).max(1).optional(),
});

export const QuizSetSchema = z
	.object({
		/** The set's title as shown, e.g. 随堂测验：政治领导力. */
		title: z.string().trim().min(1),
		kind: z.enum(QUIZ_KINDS),
		/** The power the set belongs to (lesson and practice sets). */
		power: z.enum(POWER_IDS).optional(),
		/** practice: feedback per question with retry; test: graded at the end with a full review. */
		mode: z.enum(['practice', 'test']).default('practice'),
		/** Fixed question ids, in order (lesson and practice sets). */
		questions: z.array(z.string()).optional(),
		/** A draw from the bank (exam and daily sets). */
		blueprint: BlueprintSchema.optional(),
		/** Share of the maximum score needed to pass, 0–1. */
		passMark: z.number().min(0).max(1).default(0.6),
		/** Optional countdown in minutes (test mode). */
		timerMinutes: z.number().int().positive().optional(),
	})
	.refine((s) => (s.questions ? !s.blueprint : !!s.blueprint), {
		message: '题组必须写 questions（题号列表）或 blueprint（抽题蓝图），二者只能有一个',
	});
export type QuizSet = z.output<typeof QuizSetSchema>;
