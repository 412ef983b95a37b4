/**
 * The question-bank format: YAML files in `quizzes/bank/`, each `{ questions: [...] }`.
 *
 * This is a documented, hand-written format (see README "Writing questions"): keep field names stable.
 * Every question has `id`, `power`, `type`, `stem`, `explanation` and `source: { p, quote }`;
 * the type decides the rest:
 *   single   options (2–6) + answer: index            多选 multiple: options + answer: [indices] (≥2)
 *   judge    answer: true | false                     blank: stem with ___ per blank + blanks[].accept
 *   match    pairs: [{ left, right }] (+ distractors)  order: items in the right order (+ itemSources)
 *   short    points: reference points (+ answer: a model answer)
 * Every question also carries `level` (recall | understand | apply | analyze — 记忆 / 理解 / 应用 / 分析),
 * `difficulty` (1 | 2 | 3), optionally `fact` (a kebab-case id shared by items that test the same fact
 * of the article) and, on single choice only, `keyLengthExempt` (why the key may be longer than 1.5 × the
 * longest distractor).
 * Owns: the shape of one question. Must not: check quotes against the article or ids across files —
 * that is src/content-checks/quiz-checks.ts, shared by the build and the unit tests.
 */
import { z } from 'astro/zod';
import { PARAGRAPH_IDS, POWER_IDS } from '../article/powers';
import {
	BLANK_MARKER,
	QUESTION_DIFFICULTIES,
	QUESTION_LEVELS,
	QUESTION_TYPES,
	isAboveRecall,
	type QuestionDifficulty,
	type QuestionLevel,
	type QuestionType,
} from './question-types';
import { isReservedId } from './ids';

export {
	BLANK_MARKER,
	QUESTION_DIFFICULTIES,
	QUESTION_LEVELS,
	QUESTION_TYPES,
	isAboveRecall,
	type QuestionDifficulty,
	type QuestionLevel,
	type QuestionType,
};

const text = z.string().trim().min(1);

/** An option: plain text, or text with feedback that says why it is right or wrong. */
export const OptionSchema = z.union([
	text.transform((t) => ({ text: t, feedback: undefined as string | undefined })),
	z.object({
		/** The option as shown. */
		text,
		/** Why choosing this option is right or wrong (shown after answering). */
		feedback: text.optional(),
	}),
]);

export const SourceSchema = z.object({
	/** The paragraph the question is drawn from, p1…p14. */
	p: z.enum(PARAGRAPH_IDS, {
		error: (i) => `source.p 必须是 p1…p14（收到 ${JSON.stringify(i.input)}）`,
	}),
	/** A verbatim quote from that paragraph (checked under the quote rule at build). */
	quote: text,
});

const base = {
	/** Unique across the bank, e.g. `lead-single-01`. Lower-case letters, digits and dashes. */
	id: z
		.string()
		.regex(/^[a-z0-9][a-z0-9-]*$/u, 'id 只能用小写字母、数字和连字符')
		.refine((id) => !isReservedId(id), {
			message:
				'id 不能是 constructor、prototype、toString 等保留名（它们会与浏览器内置名称冲突），请换一个',
		}),
	/** The capacity tested: overview, leadership, coverage, cohesion, development, renewal or synthesis. */
	power: z.enum(POWER_IDS, {
		error: (i) => `power 必须是 ${POWER_IDS.join(' / ')} 之一（收到 ${JSON.stringify(i.input)}）`,
	}),
	/** The question as asked. */
	stem: text,
	/** Why the right answer is right (shown in feedback and the review). */
	explanation: text,
	source: SourceSchema,
	/**
	 * What the question asks of the learner: recall 记忆 (one sentence or list of the article),
	 * understand 理解 (a distinction, a relation, the argument's structure), apply 应用 (a 情景: which
	 * measure of the article fits and why), analyze 分析 (cause and effect, roles across sections).
	 */
	level: z.enum(QUESTION_LEVELS, {
		error: (i) =>
			`level 必须是 ${QUESTION_LEVELS.join(' / ')} 之一（记忆 / 理解 / 应用 / 分析；收到 ${JSON.stringify(i.input)}）`,
	}),
	/** 1 easy · 2 medium · 3 hard. */
	difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], {
		error: (i) => `difficulty 必须是 1、2 或 3（收到 ${JSON.stringify(i.input)}）`,
	}),
	/**
	 * The fact of the article the question targets, a kebab-case id such as `five-roles`; questions that
	 * test the same fact share it (at most two per pool: a power's whole bank, or one set).
	 */
	fact: z
		.string()
		.regex(
			/^[a-z0-9]+(?:-[a-z0-9]+)*$/u,
			'fact 必须是小写字母、数字和连字符组成的 id，如 five-roles',
		)
		.optional(),
};

export const SingleSchema = z.object({
	...base,
	type: z.literal('single'),
	options: z.array(OptionSchema).min(2).max(6),
	/** Index (0-based) of the one correct option. */
	answer: z.number().int(),
	/**
	 * Why the key may be longer than 1.5 × the longest distractor (e.g. it must quote a fixed
	 * formulation in full). Without it the build rejects a conspicuously long key.
	 */
	keyLengthExempt: text.optional(),
});
export const MultipleSchema = z.object({
	...base,
	type: z.literal('multiple'),
	options: z.array(OptionSchema).min(3).max(8),
	/** Indices (0-based) of all correct options; at least two. Scored all-or-nothing. */
	answer: z.array(z.number().int()),
});
export const JudgeSchema = z.object({
	...base,
	type: z.literal('judge'),
	/** true when the statement in `stem` is correct. */
	answer: z.boolean(),
});
export const BlankSchema = z.object({
	...base,
	type: z.literal('blank'),
	/** One entry per `___` in the stem, in order; `accept` lists every accepted answer. */
	blanks: z.array(z.object({ accept: z.array(text) })).min(1),
});
export const MatchSchema = z.object({
	...base,
	type: z.literal('match'),
	/** Each left item and the right item it belongs with. */
	pairs: z.array(z.object({ left: text, right: text })).min(2),
	/** Extra right-hand items that match nothing (optional). */
	distractors: z.array(text).optional(),
});
export const OrderSchema = z.object({
	...base,
	type: z.literal('order'),
	/** The items in the correct order (they are shuffled when shown). */
	items: z.array(text).min(3),
	/**
	 * Where each item sits in the article, one verbatim quote per item (in item order), for items that
	 * are not the article's words themselves (e.g. 给出判断标准). Without it every item must be verbatim.
	 * The build checks that the quotes occur in the article in the keyed order (the order follows
	 * from the text).
	 */
	itemSources: z.array(text).optional(),
});
export const ShortSchema = z.object({
	...base,
	type: z.literal('short'),
	/** Reference points a good answer covers; the learner ticks the ones their answer covered. */
	points: z.array(text).min(2),
	/** A model answer shown after the learner has written theirs (optional). */
	answer: text.optional(),
});

export const QuestionSchema = z.discriminatedUnion('type', [
	SingleSchema,
	MultipleSchema,
	JudgeSchema,
	BlankSchema,
	MatchSchema,
	OrderSchema,
	ShortSchema,
]);
export type Question = z.output<typeof QuestionSchema>;
export type QuestionInput = z.input<typeof QuestionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** One bank file. */
export const BankFileSchema = z.object({ questions: z.array(QuestionSchema).min(1) });
export type BankFile = z.output<typeof BankFileSchema>;
