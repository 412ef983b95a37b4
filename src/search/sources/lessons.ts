/**
 * 课程 adapter: one document per heading-level section of every lesson in `content/lessons/`,
 * deep-linked to `lessons/<slug>/#<heading-id>` (the part before the first heading links to the page).
 * Owns: lesson → search documents. Must not: validate lessons (src/content-checks does).
 */
import type { SearchDocument } from '../documents';
import { listFiles, readText } from './files';
import { mdxSections } from './mdx-sections';

export const LESSONS_DIR = 'content/lessons';

export function lessonDocuments(root: string): SearchDocument[] {
	return listFiles(root, LESSONS_DIR, /\.mdx?$/u).flatMap((file) => {
		const slug = file.replace(/\.mdx?$/u, '').replaceAll('\\', '/');
		const { frontmatter, sections } = mdxSections(readText(root, LESSONS_DIR, file));
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
