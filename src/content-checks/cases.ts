/**
 * Checks on case files (`content/cases/*.yaml`) beyond the schema: the file is format v2, every path
 * can be played to an ending and passes the path checks (src/cases/audit.ts), and every feedback,
 * measure and facilitation point is tied to a real paragraph with a verbatim quote.
 *
 * Each problem names the file, line, node and the fix, in Chinese:
 *   a v1 file · schema errors · duplicate node ids · id ≠ file name · a `next` or ending rule to a
 *   missing node · an unreachable node · the path checks (claims, assumes, best ending, last-choice-
 *   only, flags, facilitation) · an unknown paragraph · a quote that is not verbatim · fewer than 3
 *   decision points on the longest path · fewer than 2 distinct endings.
 * Owns: reading case files from disk and turning problems into messages. Shared by the build
 * (./index.ts) and the unit tests (tests/unit/case-checks.test.ts, fixtures in tests/fixtures/cases/).
 */
import type { Paragraph } from '../article/parse';
import { CASES } from '../content-kinds';
import { readContent } from '../content-kinds/read';
import { CaseSchema, ENDING_TARGET, type Case, type Route } from '../schemas/case';
import { auditCase } from '../cases/audit';
import { longestDecisionPath, reachable, reachableEndings } from '../cases/graph';
import { quoteNotVerbatim, type ContentProblem } from './problem';
import { YamlSource } from './yaml-source';

export const CASE_DIR = CASES.base;
/** The fewest decision points the longest path must pass. */
export const MIN_DECISIONS = 3;
/** The fewest distinct endings a case must have. */
export const MIN_ENDINGS = 2;

export interface CaseFile {
	/** Path relative to the project root (or the fixture folder). */
	file: string;
	source: string;
}

/** The case files under `root` (`dir` overrides the folder, for fixtures): what the `cases` collection loads. */
export function readCaseFiles(root: string, dir = CASE_DIR): CaseFile[] {
	return readContent(root, { ...CASES, base: dir });
}

/** Check every case file against the article's paragraphs. */
export function checkCases(
	files: readonly CaseFile[],
	paragraphs: readonly Paragraph[],
): { problems: ContentProblem[]; cases: Case[] } {
	const problems: ContentProblem[] = [];
	const cases: Case[] = [];
	const seenIds = new Map<string, string>();
	for (const file of files) {
		const result = checkCaseFile(file, paragraphs);
		problems.push(...result.problems);
		if (!result.data) continue;
		const other = seenIds.get(result.data.id);
		if (other) {
			problems.push({
				file: file.file,
				line: 1,
				message: `案例 id「${result.data.id}」与 ${other} 重复：请改成唯一的 id（并同步改文件名）`,
			});
		} else seenIds.set(result.data.id, file.file);
		if (result.problems.length === 0) cases.push(result.data);
	}
	return { problems, cases };
}

