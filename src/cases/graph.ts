/**
 * A case as a graph: nodes, where each leads, what is reachable, which endings exist, and the paths
 * through it. Used by the build's checks, the player, the printable view and the e2e suite (which
 * derives the paths it plays from the case data).
 *
 * Owns: pure graph questions over a parsed case. Must not: validate fields (src/schemas/case.ts) or
 * render anything.
 */
import type { Case, CaseNode, EndingNode } from '../schemas/case';

/** One step of a path: a node, and for a decision the index of the choice taken there. */
export interface CaseStep {
	node: string;
	choice?: number;
}

/** The graph's shape that these functions need (a parsed case satisfies it). */
export type CaseGraph = Pick<Case, 'nodes'>;

export function nodeMap(c: CaseGraph): Map<string, CaseNode> {
	return new Map(c.nodes.map((n) => [n.id, n]));
}

/** The start node (the first one). */
export function startNode(c: CaseGraph): CaseNode {
	const first = c.nodes[0];
	if (!first) throw new Error('A case has no nodes');
	return first;
}

/** The node ids a node leads to, in order (a decision: one per choice, repeats kept). */
export function successors(node: CaseNode): string[] {
	if (node.type === 'situation') return [node.next];
	if (node.type === 'decision') return node.choices.map((c) => c.next);
	return [];
}

/** Every node id reachable from the start (the start included); unknown targets are skipped. */
export function reachable(c: CaseGraph): Set<string> {
	const nodes = nodeMap(c);
	const seen = new Set<string>();
	const stack = [startNode(c).id];
	while (stack.length > 0) {
		const id = stack.pop()!;
		const node = nodes.get(id);
		if (!node || seen.has(id)) continue;
		seen.add(id);
		stack.push(...successors(node));
	}
	return seen;
}

/** The ids of nodes from which some ending can be reached (endings included). */
export function canReachEnding(c: CaseGraph): Set<string> {
	const good = new Set(c.nodes.filter((n) => n.type === 'ending').map((n) => n.id));
	let grew = true;
	while (grew) {
		grew = false;
		for (const node of c.nodes) {
			if (!good.has(node.id) && successors(node).some((id) => good.has(id))) {
				good.add(node.id);
				grew = true;
			}
		}
	}
	return good;
}

/** The ending nodes reachable from the start, in file order. */
export function reachableEndings(c: CaseGraph): EndingNode[] {
	const seen = reachable(c);
	return c.nodes.filter((n): n is EndingNode => n.type === 'ending' && seen.has(n.id));
}

/**
 * Every path from the start to an ending that visits no node twice, as steps (at most `limit`
 * paths, to stay bounded on large graphs). A choice into an unknown node is skipped.
 */
export function pathsToEndings(c: CaseGraph, limit = 10_000): CaseStep[][] {
	const nodes = nodeMap(c);
	const paths: CaseStep[][] = [];
	const onPath = new Set<string>();
	const walk = (id: string, steps: CaseStep[]): void => {
		if (paths.length >= limit) return;
		const node = nodes.get(id);
		if (!node || onPath.has(id)) return;
		if (node.type === 'ending') {
			paths.push([...steps, { node: id }]);
			return;
		}
		onPath.add(id);
		if (node.type === 'situation') walk(node.next, [...steps, { node: id }]);
		else
			node.choices.forEach((choice, i) => walk(choice.next, [...steps, { node: id, choice: i }]));
		onPath.delete(id);
	};
	walk(startNode(c).id, []);
	return paths;
}

/** How many decision points a path passes. */
export function decisionCount(path: readonly CaseStep[]): number {
	return path.filter((s) => s.choice !== undefined).length;
}

/** The most decision points on any path from the start to an ending (0 when none reaches one). */
export function longestDecisionPath(c: CaseGraph): number {
	return pathsToEndings(c).reduce((max, p) => Math.max(max, decisionCount(p)), 0);
}

/**
 * One path per reachable ending (the first found, in choice order): together they reach every
 * ending. The e2e suite plays these, so it stays right when the content changes.
 */
export function pathPerEnding(c: CaseGraph): { ending: string; path: CaseStep[] }[] {
	const byEnding = new Map<string, CaseStep[]>();
	for (const path of pathsToEndings(c)) {
		const ending = path.at(-1)!.node;
		if (!byEnding.has(ending)) byEnding.set(ending, path);
	}
	return [...byEnding].map(([ending, path]) => ({ ending, path }));
}

/** Number of decision nodes in the case. */
export function decisionNodeCount(c: CaseGraph): number {
	return c.nodes.filter((n) => n.type === 'decision').length;
}
