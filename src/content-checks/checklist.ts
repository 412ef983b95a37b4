/**
 * Checks on the branch self-check list (`content/checklist/branch.yaml`): schema, every quote
 * verbatim under the quote rule, and each version (村, 社区) non-empty. Shared by the build
 * (./index.ts), the checklist pages and the unit tests.
 * Owns: reading the file and reporting problems with file, line and field. Must not: render.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closestPassage, isVerbatimQuote } from '../article/quote-rule';
import type { Article } from '../article/parse';
import {
	CHECKLIST_VERSIONS,
	ChecklistSchema,
	checklistVersion,
	type Checklist,
} from '../schemas/checklist';
import type { ContentProblem } from './problem';
import { chineseErrors, parseWithLines } from './teaching-notes';

export const CHECKLIST_FILE = 'content/checklist/branch.yaml';

export interface ChecklistFile {
	file: string;
	source: string;
}

/** The checklist file under `root`, or undefined when there is none (fixtures without it). */
export function readChecklistFile(root: string): ChecklistFile | undefined {
	try {
		return { file: CHECKLIST_FILE, source: readFileSync(join(root, CHECKLIST_FILE), 'utf8') };
	} catch {
		return undefined;
	}
}

export function checkChecklist(
	input: ChecklistFile | undefined,
	article: Article,
): { list?: Checklist; problems: ContentProblem[] } {
	if (!input) return { problems: [] };
	const { file, source } = input;
	const { data, errors, lineOf } = parseWithLines(source);
	if (errors.length) {
		return {
			problems: errors.map((e) => ({
				file,
				line: e.line,
				message: `YAML 格式错误：${e.message}（请检查缩进和引号）`,
			})),
		};
	}
	const parsed = ChecklistSchema.safeParse(data, { error: chineseErrors });
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.map((i) => {
				const path = i.path.filter((k): k is string | number => typeof k !== 'symbol');
				return {
					file,
					line: lineOf(path, path.slice(0, -1), path.slice(0, 1)),
					message: `字段 ${path.join('.') || '（整体）'}：${i.message}`,
				};
			}),
		};
	}
	const problems: ContentProblem[] = [];
	const byId = new Map(article.paragraphs.map((p) => [p.id as string, p.raw]));
	parsed.data.sections.forEach((section, i) =>
		section.items.forEach((item, j) => {
			const para = byId.get(item.source.p) ?? '';
			if (!isVerbatimQuote(item.source.quote, para)) {
				problems.push({
					file,
					line: lineOf(['sections', i, 'items', j, 'source', 'quote']),
					message: `字段 sections[${i}].items[${j}].source.quote（第 ${i + 1} 部分第 ${j + 1} 条）不是第 ${item.source.p.slice(1)} 段的原文：「${item.source.quote}」。最接近的原文是「${closestPassage(item.source.quote, para)}」，请逐字照抄。`,
				});
			}
		}),
	);
	for (const version of CHECKLIST_VERSIONS) {
		if (checklistVersion(parsed.data, version).length === 0) {
			problems.push({
				file,
				line: 1,
				message: `${version === 'village' ? '村' : '社区'}版没有任何条目：请至少写一条不带 only 或 only: ${version} 的条目。`,
			});
		}
	}
	return { list: parsed.data, problems };
}
