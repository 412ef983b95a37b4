/**
 * Checks on the glossary (`content/glossary/terms.yaml`): every term matches the schema, ids are
 * unique, and every `source.quote` passes the quote rule against its paragraph. Also checks that each
 * `<Term id="…">` in a lesson names a term that exists.
 *
 * Owns: reading the glossary file and its problems. Must not: define the term format
 * (src/schemas/glossary.ts) or the quote rule (src/article/quote-rule.ts).
 */
import type { Paragraph } from '../article/parse';
import { GLOSSARY } from '../content-kinds';
import { readContent } from '../content-kinds/read';
import { TermSchema, type Term } from '../schemas/glossary';
import { fieldMessage, quoteNotVerbatim, type ContentProblem } from './problem';
import { YamlSource } from './yaml-source';

export const GLOSSARY_FILE = `${GLOSSARY.base}/${GLOSSARY.pattern}`;

/** Validate a glossary source. Returns the valid terms and the problems. */
export function checkGlossary(
	source: string,
	paragraphs: readonly Paragraph[],
	file = GLOSSARY_FILE,
): { problems: ContentProblem[]; terms: Term[] } {
	const problems: ContentProblem[] = [];
	const terms: Term[] = [];
	const yaml = new YamlSource(file, source);
	if (yaml.doc.errors.length > 0) return { problems: yaml.syntaxProblems(), terms };
	const list = (yaml.data() as { terms?: unknown } | null)?.terms;
	if (!Array.isArray(list)) {
		return {
			problems: [yaml.problem([], '文件必须以 terms: 开头，下面是术语列表')],
			terms,
		};
	}
	const text = new Map(paragraphs.map((p) => [p.id, p.text]));
	const seen = new Set<string>();
	list.forEach((raw: unknown, index) => {
		const at = ['terms', index];
		const rawId = (raw as { id?: unknown } | null)?.id;
		const name = `术语 ${typeof rawId === 'string' ? rawId : `第 ${index + 1} 条`}`;
		const parsed = TermSchema.safeParse(raw);
		if (!parsed.success) {
			problems.push(...yaml.issueProblems(parsed.error.issues, name, at));
			return;
		}
		const term = parsed.data;
		if (seen.has(term.id)) {
			problems.push(
				yaml.problem(
					[...at, 'id'],
					fieldMessage(name, ['id'], `「${term.id}」重复：每个术语的 id 必须唯一`),
				),
			);
			return;
		}
		seen.add(term.id);
		const wrong = quoteNotVerbatim(term.source.quote, term.source.p, text.get(term.source.p) ?? '');
		if (wrong) {
			problems.push(
				yaml.problem([...at, 'source', 'quote'], fieldMessage(name, ['source', 'quote'], wrong)),
			);
			return;
		}
		terms.push(term);
	});
	return { problems, terms };
}

/** Read and check the glossary under `root`; a project without the file has nothing to check. */
export function readAndCheckGlossary(
	root: string,
	paragraphs: readonly Paragraph[],
): { problems: ContentProblem[]; terms: Term[] } | undefined {
	const [file] = readContent(root, GLOSSARY);
	return file && checkGlossary(file.source, paragraphs, file.file);
}

const TERM_TAG = /<Term\b[^>]*\bid\s*=\s*["']([^"']*)["']/gu;

/** Every `<Term id="…">` in the lessons must name a glossary term. */
export function checkTermUses(
	lessons: readonly { file: string; source: string }[],
	terms: readonly Term[],
): ContentProblem[] {
	const ids = new Set(terms.map((t) => t.id));
	const problems: ContentProblem[] = [];
	for (const lesson of lessons) {
		for (const match of lesson.source.matchAll(TERM_TAG)) {
			const id = match[1] ?? '';
			if (ids.has(id)) continue;
			const line = lesson.source.slice(0, match.index).split('\n').length;
			problems.push({
				file: lesson.file,
				line,
				message: `<Term id="${id}"> 在术语表中不存在：请改成 ${GLOSSARY_FILE} 里已有的 id，或先在术语表中添加该术语`,
			});
		}
	}
	return problems;
}