/** Check one case file. `data` is set when the schema passed (even if graph checks failed). */
export function checkCaseFile(
	{ file, source }: CaseFile,
	paragraphs: readonly Paragraph[],
): { problems: ContentProblem[]; data?: Case } {
	const problems: ContentProblem[] = [];
	const yaml = new YamlSource(file, source);
	if (yaml.doc.errors.length > 0) return { problems: yaml.syntaxProblems() };
	/** The line of the first of `paths` found (or of its nearest parent) in the file. */
	const lineOf = (...paths: (string | number)[][]): number => {
		for (const path of paths) {
			const line = yaml.line(path);
			if (line !== undefined) return line;
		}
		return 1;
	};
	const fileId = file.replace(/^.*\//u, '').replace(/\.ya?ml$/u, '');

	const raw: unknown = yaml.data();
	if (raw && typeof raw === 'object' && !('format' in raw)) {
		problems.push({
			file,
			line: 1,
			message:
				'这是第 1 版案例格式（文件里没有 format: 2），已不再支持：第 1 版的结局只由最后一个选择决定。请按 content/cases/README.md 迁移到第 2 版：加 format: 2、flags、endings 规则、每个选项的 grade 和 set、结局的 claims 与 best，以及 facilitation',
		});
		return { problems };
	}
	const parsed = CaseSchema.safeParse(raw);
	if (!parsed.success) {
		return { problems: yaml.issueProblems(parsed.error.issues, `案例 ${fileId}`) };
	}
	const data = parsed.data;
	if (data.id !== fileId) {
		problems.push({
			file,
			line: lineOf(['id']),
			message: `id「${data.id}」与文件名「${fileId}」不一致：请让 id 等于文件名（不含 .yaml）`,
		});
	}

	const index = new Map<string, number>();
	data.nodes.forEach((node, i) => {
		if (index.has(node.id)) {
			problems.push({
				file,
				line: lineOf(['nodes', i, 'id']),
				message: `节点「${node.id}」重复定义：每个节点的 id 必须唯一，请改名并更新指向它的 next`,
			});
		} else index.set(node.id, i);
	});

	const byId = new Map(paragraphs.map((p) => [p.id as string, p]));
	const checkQuote = (
		where: (string | number)[],
		label: string,
		p: string,
		quote: string,
	): void => {
		const para = byId.get(p);
		if (!para) {
			problems.push({
				file,
				line: lineOf([...where, 'p']),
				message: `${label} 引用了不存在的段落「${p}」：原文只有 p1…p${paragraphs.length}，请改成引文所在的段落`,
			});
			return;
		}
		const wrong = quoteNotVerbatim(quote, p, para.raw);
		if (wrong)
			problems.push({ file, line: lineOf([...where, 'quote']), message: `${label}：${wrong}` });
	};

	const checkTargets = (routes: readonly Route[], where: (string | number)[], label: string) =>
		routes.forEach((route, j) => {
			if (route.to !== ENDING_TARGET && !index.has(route.to))
				problems.push({
					file,
					line: lineOf([...where, j, 'to'], where),
					message: `${label}的 next 指向不存在的节点「${route.to}」：请改成已有节点的 id、写 ${ENDING_TARGET}（按结局规则选结局），或补上该节点`,
				});
		});
	data.endings.forEach((rule, i) => {
		const target = data.nodes[index.get(rule.to) ?? -1];
		if (target?.type !== 'ending')
			problems.push({
				file,
				line: lineOf(['endings', i, 'to'], ['endings', i]),
				message: `结局规则第 ${i + 1} 条的 to「${rule.to}」不是本案例的结局节点（type: ending）`,
			});
	});

	data.nodes.forEach((node, i) => {
		const at = (...rest: (string | number)[]) => ['nodes', i, ...rest];
		if (node.type === 'situation') checkTargets(node.next, at('next'), `节点「${node.id}」`);
		if (node.type === 'decision') {
			node.choices.forEach((choice, j) => {
				const label = `节点「${node.id}」第 ${j + 1} 个选项`;
				checkTargets(choice.next, at('choices', j, 'next'), label);
				checkQuote(
					at('choices', j, 'source'),
					`${label}的 source`,
					choice.source.p,
					choice.source.quote,
				);
			});
		}
		if (node.type === 'ending') {
			node.measures.forEach((m, j) =>
				checkQuote(at('measures', j), `结局「${node.id}」第 ${j + 1} 项 measures`, m.p, m.quote),
			);
		}
	});
	data.facilitation.questions.forEach((q, i) =>
		q.points.forEach((m, j) =>
			checkQuote(
				['facilitation', 'questions', i, 'points', j],
				`facilitation 第 ${i + 1} 题第 ${j + 1} 个要点`,
				m.p,
				m.quote,
			),
		),
	);
	if (problems.length > 0) return { problems, data };

	const seen = reachable(data);
	data.nodes.forEach((node, i) => {
		if (!seen.has(node.id)) {
			problems.push({
				file,
				line: lineOf(['nodes', i, 'id']),
				message: `节点「${node.id}」没有任何路径能到达（从起点「${data.nodes[0]!.id}」按选项、路由和结局规则走）：请让某个选项、路由或结局规则指向它，或删除它`,
			});
		}
	});
	for (const problem of auditCase(data)) {
		problems.push({
			file,
			line: lineOf(problem.where, problem.where.slice(0, -1), problem.where.slice(0, 2)),
			message: problem.message,
		});
	}

	{
		const longest = longestDecisionPath(data);
		if (longest < MIN_DECISIONS) {
			problems.push({
				file,
				line: lineOf(['nodes']),
				message: `最长的一条路径只有 ${longest} 个决策点：每个案例至少要有一条经过 ${MIN_DECISIONS} 个决策点的路径，请增加决策节点`,
			});
		}
		const endings = reachableEndings(data);
		if (endings.length < MIN_ENDINGS) {
			problems.push({
				file,
				line: lineOf(['nodes']),
				message: `只有 ${endings.length} 个可到达的结局：每个案例至少要有 ${MIN_ENDINGS} 个不同的结局（type: ending），请增加结局并让选项通向它`,
			});
		}
	}
	return { problems, data };
}
