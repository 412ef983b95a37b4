/**
 * Checks on lesson files (`content/lessons/*.mdx`) that the collection schema cannot do alone:
 * every lesson has the full lesson frontmatter, and no two lessons share an `order`.
 * Owns: reading frontmatter from disk and turning schema issues into `file — field: problem` lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LessonFrontmatterSchema, type LessonFrontmatter } from '../schemas/lesson';
import type { ContentProblem } from './problem';

export const LESSON_DIR = 'content/lessons';

export interface LessonFile {
	file: string;
	source: string;
	/** 1-based line where the body (after the frontmatter) starts. */
	bodyLine: number;
	body: string;
	frontmatter: unknown;
}

/** Split `---\nyaml\n---\nbody`. A file without frontmatter has `frontmatter: undefined`. */
export function splitFrontmatter(file: string, source: string): LessonFile {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u.exec(source);
	if (!match) return { file, source, bodyLine: 1, body: source, frontmatter: undefined };
	const bodyLine = match[0].split('\n').length;
	return {
		file,
		source,
		bodyLine: match[0].endsWith('\n') ? bodyLine : bodyLine + 1,
		body: source.slice(match[0].length),
		frontmatter: parseYaml(match[1] ?? '') as unknown,
	};
}

export function readLessonFiles(root: string): LessonFile[] {
	let names: string[];
	try {
		names = readdirSync(join(root, LESSON_DIR));
	} catch {
		return [];
	}
	return names
		.filter((name) => /\.mdx?$/u.test(name) && !name.startsWith('_'))
		.sort()
		.map((name) => {
			const file = `${LESSON_DIR}/${name}`;
			return splitFrontmatter(file, readFileSync(join(root, file), 'utf8'));
		});
}

export interface CheckedLesson extends LessonFile {
	data: LessonFrontmatter;
}

/** Validate every lesson's frontmatter and the uniqueness of `order`. */
export function checkLessons(files: LessonFile[]): {
	problems: ContentProblem[];
	lessons: CheckedLesson[];
} {
	const problems: ContentProblem[] = [];
	const lessons: CheckedLesson[] = [];
	for (const lesson of files) {
		const parsed = LessonFrontmatterSchema.safeParse(lesson.frontmatter ?? {});
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				problems.push({
					file: lesson.file,
					line: 1,
					message: `frontmatter ${issue.path.join('.') || '(整体)'}：${issue.message}`,
				});
			}
			continue;
		}
		lessons.push({ ...lesson, data: parsed.data });
	}
	const byOrder = new Map<number, string>();
	for (const lesson of lessons) {
		const other = byOrder.get(lesson.data.order);
		if (other) {
			problems.push({
				file: lesson.file,
				line: 1,
				message: `order ${lesson.data.order} 与 ${other} 重复：每课的 order 必须唯一，请改成未被占用的序号`,
			});
		} else byOrder.set(lesson.data.order, lesson.file);
	}
	return { problems, lessons };
}
