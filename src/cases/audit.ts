/**
 * The build's path checks on a case (format v2): every path is enumerated (./graph.ts) and judged.
 *   · a path that stops: no route or ending rule matches, a missing node, a loop
 *   · a flag used but not declared in `flags`, or declared and never set by any choice
 *   · an ending reachable by a path that lacks a flag the ending `claims`
 *   · a node reachable by a path whose state does not satisfy what the node `assumes`
 *   · a conditional line that no path to its node ever shows
 *   · not exactly one `best: true` ending; the best ending reachable with a poor choice
 *   · an ending decided by the last decision alone (no earlier decision changes the outcome)
 *   · a facilitation guide without exactly one question per decision node
 * Also `caseReport()`: decisions, paths, endings and which decisions change the outcome.
 *
 * Owns: the judging rules and their messages (Chinese, naming node and path). Must not: read files
 * or know line numbers (src/content-checks/cases.ts maps problems onto the file).
 */
import type { Case, CaseNode, PassageLine } from '../schemas/case';
import { describePath, enumeratePaths, nodeMap, type CasePath, type CaseStep } from './graph';
import { applyChoice, conditionFlags, EMPTY_STATE, matches, type CaseState } from './state';

export interface AuditProblem {
	/** Where in the file: a path of keys (the checker turns it into a line number). */
	where: (string | number)[];
	message: string;
}

/** The state on arrival at each step of a path (index i: before the choice at step i). */
export function statesAlong(c: Pick<Case, 'nodes'>, steps: readonly CaseStep[]): CaseState[] {
	const nodes = nodeMap(c);
	const states: CaseState[] = [];
	let state = EMPTY_STATE;
	for (const step of steps) {
		states.push(state);
		const node = nodes.get(step.node);
		if (node?.type === 'decision' && step.choice !== undefined) {
			const choice = node.choices[step.choice];
			if (choice) state = applyChoice(state, choice);
		}
	}
	return states;
}

function lines(node: CaseNode): { key: string; lines: readonly PassageLine[] }[] {
	const out = [{ key: 'text', lines: node.text }];
	if (node.type === 'ending') out.push({ key: 'debrief', lines: node.debrief });
	return out;
}

