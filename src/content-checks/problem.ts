/** One content problem found at build time: where it is and what to do about it. */
export interface ContentProblem {
	/** Path relative to the project root. */
	file: string;
	/** Line (1-based) when known. */
	line?: number;
	/** What is wrong and how to fix it. */
	message: string;
}

/** One problem as a line for a terminal: `file:line — message`. */
export function formatProblem(problem: ContentProblem): string {
	return `${problem.file}${problem.line ? `:${problem.line}` : ''} — ${problem.message}`;
}
