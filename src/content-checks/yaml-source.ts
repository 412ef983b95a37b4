/**
 * A YAML file (or a lesson's frontmatter) parsed so that any path in it has a line: the one way the
 * content checks find positions. Schema issues and syntax errors become problems in the format of
 * ./problem.ts.
 *
 * Owns: YAML positions. Must not: decide what is wrong (the checkers do).
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { fieldMessage, type ContentProblem, type FieldPath, type SchemaIssue } from './problem';

export class YamlSource {
	readonly doc: Document;
	private readonly lines = new LineCounter();
	/**
	 * `file` is the path reported; `firstLine` is the file line of the source's first line (a lesson's
	 * frontmatter starts on line 2).
	 */
	constructor(
		readonly file: string,
		source: string,
		private readonly firstLine = 1,
	) {
		this.doc = parseDocument(source, { lineCounter: this.lines });
	}

	/** The parsed value (only meaningful when `syntaxProblems()` is empty). */
	data(): unknown {
		return this.doc.toJS() as unknown;
	}

	/** 1-based file line of the node at `path`, falling back to its nearest existing parent. */
	line(path: FieldPath): number | undefined {
		const keys = path.filter((k): k is string | number => typeof k !== 'symbol');
		for (let n = keys.length; n >= 0; n--) {
			const node = this.doc.getIn(keys.slice(0, n), true) as
				{ range?: [number, number, number] } | undefined;
			if (node && typeof node === 'object' && node.range)
				return this.lines.linePos(node.range[0]).line + this.firstLine - 1;
		}
		return undefined;
	}

	/** A problem at `path` (the file's first line when nothing there has a position). */
	problem(path: FieldPath, message: string): ContentProblem {
		return { file: this.file, line: this.line(path) ?? this.firstLine, message };
	}

	/** One problem per YAML syntax error, worded the same everywhere. */
	syntaxProblems(): ContentProblem[] {
		// The parser's own wording is English; its position is what helps an author.
		return this.doc.errors.map((e) => ({
			file: this.file,
			line: (e.linePos?.[0].line ?? 1) + this.firstLine - 1,
			message: `YAML 语法错误（第 ${e.linePos?.[0].col ?? 1} 列附近）：请检查缩进、冒号后的空格，以及引号和括号是否成对`,
		}));
	}

	/**
	 * One problem per schema issue, at the issue's line. `at` is where the validated value sits in the
	 * file (e.g. `['terms', 3]`); `subject` names it (`术语 zuzhili`).
	 */
	issueProblems(
		issues: readonly SchemaIssue[],
		subject?: string,
		at: FieldPath = [],
	): ContentProblem[] {
		return issues.map((issue) =>
			this.problem([...at, ...issue.path], fieldMessage(subject, issue.path, issue.message)),
		);
	}
}