export function auditCase(c: Case): AuditProblem[] {
	const problems: AuditProblem[] = [];
	const index = new Map(c.nodes.map((n, i) => [n.id, i]));
	const at = (id: string, ...rest: (string | number)[]) => ['nodes', index.get(id) ?? 0, ...rest];
	const { paths, faults } = enumeratePaths(c);
	const reported = new Set<string>();
	const once = (key: string, problem: AuditProblem) => {
		if (reported.has(key)) return;
		reported.add(key);
		problems.push(problem);
	};

	for (const fault of faults) {
		const path = describePath(fault.steps) || '（起点）';
		if (fault.kind === 'no-route')
			problems.push({
				where: at(fault.at),
				message: `路径「${path}」在节点「${fault.at}」之后没有可走的路由：没有一条 when 或结局规则（endings）与此时的状态相符，请补一条兜底规则（不写 when）`,
			});
		else if (fault.kind === 'loop')
			once(`loop:${fault.at}`, {
				where: at(fault.at),
				message: `路径「${path}」回到了已经走过的节点「${fault.at}」：案例不能绕圈，请让路线一直向前`,
			});
		else
			problems.push({
				where: at(fault.at),
				message: `节点「${fault.at}」指向不存在的节点「${fault.target}」（路径「${path}」）：请改成已有节点的 id，或写 ending 交给结局规则`,
			});
	}

	// Flags: declared, set, used.
	const declared = new Set(Object.keys(c.flags));
	const setAnywhere = new Set<string>();
	const used: { flag: string; where: (string | number)[]; what: string }[] = [];
	const useCondition = (
		when: Parameters<typeof conditionFlags>[0],
		where: (string | number)[],
		what: string,
	) => conditionFlags(when).forEach((flag) => used.push({ flag, where, what }));
	c.endings.forEach((rule, i) =>
		useCondition(rule.when, ['endings', i, 'when'], `结局规则第 ${i + 1} 条`),
	);
	for (const node of c.nodes) {
		useCondition(node.assumes, at(node.id, 'assumes'), `节点「${node.id}」的 assumes`);
		for (const { key, lines: ls } of lines(node))
			ls.forEach((line, j) => {
				if (typeof line !== 'string')
					useCondition(line.when, at(node.id, key, j), `节点「${node.id}」的条件句`);
			});
		const routesOf = (
			routes: readonly { when?: Parameters<typeof conditionFlags>[0] }[],
			where: (string | number)[],
		) => routes.forEach((r, j) => useCondition(r.when, [...where, j], `节点「${node.id}」的路由`));
		if (node.type === 'situation') routesOf(node.next, at(node.id, 'next'));
		if (node.type === 'decision')
			node.choices.forEach((choice, j) => {
				for (const flag of choice.set ?? []) {
					setAnywhere.add(flag);
					used.push({
						flag,
						where: at(node.id, 'choices', j, 'set'),
						what: `节点「${node.id}」第 ${j + 1} 个选项的 set`,
					});
				}
				routesOf(choice.next, at(node.id, 'choices', j, 'next'));
			});
		if (node.type === 'ending')
			for (const flag of node.claims)
				used.push({ flag, where: at(node.id, 'claims'), what: `结局「${node.id}」的 claims` });
	}
	for (const u of used)
		if (!declared.has(u.flag))
			problems.push({
				where: u.where,
				message: `${u.what}${/[a-z]$/u.test(u.what) ? ' ' : ''}用到了未声明的状态标记「${u.flag}」：请在 flags 里声明它（写明它记录的做法），或改正拼写`,
			});
	for (const flag of declared)
		if (!setAnywhere.has(flag))
			problems.push({
				where: ['flags', flag],
				message: `状态标记「${flag}」已声明，但没有任何选项 set 它：请删除它，或让相应选项设置它`,
			});

	// Claims and assumptions hold on every path; conditional lines show on some path.
	const shown = new Set<string>();
	for (const path of paths) {
		const states = statesAlong(c, path.steps);
		const route = describePath(path.steps);
		path.steps.forEach((step, i) => {
			const node = c.nodes[index.get(step.node)!]!;
			const state = node.type === 'ending' ? path.state : states[i]!;
			if (node.assumes && !matches(state, node.assumes))
				once(`assumes:${node.id}`, {
					where: at(node.id, 'assumes'),
					message: `节点「${node.id}」的文字预设了路径上未必发生的事：路径「${route}」到达这里时不满足 assumes（${JSON.stringify(node.assumes)}）。请把依赖前面选择的句子写成条件句（when），或调整路由`,
				});
			for (const { key, lines: ls } of lines(node))
				ls.forEach((line, j) => {
					if (typeof line !== 'string' && matches(state, line.when))
						shown.add(`${node.id}:${key}:${j}`);
				});
		});
		const ending = c.nodes[index.get(path.ending)!]!;
		if (ending.type === 'ending')
			for (const flag of ending.claims)
				if (!path.state.flags.includes(flag))
					once(`claim:${ending.id}:${flag}`, {
						where: at(ending.id, 'claims'),
						message: `结局「${ending.id}」声称「${c.flags[flag] ?? flag}」（${flag}），但路径「${route}」没有做到这一点也到达了它：请改结局规则，让这条路径去别的结局，或把相关句子改成条件句`,
					});
	}
	for (const node of c.nodes)
		for (const { key, lines: ls } of lines(node))
			ls.forEach((line, j) => {
				if (
					typeof line !== 'string' &&
					paths.some((p) => p.steps.some((s) => s.node === node.id)) &&
					!shown.has(`${node.id}:${key}:${j}`)
				)
					problems.push({
						where: at(node.id, key, j),
						message: `节点「${node.id}」的条件句「${line.text}」在任何路径上都不会显示：请检查它的 when`,
					});
			});

	// The best ending.
	const best = c.nodes.filter((n) => n.type === 'ending' && n.best);
	if (best.length !== 1)
		problems.push({
			where: ['nodes'],
			message: `每个案例要有且只有一个最佳结局（best: true），现在有 ${best.length} 个`,
		});
	for (const node of best) {
		const poor = paths.find((p) => p.ending === node.id && poorChoices(c, p).length > 0);
		if (poor)
			problems.push({
				where: at(node.id, 'best'),
				message: `最佳结局「${node.id}」可以经由含有 poor 选项的路径到达：「${describePath(poor.steps)}」（${poorChoices(c, poor).join('、')} 为 poor）。请修改结局规则（如 none: […]），让含错误选择的路径去别的结局`,
			});
	}

	// Some decision before the last changes the outcome.
	if (paths.length > 0 && earlierDecisions(paths).length === 0) {
		problems.push({
			where: ['endings'],
			message:
				'结局只由最后一个决策决定：只要最后一步选得一样，前面怎么选结局都一样。请让前面的选择设置状态（set / points），并在结局规则里用到它',
		});
	}

	// Facilitation: one question per decision.
	const decisions = c.nodes.filter((n) => n.type === 'decision').map((n) => n.id);
	const asked = c.facilitation.questions.map((q) => q.decision);
	for (const id of decisions)
		if (asked.filter((d) => d === id).length !== 1)
			problems.push({
				where: ['facilitation', 'questions'],
				message: `facilitation.questions 要为每个决策点写且只写一道讨论题：决策点「${id}」现在有 ${asked.filter((d) => d === id).length} 道`,
			});
	c.facilitation.questions.forEach((q, i) => {
		if (!decisions.includes(q.decision))
			problems.push({
				where: ['facilitation', 'questions', i, 'decision'],
				message: `facilitation.questions 第 ${i + 1} 题的 decision「${q.decision}」不是决策节点`,
			});
	});
	c.facilitation.pauses.forEach((pause, i) => {
		if (!index.has(pause.at))
			problems.push({
				where: ['facilitation', 'pauses', i, 'at'],
				message: `facilitation.pauses 第 ${i + 1} 项的 at「${pause.at}」不是本案例的节点`,
			});
	});
	return problems;
}

