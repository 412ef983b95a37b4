/**
 * Build-time content checks that need more than one file: the article parses into p1…p14, lessons
 * carry valid frontmatter with unique orders, cases form playable graphs tied to the article, and (as features land) quotes and quiz ids agree with
 * the article. Shared by the build (src/integrations/content-checks.ts) and the unit tests, which run
 * it on fixture folders.
 *
 * Owns: reading content from a project root and returning readable problems. Must not: render anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article } from '../article/parse';
import { checkCases, readCaseFiles } from './cases';
import { checkLessons, readLessonFiles } from './lessons';
import { checkTeachingNotes, readNoteFiles } from './teaching-notes';
import type { ContentProblem } from './problem';

export { formatProblem, type ContentProblem } from './problem';

export const ARTICLE_FILE = 'content/article/source.txt';

/** Run every content check under `root` (a directory path). Returns problems; empty means fine. */
export function checkContent(root: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	let article: Article | undefined;
	try {
		article = parseArticle(readFileSync(join(root, ARTICLE_FILE), 'utf8'));
	} catch (error) {
		problems.push({ file: ARTICLE_FILE, message: (error as Error).message });
	}
	problems.push(...checkLessons(readLessonFiles(root)).problems);
	if (article) problems.push(...checkCases(readCaseFiles(root), article.paragraphs).problems);
	if (article) problems.push(...checkTeachingNotes(readNoteFiles(root), article));
	return problems;
}
