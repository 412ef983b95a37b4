/**
 * The lesson frontmatter schema (lessons are MDX files in `content/lessons/`).
 *
 * Owns: the fields a content maintainer writes at the top of a lesson, with their defaults.
 * Must not: check things that need other files (order uniqueness, quotes, quiz ids): those are in
 * src/content-checks/, shared by the build and the unit tests.
 */
import { z } from 'astro/zod';
import { PARAGRAPH_IDS, POWER_IDS } from '../article/powers';

export const LessonFrontmatterSchema = z.object({
	/** Which capacity the lesson teaches: one of overview, leadership, coverage, cohesion, development, renewal, synthesis. */
	power: z.enum(POWER_IDS, {
		error: (issue) =>
			`power 必须是 ${POWER_IDS.join(' / ')} 之一（收到 ${JSON.stringify(issue.input)}）`,
	}),
	/** Position in the course, 1-based; unique across lessons. */
	order: z.number().int().positive(),
	/** Estimated reading minutes. */
	minutes: z.number().int().positive().max(60),
	/** 学习目标: what the learner can do after the lesson. */
	objectives: z.array(z.string().min(1)).min(1),
	/** The paragraph ids (p1…p14) the lesson covers. */
	paragraphs: z
		.array(
			z.enum(PARAGRAPH_IDS, {
				error: (issue) => `段落编号必须是 p1…p14（收到 ${JSON.stringify(issue.input)}）`,
			}),
		)
		.min(1)
		.optional(),
});

export type LessonFrontmatter = z.output<typeof LessonFrontmatterSchema>;