/** The decisions on a path whose choice is graded poor, as 「d1 选 B」. */
export function poorChoices(c: Pick<Case, 'nodes'>, path: CasePath): string[] {
	const nodes = nodeMap(c);
	return path.steps.flatMap((s) => {
		const node = nodes.get(s.node);
		if (node?.type !== 'decision' || s.choice === undefined) return [];
		return node.choices[s.choice]?.grade === 'poor' ? [describePath([s])] : [];
	});
}

/** The last decision of a path and the choice taken there, as `d3:1`. */
function lastChoice(p: CasePath): string {
	const last = p.steps.filter((s) => s.choice !== undefined).at(-1);
	return last ? `${last.node}:${last.choice}` : '';
}

/**
 * Pairs of paths that make the same last choice and still end differently: proof that an earlier
 * decision changes the outcome. For each decision where such a pair first parts, one example.
 * Empty: the ending is a function of the last choice alone.
 */
export function earlierDecisions(
	paths: readonly CasePath[],
): { node: string; a: CasePath; b: CasePath }[] {
	const found = new Map<string, { node: string; a: CasePath; b: CasePath }>();
	for (let i = 0; i < paths.length; i++)
		for (let j = i + 1; j < paths.length; j++) {
			const a = paths[i]!;
			const b = paths[j]!;
			if (a.ending === b.ending || lastChoice(a) !== lastChoice(b)) continue;
			const k = a.steps.findIndex(
				(s, n) => s.node !== b.steps[n]?.node || s.choice !== b.steps[n]?.choice,
			);
			const node = a.steps[k]?.node;
			if (node && !found.has(node)) found.set(node, { node, a, b });
		}
	return [...found.values()];
}

export interface CaseReport {
	id: string;
	decisions: string[];
	paths: number;
	endings: { id: string; best: boolean; paths: number }[];
	/** Decisions whose choice changes the outcome before the last decision, with an example pair. */
	earlier: { node: string; a: string; aEnding: string; b: string; bEnding: string }[];
}

/** Numbers for the author and the lead: decisions, paths, endings and what changes the outcome. */
export function caseReport(c: Case): CaseReport {
	const { paths } = enumeratePaths(c);
	const endings = c.nodes.filter((n) => n.type === 'ending');
	return {
		id: c.id,
		decisions: c.nodes.filter((n) => n.type === 'decision').map((n) => n.id),
		paths: paths.length,
		endings: endings.map((e) => ({
			id: e.id,
			best: e.type === 'ending' && e.best,
			paths: paths.filter((p) => p.ending === e.id).length,
		})),
		earlier: earlierDecisions(paths).map((d) => ({
			node: d.node,
			a: describePath(d.a.steps),
			aEnding: d.a.ending,
			b: describePath(d.b.steps),
			bEnding: d.b.ending,
		})),
	};
}
