/**
 * Checks on lesson files (`content/lessons/*.mdx`) that the collection schema cannot do alone:
 * every lesson has the full lesson frontmatter, its file name is its power id (the URL is
 * /lessons/<power>/), its `order` is its power's place in the course (POWER_IDS), and no two lessons
 * share an `order` or a `power`.
 * Owns: reading frontmatter from disk and turning schema issues into `file — field: problem` lines.
 */
import { parse as parseYaml } from 'yaml';
import { POWER_IDS } from '../article/powers';
import { LESSONS } from '../content-kinds';
import { readContent } from '../content-kinds/read';
import { LessonFrontmatterSchema, type LessonFrontmatter } from '../schemas/lesson';
import { fieldMessage, type ContentProblem } from './problem';
import { YamlSource } from './yaml-source';

export const LESSON_DIR = LESSONS.base;

export interface LessonFile {
	file: string;
	source: string;
	/** 1-based line where the body (after the frontmatter) starts. */
	bodyLine: number;
	body: string;
	frontmatter: unknown;
	/** The frontmatter's YAML text (it starts on line 2 of the file); '' without frontmatter. */
	frontmatterSource: string;
}

/** Split `---\nyaml\n---\nbody`. A file without frontmatter has `frontmatter: undefined`. */
export function splitFrontmatter(file: string, source: string): LessonFile {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u.exec(source);
	if (!match) {
		return {
			file,
			source,
			bodyLine: 1,
			body: source,
			frontmatter: undefined,
			frontmatterSource: '',
		};
	}
	const bodyLine = match[0].split('\n').length;
	return {
		file,
		source,
		bodyLine: match[0].endsWith('\n') ? bodyLine : bodyLine + 1,
		body: source.slice(match[0].length),
		frontmatter: parseYaml(match[1] ?? '') as unknown,
		frontmatterSource: match[1] ?? '',
	};
}

/** The lesson files under `root`: what the `docs` collection loads from content/lessons/. */
export function readLessonFiles(root: string): LessonFile[] {
	return readContent(root, LESSONS).map(({ file, source }) => splitFrontmatter(file, source));
}

export interface CheckedLesson extends LessonFile {
	data: LessonFrontmatter;
}

/** Validate every lesson's frontmatter, its file name, and the uniqueness of `order` and `power`. */
export function checkLessons(files: LessonFile[]): {
	problems: ContentProblem[];
	lessons: CheckedLesson[];
} {
	const problems: ContentProblem[] = [];
	const lessons: CheckedLesson[] = [];
	const yamlOf = new Map<string, YamlSource>();
	/** A problem at a frontmatter field of a lesson, on that field's line. */
	const at = (lesson: LessonFile, field: string, message: string): ContentProblem =>
		yamlOf.get(lesson.file)!.problem([field], fieldMessage('frontmatter', [field], message));
	for (const lesson of files) {
		const yaml = new YamlSource(lesson.file, lesson.frontmatterSource, 2);
		yamlOf.set(lesson.file, yaml);
		const parsed = LessonFrontmatterSchema.safeParse(lesson.frontmatter ?? {});
		if (!parsed.success) {
			problems.push(...yaml.issueProblems(parsed.error.issues, 'frontmatter'));
			continue;
		}
		const slug = lesson.file.replace(/^.*\//u, '').replace(/\.mdx?$/u, '');
		if (slug !== parsed.data.power) {
			problems.push(
				at(
					lesson,
					'power',
					`文件名「${slug}」与 power「${parsed.data.power}」不一致：课程文件必须命名为 <power>.mdx（即 ${parsed.data.power}.mdx），网址才是 /lessons/${parsed.data.power}/`,
				),
			);
		}
		const position = POWER_IDS.indexOf(parsed.data.power) + 1;
		if (parsed.data.order !== position) {
			problems.push(
				at(
					lesson,
					'order',
					`应为 ${position}：课程顺序就是 power 的顺序（${POWER_IDS.join(' → ')}），${parsed.data.power} 是第 ${position} 课`,
				),
			);
		}
		lessons.push({ ...lesson, data: parsed.data });
	}
	const byPower = new Map<string, string>();
	for (const lesson of lessons) {
		const other = byPower.get(lesson.data.power);
		if (other) {
			problems.push(
				at(
					lesson,
					'power',
					`${lesson.data.power} 已由 ${other} 讲授：每种能力只设一课，请改用其他 power 或合并两课`,
				),
			);
		} else byPower.set(lesson.data.power, lesson.file);
	}
	const byOrder = new Map<number, string>();
	for (const lesson of lessons) {
		const other = byOrder.get(lesson.data.order);
		if (other) {
			problems.push(
				at(
					lesson,
					'order',
					`${lesson.data.order} 与 ${other} 重复：每课的 order 必须唯一，请改成未被占用的序号`,
				),
			);
		} else byOrder.set(lesson.data.order, lesson.file);
	}
	return { problems, lessons };
}
