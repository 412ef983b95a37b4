/**
 * The glossary format: `content/glossary/terms.yaml` holds `terms: [ … ]`, one entry per key term of
 * the article. Search, lessons (`<Term id>`) and the 术语 page read it.
 *
 * Owns: the shape of one term. Must not: check quotes against the article (src/content-checks/glossary.ts
 * does that with file and line).
 */
import { z } from 'astro/zod';
import { PARAGRAPH_IDS } from '../article/powers';

export const TermSchema = z.object({
	/** Stable ASCII slug, used in anchors (`/glossary/#term-<id>`) and in `<Term id="…">`. */
	id: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'id 只能用小写字母、数字和连字符（如 zuzhili）'),
	/** The term as the article writes it, e.g. 组织力. */
	term: z.string().trim().min(1),
	/** Other spellings the article uses (default: none). */
	aliases: z.array(z.string().trim().min(1)).default([]),
	/** What the term means, drawn only from the article; where it is not defined, says so. */
	definition: z.string().trim().min(1),
	/** Whether the article itself defines the term (false: it only names it; the definition says so). */
	defined: z.boolean(),
	/** The passage the definition rests on: a verbatim quote of paragraph `p`. */
	source: z.object({
		p: z.enum(PARAGRAPH_IDS, {
			error: (issue) => `source.p 必须是 p1…p14（收到 ${JSON.stringify(issue.input)}）`,
		}),
		quote: z.string().trim().min(1),
	}),
});
export type Term = z.output<typeof TermSchema>;
export type TermInput = z.input<typeof TermSchema>;

/** The whole file. */
export const GlossaryFileSchema = z.object({ terms: z.array(TermSchema).min(1) });
