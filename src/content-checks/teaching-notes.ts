/**
 * Checks on teaching notes (`content/teaching-notes/*.yaml`): schema, file name = power, every quote
 * verbatim under the quote rule, the session plan adds up to 90 minutes, and the note's case exists
 * and belongs to its lesson. Shared by the build (./index.ts) and the unit tests.
 * Owns: reading the note files and reporting problems with file, line and field. Must not: render.
 */
import { isNode, LineCounter, parseDocument, parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { closestPassage, isVerbatimQuote } from '../article/quote-rule';
import type { Article } from '../article/parse';
import { SESSION_MINUTES, TeachingNoteSchema, type TeachingNote } from '../schemas/teaching-note';
import type { ContentProblem } from './problem';
import { TEACHING_NOTES } from '../content-kinds';
import { readContent } from '../content-kinds/read';

export const NOTES_DIR = TEACHING_NOTES.base;

export interface NoteFile {
	file: string;
	source: string;
}

/** The note files under `root`: what the `teachingNotes` collection loads. */
export function readNoteFiles(root: string): NoteFile[] {
	return readContent(root, TEACHING_NOTES);
}

type Path = (string | number)[];

/** A YAML file parsed with line positions: `lineOf(path, …)` is the line of the first path present. */
export function parseWithLines(source: string): {
	data: unknown;
	errors: { line: number; message: string }[];
	lineOf: (...paths: Path[]) => number;
} {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter });
	const lineOf = (...paths: Path[]): number => {
		for (const path of paths) {
			const node = doc.getIn(path, true);
			if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
		}
		return 1;
	};
	return {
		data: doc.errors.length ? undefined : doc.toJS(),
		errors: doc.errors.map((e) => ({
			line: e.linePos?.[0]?.line ?? 1,
			message: e.message.split('\n')[0] ?? e.message,
		})),
		lineOf,
	};
}

const zhCN = z.locales.zhCN().localeError;
/** Zod's messages in Chinese for this check (per parse, not global): a missing field says so. */
export const chineseErrors: z.core.$ZodErrorMap = (issue) =>
	issue.code === 'invalid_type' && issue.input === undefined ? '缺少此字段（必填）' : zhCN(issue);

/** The fields of a note, in Chinese, for messages. */
const FIELD_NAMES: Record<string, string> = {
	aims: '教学目标',
	focus: '教学重点',
	difficulties: '教学难点',
	plan: '课时安排',
	keyQuotes: '必讲原文',
	discussion: '研讨题',
	reference: '参考要点',
	case: '情景模拟',
	misunderstandings: '常见误解',
	reflection: '学习心得提纲',
};

