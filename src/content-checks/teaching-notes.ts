/**
 * Checks on teaching notes (`content/teaching-notes/*.yaml`): schema, file name = power, every quote
 * verbatim under the quote rule, the session plan adds up to 90 minutes, and the note's case exists
 * and belongs to its lesson. Shared by the build (./index.ts) and the unit tests.
 * Problems are worded and placed like every checker's (./problem.ts, ./yaml-source.ts):
 *   `教学笔记 leadership 的 plan：…` on the line of the field.
 * Owns: reading the note files and reporting their problems. Must not: render.
 */
import { parse as parseYaml } from 'yaml';
import type { Article } from '../article/parse';
import { TEACHING_NOTES } from '../content-kinds';
import { readContent } from '../content-kinds/read';
import { SESSION_MINUTES, TeachingNoteSchema, type TeachingNote } from '../schemas/teaching-note';
import { fieldMessage, quoteNotVerbatim, type ContentProblem } from './problem';
import { YamlSource } from './yaml-source';

export interface NoteFile {
	file: string;
	source: string;
}

/** The note files under `root`: what the `teachingNotes` collection loads. */
export function readNoteFiles(root: string): NoteFile[] {
	return readContent(root, TEACHING_NOTES);
}

type Path = (string | number)[];

/** The lesson a note file is for: its file name (`…/leadership.yaml` → `leadership`). */
const powerOf = (file: string): string => file.replace(/^.*\//u, '').replace(/\.ya?ml$/u, '');
/** The note's name in messages: `教学笔记 leadership` (from the file name, known even when the note is broken). */
const subjectOf = (file: string): string => `教学笔记 ${powerOf(file)}`;

/** Parse and validate one note file; `yaml` is the parsed source (for the cross-file checks' lines). */
function parseNote(file: NoteFile): {
	note?: TeachingNote;
	problems: ContentProblem[];
	yaml: YamlSource;
} {
	const yaml = new YamlSource(file.file, file.source);
	if (yaml.doc.errors.length) return { problems: yaml.syntaxProblems(), yaml };
	const subject = subjectOf(file.file);
	const parsed = TeachingNoteSchema.safeParse(yaml.data());
	if (!parsed.success) return { problems: yaml.issueProblems(parsed.error.issues, subject), yaml };
	const { power } = parsed.data;
	const expected = powerOf(file.file);
	const issues =
		power === expected
			? []
			: [{ path: ['power'], message: `是 ${power}，但文件名是 ${expected}：请让二者一致` }];
	return { note: parsed.data, problems: yaml.issueProblems(issues, subject), yaml };
}

/** Every `{ p, quote }` in a note, with its path in the file. */
function noteQuotes(note: TeachingNote): { path: Path; p: string; quote: string }[] {
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
		const { note, problems: found, yaml } = parseNote(file);
		problems.push(...found);
		if (!note) continue;
		const subject = subjectOf(file.file);
		const at = (path: Path, message: string) =>
			problems.push(yaml.problem(path, fieldMessage(subject, path, message)));

		for (const q of noteQuotes(note)) {
			const wrong = quoteNotVerbatim(q.quote, q.p, byId.get(q.p as never) ?? '');
			if (wrong) at([...q.path, 'quote'], wrong);
		}

		const total = note.plan.reduce((sum, s) => sum + s.minutes, 0);
		if (total !== SESSION_MINUTES) {
			const parts = note.plan.map((s) => s.minutes).join(' + ');
			at(
				['plan'],
				`各环节的分钟数合计 ${parts} = ${total}，应为 ${SESSION_MINUTES}：请调整各环节的 minutes`,
			);
		}

		if (cases) {
			const id = note.case.id;
			const powers = cases.get(id);
			if (!powers) {
				const known = [...cases.keys()].sort().join('、');
				at(
					['case', 'id'],
					`「${id}」不是已有的案例：请改成 content/cases/ 下的文件名之一（${known}）`,
				);
			} else if (!powers.includes(note.power)) {
				at(
					['case', 'id'],
					`「${id}」的 powers 是 ${powers.join('、')}，不含本课 ${note.power}：请选本课的案例`,
				);
			}
			const other = caseUsedBy.get(id);
			if (other) {
				at(['case', 'id'], `「${id}」已被 ${other} 使用：每课用自己的案例`);
			} else caseUsedBy.set(id, file.file);
		}
	}
	return problems;
}
