/**
 * Teaching notes for instructors: YAML files in `content/teaching-notes/<power>.yaml`, one per lesson.
 * Owns: the shape of one note. Must not: check quotes (src/content-checks/teaching-notes.ts does).
 */
import { z } from 'astro/zod';
import { PARAGRAPH_IDS, POWER_IDS } from '../article/powers';

const text = z.string().trim().min(1);
const SourceQuote = z.strictObject({
	/** Paragraph id p1…p14. */
	p: z.enum(PARAGRAPH_IDS, { error: (i) => `p 必须是 p1…p14（收到 ${JSON.stringify(i.input)}）` }),
	/** A verbatim quote of that paragraph (quote rule). */
	quote: text,
});

export const TeachingNoteSchema = z.strictObject({
	/** The lesson's power id; must equal the file name. */
	power: z.enum(POWER_IDS, {
		error: (i) => `power 必须是 ${POWER_IDS.join(' / ')} 之一（收到 ${JSON.stringify(i.input)}）`,
	}),
	/** Position in the notes list (course order). */
	order: z.number().int().positive(),
	/** 教学目标. */
	aims: z.array(text).min(1),
	/** 必讲原文: quotes to read aloud, with why they matter. */
	keyQuotes: z.array(SourceQuote.extend({ why: text })).min(1),
	/** 研讨怎么组织: a prompt and how to run it. */
	discussion: z.array(z.strictObject({ prompt: text, howTo: text })).min(1),
	/** 常见误解: the misreading, what the article says, and where. */
	misunderstandings: z
		.array(z.strictObject({ wrong: text, right: text, source: SourceQuote }))
		.min(1),
});
export type TeachingNote = z.output<typeof TeachingNoteSchema>;
