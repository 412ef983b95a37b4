/**
 * 课程 adapter: one document per heading-level section of every lesson in `content/lessons/`,
 * deep-linked to `lessons/<slug>/#<heading-id>` (the part before the first heading links to the page).
 * Owns: lesson → search documents. Must not: validate lessons (src/content-checks does).
 */
import type { SearchDocument } from '../documents';
import { LESSONS } from '../../content-kinds';
import { readContent } from '../../content-kinds/read';
import { mdxSections } from './mdx-sections';

export function lessonDocuments(root: string): SearchDocument[] {
	return readContent(root, LESSONS).flatMap(({ id: slug, source }) => {
		const { frontmatter, sections } = mdxSections(source);
		const title = typeof frontmatter['title'] === 'string' ? frontmatter['title'] : slug;
		const description =
			typeof frontmatter['description'] === 'string' ? frontmatter['description'] : '';
		return sections
			.map((section) => ({
				kind: 'lesson' as const,
				key: `lesson:${slug}#${section.id}`,
				title: section.heading ? `${title} › ${section.heading}` : title,
				url: `lessons/${slug}/${section.id ? `#${section.id}` : ''}`,
				text: section.id ? section.text : [description, section.text].filter(Boolean).join('\n'),
			}))
			.filter((doc) => doc.text || doc.url.includes('#'));
	});
}
