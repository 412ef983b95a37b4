/**
 * Where each kind of content lives: one definition per kind (its folder, the glob that picks its files,
 * the id of an entry, its schema). Every reader uses it — the Astro collections (src/content.config.ts),
 * the build's content checks (src/content-checks/), the search adapters (src/search/sources/) and the
 * instructor pages (notes through their collection, the checklist through ./read.ts) — so what the
 * checks see is exactly what the build ships.
 *
 * Files whose names start with `_` are drafts: no reader sees them. Subfolders are read.
 *
 * Owns: the location, file pattern, id and schema of each kind. Must not: read files (./read.ts does)
 * or check content across files (src/content-checks does).
 */
import { CaseSchema } from '../schemas/case';
import { ChecklistSchema } from '../schemas/checklist';
import { TermSchema } from '../schemas/glossary';
import { LessonFrontmatterSchema } from '../schemas/lesson';
import { BankFileSchema } from '../schemas/question';
import { QuizSetSchema } from '../schemas/quiz-set';
import { TeachingNoteSchema } from '../schemas/teaching-note';

export interface ContentKind<Schema = unknown> {
	/** Folder relative to the project root, without a trailing slash. */
	base: string;
	/** tinyglobby/picomatch pattern relative to `base` (the syntax of Astro's `glob()` loader). */
	pattern: string;
	/** The schema of one file (or, for the glossary, of one entry of the file). */
	schema: Schema;
}

const YAML = '**/[^_]*.{yaml,yml}';

/** 课程: MDX lessons (`content/lessons/<power>.mdx`); schema = the lesson frontmatter. */
export const LESSONS = {
	base: 'content/lessons',
	pattern: '**/[^_]*.{md,mdx}',
	schema: LessonFrontmatterSchema,
} satisfies ContentKind;

/** 原文 is not a kind: the article is one fixed file. */
export const ARTICLE_FILE = 'content/article/source.txt';

/** 术语: one file, `terms: [...]`; schema = one term. */
export const GLOSSARY = {
	base: 'content/glossary',
	pattern: 'terms.yaml',
	schema: TermSchema,
} satisfies ContentKind;

/** 题库: the question bank, `questions: [...]` per file. */
export const QUESTION_BANK = {
	base: 'quizzes/bank',
	pattern: YAML,
	schema: BankFileSchema,
} satisfies ContentKind;

/** 题组: quiz sets, id = path without extension (`lesson-leadership`). */
export const QUIZ_SETS = {
	base: 'quizzes/sets',
	pattern: YAML,
	schema: QuizSetSchema,
} satisfies ContentKind;

/** 情景案例: one case per file, `id` = file name. */
export const CASES = {
	base: 'content/cases',
	pattern: YAML,
	schema: CaseSchema,
} satisfies ContentKind;

/** 教学笔记: one note per lesson, file name = power. */
export const TEACHING_NOTES = {
	base: 'content/teaching-notes',
	pattern: YAML,
	schema: TeachingNoteSchema,
} satisfies ContentKind;

/** 支部对照自查清单: one file, a 村 and a 社区 version of the list. */
export const CHECKLIST = {
	base: 'content/checklist',
	pattern: 'branch.yaml',
	schema: ChecklistSchema,
} satisfies ContentKind;

/** Every kind, for tests and tools that walk them all. */
export const CONTENT_KINDS = {
	lessons: LESSONS,
	glossary: GLOSSARY,
	questionBank: QUESTION_BANK,
	quizSets: QUIZ_SETS,
	cases: CASES,
	teachingNotes: TEACHING_NOTES,
	checklist: CHECKLIST,
} as const;

/**
 * An entry's id: its path under `base` without the extension (`bank/extra/x.yaml` → `extra/x`). The
 * Astro collections use it as `generateId`, so ids do not depend on Astro's slugging.
 */
export function entryId(entry: string): string {
	return entry.replaceAll('\\', '/').replace(/\.[^./]+$/u, '');
}