/** `discussion.1.reference.0.source` → `discussion[1].reference[0].source（研讨题 第 2 项 …）`. */
export function fieldLabel(path: readonly PropertyKey[]): string {
	const code = path
		.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`))
		.join('');
	const words = path
		.map((k) => (typeof k === 'number' ? `第 ${k + 1} 项` : FIELD_NAMES[String(k)]))
		.filter(Boolean)
		.join(' ');
	return words ? `${code || '（整体）'}（${words}）` : code || '（整体）';
}

export function parseNote(file: NoteFile): { note?: TeachingNote; problems: ContentProblem[] } {
	const { data, errors, lineOf } = parseWithLines(file.source);
	if (errors.length) {
		return {
			problems: errors.map((e) => ({
				file: file.file,
				line: e.line,
				message: `YAML 格式错误：${e.message}（请检查缩进和引号）`,
			})),
		};
	}
	const parsed = TeachingNoteSchema.safeParse(data, { error: chineseErrors });
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.map((i) => {
				const path = i.path.filter((k): k is string | number => typeof k !== 'symbol');
				return {
					file: file.file,
					line: lineOf(path, path.slice(0, -1), path.slice(0, 1)),
					message: `字段 ${fieldLabel(path)}：${i.message}`,
				};
			}),
		};
	}
	const expected = file.file.replace(/^.*\//u, '').replace(/\.ya?ml$/u, '');
	if (parsed.data.power !== expected) {
		return {
			note: parsed.data,
			problems: [
				{
					file: file.file,
					line: lineOf(['power']),
					message: `power 是 ${parsed.data.power}，但文件名是 ${expected}：请让二者一致。`,
				},
			],
		};
	}
	return { note: parsed.data, problems: [] };
}

/** Every `{ p, quote }` in a note, with its path in the file. */
export function noteQuotes(note: TeachingNote): { path: Path; p: string; quote: string }[] {
	const sourced = (field: 'focus' | 'difficulties') =>
		note[field].map((s, i) => ({ path: [field, i, 'source'], ...s.source }));
	return [
		...note.keyQuotes.map((q, i) => ({ path: ['keyQuotes', i], p: q.p, quote: q.quote })),
		...sourced('focus'),
		...sourced('difficulties'),
		...note.discussion.flatMap((d, i) =>
			d.reference.map((r, j) => ({
				path: ['discussion', i, 'reference', j, 'source'],
				...r.source,
			})),
		),
		...note.misunderstandings.map((m, i) => ({
			path: ['misunderstandings', i, 'source'],
			...m.source,
		})),
	];
}

/** What the notes need to know about the cases: id → the powers it teaches. */
export type CaseIndex = ReadonlyMap<string, readonly string[]>;

/** Ids and powers of case files (`{ file, source }` as read by readCaseFiles), leniently parsed. */
export function caseIndex(files: readonly { source: string }[]): CaseIndex {
	const index = new Map<string, string[]>();
	for (const { source } of files) {
		try {
			const data = parseYaml(source) as { id?: unknown; powers?: unknown };
			if (typeof data?.id === 'string') {
				index.set(data.id, Array.isArray(data.powers) ? data.powers.map(String) : []);
			}
		} catch {
			// A broken case file is reported by the case checks.
		}
	}
	return index;
}

/**
 * Check every note. `cases` (optional) lets the check verify each note's case: it must exist and
 * teach the note's lesson, and no two notes may use the same case.
 */
export function checkTeachingNotes(
	files: NoteFile[],
	article: Article,
	cases?: CaseIndex,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byId = new Map(article.paragraphs.map((p) => [p.id, p.raw]));
	const caseUsedBy = new Map<string, string>();
	for (const file of files) {
		const { note, problems: found } = parseNote(file);
		problems.push(...found);
		if (!note) continue;
		const { lineOf } = parseWithLines(file.source);
		const at = (path: Path, message: string) =>
			problems.push({ file: file.file, line: lineOf(path), message });

		for (const q of noteQuotes(note)) {
			const para = byId.get(q.p as never) ?? '';
			if (!isVerbatimQuote(q.quote, para)) {
				at(
					[...q.path, 'quote'],
					`字段 ${fieldLabel([...q.path, 'quote'])} 不是第 ${q.p.slice(1)} 段的原文：「${q.quote}」。最接近的原文是「${closestPassage(q.quote, para)}」，请逐字照抄。`,
				);
			}
		}

		const total = note.plan.reduce((sum, s) => sum + s.minutes, 0);
		if (total !== SESSION_MINUTES) {
			const parts = note.plan.map((s) => s.minutes).join(' + ');
			at(
				['plan'],
				`字段 plan（课时安排）的分钟数合计 ${parts} = ${total}，应为 ${SESSION_MINUTES}：请调整各环节的 minutes。`,
			);
		}

		if (cases) {
			const id = note.case.id;
			const powers = cases.get(id);
			if (!powers) {
				const known = [...cases.keys()].sort().join('、');
				at(
					['case', 'id'],
					`字段 case.id（情景模拟）「${id}」不是已有的案例：请改成 content/cases/ 下的文件名之一（${known}）。`,
				);
			} else if (!powers.includes(note.power)) {
				at(
					['case', 'id'],
					`字段 case.id（情景模拟）「${id}」的 powers 是 ${powers.join('、')}，不含本课 ${note.power}：请选本课的案例。`,
				);
			}
			const other = caseUsedBy.get(id);
			if (other) {
				at(
					['case', 'id'],
					`字段 case.id（情景模拟）「${id}」已被 ${other} 使用：每课用自己的案例。`,
				);
			} else caseUsedBy.set(id, file.file);
		}
	}
	return problems;
}
