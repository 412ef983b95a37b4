/**
 * Teaching notes for instructors: YAML files in `content/teaching-notes/<power>.yaml`, one per lesson,
 * each a plan for one 90-minute session.
 * Owns: the shape of one note. Must not: check quotes, the minutes total or the case id
 * (src/content-checks/teaching-notes.ts does, with file and line).
 *
 * Every claim about the article carries `{ p, quote }` (a verbatim quote under the quote rule):
 * 重点 and 难点, each discussion prompt's reference points, and each misunderstanding.
 */
import { z } from 'astro/zod';
import { PARAGRAPH_IDS, POWER_IDS } from '../article/powers';

/** Minutes of one session; the plan's segments must add up to this. */
export const SESSION_MINUTES = 90;
/** How many discussion prompts a note has. */
export const DISCUSSION_MIN = 3;
export const DISCUSSION_MAX = 4;

const text = z.string().trim().min(1, '不能为空');
const list = <T extends z.ZodType>(item: T, min: number, what: string) =>
	z.array(item).min(min, `${what}至少要有 ${min} 项`);

const SourceQuote = z.strictObject({
	/** Paragraph id p1…p14. */
	p: z.enum(PARAGRAPH_IDS, { error: (i) => `p 必须是 p1…p14（收到 ${JSON.stringify(i.input)}）` }),
	/** A verbatim quote of that paragraph (quote rule). */
	quote: text,
});

/** A statement tied to the article: what the instructor says, and the words it rests on. */
const Sourced = z.strictObject({ text, source: SourceQuote });

export const TeachingNoteSchema = z.strictObject({
	/** The lesson's power id; must equal the file name. */
	power: z.enum(POWER_IDS, {
		error: (i) => `power 必须是 ${POWER_IDS.join(' / ')} 之一（收到 ${JSON.stringify(i.input)}）`,
	}),
	/** Position in the notes list (course order). */
	order: z.number().int().positive(),
	/** 教学目标. */
	aims: list(text, 1, '教学目标'),
	/** 教学重点: what every learner must take away, each tied to the article. */
	focus: list(Sourced, 1, '教学重点'),
	/** 教学难点: where learners go wrong or struggle, each tied to the article. */
	difficulties: list(Sourced, 1, '教学难点'),
	/** 课时安排: segments of the session in order; minutes add up to SESSION_MINUTES. */
	plan: list(
		z.strictObject({
			minutes: z.number().int('分钟数必须是整数').positive('分钟数必须大于 0'),
			activity: text,
			detail: text,
		}),
		2,
		'课时安排',
	),
	/** 必讲原文: quotes to read aloud, with why they matter. */
	keyQuotes: list(SourceQuote.extend({ why: text }), 1, '必讲原文'),
	/** 研讨题: a prompt, how to run it, and reference points from the article. */
	discussion: z
		.array(
			z.strictObject({
				prompt: text,
				howTo: text,
				/** 参考要点: what a good answer contains, each point resting on a quote. */
				reference: list(Sourced, 1, '参考要点'),
			}),
		)
		.min(DISCUSSION_MIN, `研讨题至少要有 ${DISCUSSION_MIN} 道`)
		.max(DISCUSSION_MAX, `研讨题最多 ${DISCUSSION_MAX} 道`),
	/** 情景模拟怎么用: the lesson's case (an id in content/cases/) and how to run it in class. */
	case: z.strictObject({
		id: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]*$/u, 'case.id 是 content/cases/ 下的文件名（不含 .yaml）'),
		steps: list(text, 2, '案例组织步骤'),
		debrief: list(text, 1, '复盘问题'),
	}),
	/** 常见误解: the misreading, what the article says, and where. */
	misunderstandings: list(
		z.strictObject({ wrong: text, right: text, source: SourceQuote }),
		1,
		'常见误解',
	),
	/** 讲授提示: cautions for the instructor (time context, the author's framework, …). */
	tips: z.array(text).optional(),
	/** 学员可能追问的文外问题: what the article does not say, and how to handle the question. */
	beyond: z.array(z.strictObject({ question: text, answer: text })).optional(),
	/** 学习心得提纲: headings with a hint each, printed for learners to fill in. */
	reflection: list(z.strictObject({ heading: text, hint: text }), 3, '学习心得提纲'),
});
export type TeachingNote = z.output<typeof TeachingNoteSchema>;
export type SourceQuote = z.output<typeof SourceQuote>;
