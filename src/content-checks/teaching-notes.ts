/**
 * Checks on teaching notes (`content/teaching-notes/*.yaml`): schema, file name = power, and every
 * quote verbatim under the quote rule. Shared by the build and the unit tests.
 * Owns: reading the note files and reporting problems with file and field. Must not: render.
 */
import { parse as parseYaml } from 'yaml';
import { closestPassage, isVerbatimQuote } from '../article/quote-rule';
import type { Article } from '../article/parse';
import { TEACHING_NOTES } from '../content-kinds';
import { readContent } from '../content-kinds/read';
import { TeachingNoteSchema, type TeachingNote } from '../schemas/teaching-note';
import type { ContentProblem } from './problem';

export const NOTES_DIR = TEACHING_NOTES.base;

export interface NoteFile {
	file: string;
	source: string;
}

/** The note files under `root`: what the `teachingNotes` collection loads. */
export function readNoteFiles(root: string): NoteFile[] {
	return readContent(root, TEACHING_NOTES);
}

export function parseNote(file: NoteFile): { note?: TeachingNote; problems: ContentProblem[] } {
	let data: unknown;
	try {
		data = parseYaml(file.source);
	} catch (error) {
		return {
			problems: [{ file: file.file, message: `YAML 格式错误：${(error as Error).message}` }],
		};
	}
	const parsed = TeachingNoteSchema.safeParse(data);
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.map((i) => ({
				file: file.file,
				message: `字段 ${i.path.join('.') || '(整体)'}：${i.message}`,
			})),
		};
	}
	const expected = file.file.replace(/^.*\//u, '').replace(/\.ya?ml$/u, '');
	if (parsed.data.power !== expected) {
		return {
			note: parsed.data,
			problems: [
				{
					file: file.file,
					message: `power 是 ${parsed.data.power}，但文件名是 ${expected}：请让二者一致。`,
				},
			],
		};
	}
	return { note: parsed.data, problems: [] };
}

export function checkTeachingNotes(files: NoteFile[], article: Article): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byId = new Map(article.paragraphs.map((p) => [p.id, p.raw]));
	for (const file of files) {
		const { note, problems: found } = parseNote(file);
		problems.push(...found);
		if (!note) continue;
		const quotes = [
			...note.keyQuotes.map((q, i) => ({ where: `keyQuotes[${i}]`, p: q.p, quote: q.quote })),
			...note.misunderstandings.map((m, i) => ({
				where: `misunderstandings[${i}].source`,
				...m.source,
			})),
		];
		for (const q of quotes) {
			const para = byId.get(q.p) ?? '';
			if (!isVerbatimQuote(q.quote, para)) {
				problems.push({
					file: file.file,
					message: `${q.where}.quote 不是第 ${q.p.slice(1)} 段的原文：「${q.quote}」。最接近的原文是「${closestPassage(q.quote, para)}」，请逐字照抄。`,
				});
			}
		}
	}
	return problems;
}
