/**
 * Build-time content checks that need more than one file: the article parses into p1…p14, lessons
 * carry valid frontmatter with unique orders and powers, every lesson quote is verbatim and p1–p14 are
 * all quoted (./quotes.ts), the glossary's quotes pass the rule (./glossary.ts), cases form playable
 * graphs tied to the article (./cases.ts), teaching notes (./teaching-notes.ts) and the branch
 * self-check list (./checklist.ts) quote it verbatim. Shared by the build (src/integrations/content-checks.ts) and the unit tests, which run
 * it on fixture folders.
 *
 * Owns: reading content from a project root and returning readable problems. Must not: render anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article } from '../article/parse';
import { ARTICLE_FILE } from '../content-kinds';
import { checkCases, readCaseFiles } from './cases';
import { checkTermUses, readAndCheckGlossary } from './glossary';
import { checkLessons, readLessonFiles } from './lessons';
import { checkQuizzes, readQuizFiles } from './quizzes';
import { checkQuotes } from './quotes';
import { checkChecklist, readChecklistFile } from './checklist';
import { caseIndex, checkTeachingNotes, readNoteFiles } from './teaching-notes';
import type { ContentProblem } from './problem';

export { formatProblem, type ContentProblem } from './problem';

/**
 * Run every content check under `root` (a directory path). Returns problems; empty means fine.
 * `articleRoot` is where the article is read from (default: `root`; unit-test fixtures hold only the
 * files they are about and pass the project root here).
 */
export function checkContent(root: string, articleRoot = root): ContentProblem[] {
	const problems: ContentProblem[] = [];
	let article: Article | undefined;
	try {
		article = parseArticle(readFileSync(join(articleRoot, ARTICLE_FILE), 'utf8'));
	} catch (error) {
		problems.push({ file: ARTICLE_FILE, message: (error as Error).message });
	}
	const files = readLessonFiles(root);
	const checked = checkLessons(files);
	problems.push(...checked.problems);
	problems.push(...checkQuizzes(readQuizFiles(root), files, article).problems);
	if (!article) return problems;
	problems.push(
		...checkQuotes(
			files.map((file) => ({
				file: file.file,
				source: file.source,
				paragraphs: checked.lessons.find((l) => l.file === file.file)?.data.paragraphs,
			})),
			article.paragraphs,
		),
	);
	problems.push(...checkCases(readCaseFiles(root), article.paragraphs).problems);
	const glossary = readAndCheckGlossary(root, article.paragraphs);
	if (glossary) {
		problems.push(...glossary.problems, ...checkTermUses(files, glossary.terms));
	}
	const caseFiles = readCaseFiles(root);
	problems.push(
		...checkTeachingNotes(
			readNoteFiles(root),
			article,
			caseFiles.length ? caseIndex(caseFiles) : undefined,
		),
		...checkChecklist(readChecklistFile(root), article).problems,
	);
	return problems;
}
