/**
 * Checks on the glossary (`content/glossary/terms.yaml`): every term matches the schema, ids are
 * unique, and every `source.quote` passes the quote rule against its paragraph. Also checks that each
 * `<Term id="…">` in a lesson names a term that exists.
 *
 * Owns: reading the glossary file and its problems. Must not: define the term format
 * (src/schemas/glossary.ts) or the quote rule (src/article/quote-rule.ts).
 */
import { parse as parseYaml } from 'yaml';
import type { Paragraph } from '../article/parse';
import { GLOSSARY } from '../content-kinds';
import { readContent } from '../content-kinds/read';
import { closestPassage, isVerbatimQuote } from '../article/quote-rule';
import { TermSchema, type Term } from '../schemas/glossary';
import type { ContentProblem } from './problem';

export const GLOSSARY_FILE = `${GLOSSARY.base}/${GLOSSARY.pattern}`;

/** Line (1-based) of the term entry `id: <id>` in the YAML text, or 1 when not found. */
function lineOfId(source: string, id: unknown): number {
	if (typeof id !== 'string') return 1;
	const lines = source.split('\n');
	const index = lines.findIndex((line) =>
		new RegExp(`\\bid:\\s*['"]?${id}['"]?\\s*$`, 'u').test(line),
	);
	return index >= 0 ? index + 1 : 1;
}

/** Validate a glossary source. Returns the valid terms and the problems. */
export function checkGlossary(
	source: string,
	paragraphs: readonly Paragraph[],
	file = GLOSSARY_FILE,
): { problems: ContentProblem[]; terms: Term[] } {
	const problems: ContentProblem[] = [];
	const terms: Term[] = [];
	let data: unknown;
	try {
		data = parseYaml(source) as unknown;
	} catch (error) {
		return { problems: [{ file, message: `YAML 无法解析：${(error as Error).message}` }], terms };
	}
	const list = (data as { terms?: unknown } | null)?.terms;
	if (!Array.isArray(list)) {
		return {
			problems: [{ file, line: 1, message: '文件必须以 terms: 开头，下面是术语列表' }],
			terms,
		};
	}
	const text = new Map(paragraphs.map((p) => [p.id, p.text]));
	const seen = new Set<string>();
	list.forEach((raw: unknown, index) => {
		const rawId = (raw as { id?: unknown } | null)?.id;
		const line = lineOfId(source, rawId);
		const name = typeof rawId === 'string' ? rawId : `第 ${index + 1} 条`;
		const parsed = TermSchema.safeParse(raw);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				problems.push({
					file,
					line,
					message: `术语 ${name} 的 ${issue.path.join('.') || '(整体)'}：${issue.message}`,
				});
			}
			return;
		}
		const term = parsed.data;
		if (seen.has(term.id)) {
			problems.push({ file, line, message: `术语 id「${term.id}」重复：每个术语的 id 必须唯一` });
			return;
		}
		seen.add(term.id);
		const paragraph = text.get(term.source.p) ?? '';
		if (!isVerbatimQuote(term.source.quote, paragraph)) {
			problems.push({
				file,
				line,
				message: `术语 ${term.id} 的 source.quote「${term.source.quote}」不是 ${term.source.p} 的原文。最接近的是「${closestPassage(term.source.quote, paragraph)}」：请逐字照录，或改正 source.p`,
			});
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
