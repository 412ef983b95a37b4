/**
 * Checks on teaching notes (`content/teaching-notes/*.yaml`): schema, file name = power, and every
 * quote verbatim under the quote rule. Shared by the build and the unit tests.
 * Owns: reading the note files and reporting problems with file and field. Must not: render.
 */
import type { Article } from '../article/parse';
import { TEACHING_NOTES } from '../content-kinds';
import { readContent } from '../content-kinds/read';
import { TeachingNoteSchema, type TeachingNote } from '../schemas/teaching-note';
import { fieldMessage, quoteNotVerbatim, type ContentProblem } from './problem';
import { YamlSource } from './yaml-source';

export const NOTES_DIR = TEACHING_NOTES.base;

export interface NoteFile {
	file: string;
	source: string;
}

/** The note files under `root`: what the `teachingNotes` collection loads. */
export function readNoteFiles(root: string): NoteFile[] {
	return readContent(root, TEACHING_NOTES);
}

/** The note in a file, with its problems (schema, file name, quotes when `article` is given). */
function parseNote(
	file: NoteFile,
	article?: Article,
): { note?: TeachingNote; problems: ContentProblem[] } {
	const yaml = new YamlSource(file.file, file.source);
	if (yaml.doc.errors.length > 0) return { problems: yaml.syntaxProblems() };
	const expected = file.file.replace(/^.*\//u, '').replace(/\.ya?ml$/u, '');
	const subject = `教学笔记 ${expected}`;
	const parsed = TeachingNoteSchema.safeParse(yaml.data());
	if (!parsed.success) return { problems: yaml.issueProblems(parsed.error.issues, subject) };
	const note = parsed.data;
	const problems: ContentProblem[] = [];
	if (note.power !== expected) {
		problems.push(
			yaml.problem(
				['power'],
				fieldMessage(subject, ['power'], `是 ${note.power}，但文件名是 ${expected}：请让二者一致`),
			),
		);
	}
	const byId = new Map(article?.paragraphs.map((p) => [p.id, p.raw]));
	const quotes = [
		...note.keyQuotes.map((q, i) => ({ path: ['keyQuotes', i], ...q })),
		...note.misunderstandings.map((m, i) => ({
			path: ['misunderstandings', i, 'source'],
			...m.source,
		})),
	];
	for (const q of article ? quotes : []) {
		const wrong = quoteNotVerbatim(q.quote, q.p, byId.get(q.p) ?? '');
		const path = [...q.path, 'quote'];
		if (wrong) problems.push(yaml.problem(path, fieldMessage(subject, path, wrong)));
	}
	return { note, problems };
}

export function checkTeachingNotes(files: NoteFile[], article: Article): ContentProblem[] {
	return files.flatMap((file) => parseNote(file, article).problems);
}
