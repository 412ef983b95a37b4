/**
 * The article itself, parsed once from `content/article/source.txt` (a byte-for-byte copy of the seed).
 *
 * Owns: the loaded article and paragraph lookup for pages and islands.
 * Must not: parse (./parse.ts) or hold facts about powers (./powers.ts).
 */
import seedText from '../../content/article/source.txt?raw';
import { parseArticle, type Article, type Paragraph } from './parse';
import type { ParagraphId } from './powers';

export type { Article, Paragraph, Section } from './parse';

/** The article, parsed at module load (build time for pages, test time for units). */
export const article: Article = parseArticle(seedText);

const byId = new Map(article.paragraphs.map((p) => [p.id, p]));

/** One paragraph by id; throws for an unknown id so a typo cannot pass silently. */
export function paragraph(id: ParagraphId): Paragraph {
	const found = byId.get(id);
	if (!found) throw new Error(`Unknown paragraph id ${id}`);
	return found;
}
