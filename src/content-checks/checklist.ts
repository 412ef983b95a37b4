/**
 * Checks on the branch self-check list (the `CHECKLIST` kind, `content/checklist/branch.yaml`):
 * schema, every quote verbatim under the quote rule, and each version (村, 社区) non-empty. Shared by
 * the build (./index.ts), the checklist pages (src/instructor/notes.ts) and the unit tests.
 * Problems are worded and placed like every checker's (./problem.ts, ./yaml-source.ts).
 * Owns: reading the file and reporting its problems. Must not: render.
 */
import type { Article } from '../article/parse';
import { CHECKLIST } from '../content-kinds';
import { readContent } from '../content-kinds/read';
import { CHECKLIST_VERSIONS, checklistVersion, type Checklist } from '../schemas/checklist';
import { quoteNotVerbatim, type ContentProblem, type SchemaIssue } from './problem';
import { YamlSource } from './yaml-source';

export interface ChecklistFile {
	file: string;
	source: string;
}

/** The checklist file under `root`, or undefined when there is none (fixtures without it). */
export function readChecklistFile(root: string): ChecklistFile | undefined {
	return readContent(root, CHECKLIST)[0];
}

const SUBJECT = '自查清单';

export function checkChecklist(
	input: ChecklistFile | undefined,
	article: Article,
): { list?: Checklist; problems: ContentProblem[] } {
	if (!input) return { problems: [] };
	const yaml = new YamlSource(input.file, input.source);
	if (yaml.doc.errors.length) return { problems: yaml.syntaxProblems() };
	const parsed = CHECKLIST.schema.safeParse(yaml.data());
	if (!parsed.success) return { problems: yaml.issueProblems(parsed.error.issues, SUBJECT) };
	const issues: SchemaIssue[] = [];
	const byId = new Map(article.paragraphs.map((p) => [p.id as string, p.raw]));
	parsed.data.sections.forEach((section, i) =>
		section.items.forEach(({ source }, j) => {
			const wrong = quoteNotVerbatim(source.quote, source.p, byId.get(source.p) ?? '');
			const path = ['sections', i, 'items', j, 'source', 'quote'];
			if (wrong) issues.push({ path, message: wrong });
		}),
	);
	for (const version of CHECKLIST_VERSIONS) {
		if (checklistVersion(parsed.data, version).length === 0) {
			issues.push({
				path: ['sections'],
				message: `${version === 'village' ? '村' : '社区'}版没有任何条目：请至少写一条不带 only 或 only: ${version} 的条目`,
			});
		}
	}
	return { list: parsed.data, problems: yaml.issueProblems(issues, SUBJECT) };
}
