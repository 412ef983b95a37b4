/**
 * The course's lessons, in order, with their full frontmatter typed.
 *
 * Owns: reading the `docs` collection and narrowing its (shared, optional) lesson fields to the lesson
 * schema; prev/next. Must not: validate beyond that (src/content-checks does it with file and line).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LessonFrontmatterSchema, type LessonFrontmatter } from '../schemas/lesson';

export interface Lesson {
	id: string;
	/** The lesson's slug (file name without extension), e.g. `leadership`. */
	slug: string;
	title: string;
	description: string | undefined;
	data: LessonFrontmatter;
	entry: CollectionEntry<'docs'>;
}

export async function getLessons(): Promise<Lesson[]> {
	const entries = await getCollection('docs', (entry) => entry.id.startsWith('lessons/'));
	return entries
		.map((entry) => ({
			id: entry.id,
			slug: entry.id.replace(/^lessons\//u, ''),
			title: entry.data.title,
			description: entry.data.description,
			data: LessonFrontmatterSchema.parse(entry.data),
			entry,
		}))
		.sort((a, b) => a.data.order - b.data.order);
}
