/**
 * A case as a graph walked with state: every path from the start to an ending, enumerated (the
 * graphs are small), with the state and the ending each path ends in. Used by the build's checks
 * (./audit.ts), the player, the print view, the library and the e2e suite (which derives the paths it
 * plays from the case data).
 *
 * Owns: pure path questions over a parsed case. Must not: validate fields (src/schemas/case.ts),
 * judge paths (./audit.ts) or render anything.
 */
import type { Case, CaseNode, EndingNode } from '../schemas/case';
import { applyChoice, EMPTY_STATE, resolveNext, type CaseState } from './state';

/** One step of a path: a node, and for a decision the index of the choice taken there. */
export interface CaseStep {
	node: string;
	choice?: number;
}

/** The parts of a case these functions need (a parsed case satisfies it). */
export type CaseGraph = Pick<Case, 'nodes' | 'endings'>;

/** A complete path: its steps (the last is the ending), the final state and the ending's id. */
export interface CasePath {
	steps: CaseStep[];
	state: CaseState;
	ending: string;
}

/** A path that cannot go on: no route or ending rule matches, a node is missing, or it loops. */
export interface PathFault {
	kind: 'no-route' | 'unknown-node' | 'loop';
	/** The steps up to and including the node where it stopped. */
	steps: CaseStep[];
	/** The node where it stopped. */
	at: string;
	/** For unknown-node: the missing id. */
	target?: string;
}

export function nodeMap(c: Pick<Case, 'nodes'>): Map<string, CaseNode> {
	return new Map(c.nodes.map((n) => [n.id, n]));
}

/** The start node (the first one). */
export function startNode(c: Pick<Case, 'nodes'>): CaseNode {
	const first = c.nodes[0];
	if (!first) throw new Error('A case has no nodes');
	return first;
}

/** Letters for choices in messages and print: A, B, C, D. */
export const CHOICE_LETTERS = 'ABCD';

/**
 * Walk every path from the start (at most `limit`). A path never revisits a node; one that would
 * is a fault, as is one whose routes or ending rules match nothing.
 */
export function enumeratePaths(
	c: CaseGraph,
	limit = 5_000,
): { paths: CasePath[]; faults: PathFault[] } {
	const nodes = nodeMap(c);
	const paths: CasePath[] = [];
	const faults: PathFault[] = [];
	const walk = (id: string, state: CaseState, steps: CaseStep[], from: string): void => {
		if (paths.length + faults.length >= limit) return;
		const node = nodes.get(id);
		if (!node) {
			faults.push({ kind: 'unknown-node', steps, at: from, target: id });
			return;
		}
		if (steps.some((s) => s.node === id)) {
			faults.push({ kind: 'loop', steps, at: id });
			return;
		}
		if (node.type === 'ending') {
			paths.push({ steps: [...steps, { node: id }], state, ending: id });
			return;
		}
		const go = (step: CaseStep, routes: Parameters<typeof resolveNext>[1], next: CaseState) => {
			const to = resolveNext(c, routes, next);
			const taken = [...steps, step];
			if (to === undefined) faults.push({ kind: 'no-route', steps: taken, at: id });
			else walk(to, next, taken, id);
		};
		if (node.type === 'situation') go({ node: id }, node.next, state);
		else
			node.choices.forEach((choice, i) =>
				go({ node: id, choice: i }, choice.next, applyChoice(state, choice)),
			);
	};
	walk(startNode(c).id, EMPTY_STATE, [], startNode(c).id);
	return { paths, faults };
}

/** Every complete path's steps. */
export function pathsToEndings(c: CaseGraph): CaseStep[][] {
	return enumeratePaths(c).paths.map((p) => p.steps);
}

/** Every node id some path (complete or not) passes. */
export function reachable(c: CaseGraph): Set<string> {
	const { paths, faults } = enumeratePaths(c);
	return new Set([...paths, ...faults].flatMap((p) => p.steps.map((s) => s.node)));
}

/** The ending nodes some path reaches, in file order. */
export function reachableEndings(c: CaseGraph): EndingNode[] {
	const seen = new Set(enumeratePaths(c).paths.map((p) => p.ending));
	return c.nodes.filter((n): n is EndingNode => n.type === 'ending' && seen.has(n.id));
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
	for (const { ending, steps } of enumeratePaths(c).paths)
		if (!byEnding.has(ending)) byEnding.set(ending, steps);
	return [...byEnding].map(([ending, path]) => ({ ending, path }));
}

/** A path in words for messages and reports: 「d1 选 A → d2 选 C」. */
export function describePath(steps: readonly CaseStep[]): string {
	return steps
		.filter((s) => s.choice !== undefined)
		.map((s) => `${s.node} 选 ${CHOICE_LETTERS[s.choice!] ?? s.choice! + 1}`)
		.join(' → ');
}
