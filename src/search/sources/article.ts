/**
 * 原文 adapter: one document per paragraph p1…p14, deep-linked to `source/#pN`.
 * Owns: how a paragraph is titled and linked in search. Must not: parse the article (src/article does).
 */
import { article } from '../../article/source';
import type { SearchDocument } from '../documents';

export function articleDocuments(): SearchDocument[] {
	return article.sections.flatMap((section) =>
		section.paragraphs.map((p) => ({
			kind: 'source' as const,
			key: `source:${p.id}`,
			title: `${p.id} · ${section.heading || article.title}`,
			url: `source/#${p.id}`,
			text: p.text,
		})),
	);
}
