/**
 * Playing a case: the learner's walk through it as a list of steps, the state those steps build
 * (./state.ts), and the moves on it (choose, continue, back, restart, restore a saved walk).
 * Immutable: every move returns a new walk. The player component only renders a walk and calls these.
 *
 * Owns: the rules of moving through a case and what "the path taken" is. Must not: render, store
 * or publish (src/cases/ending-sink.ts publishes endings, src/cases/resume.ts keeps a walk).
 */
import type { CaseChoice, CaseNode, DecisionNode, EndingNode } from '../schemas/case';
import { nodeMap, startNode, type CaseGraph, type CaseStep } from './graph';
import { applyChoice, EMPTY_STATE, resolveNext, type CaseState } from './state';

/**
 * A walk: the steps so far. The last step is where the learner is; a decision step with `choice`
 * set shows that choice's consequence and feedback until the learner continues.
 */
export interface Walk {
	readonly steps: readonly CaseStep[];
}

export function startWalk(c: CaseGraph): Walk {
	return { steps: [{ node: startNode(c).id }] };
}

function nodeOf(c: CaseGraph, id: string): CaseNode {
	const node = nodeMap(c).get(id);
	if (!node) throw new Error(`Unknown case node "${id}"`);
	return node;
}

/** Where the learner is: the node, and the choice made there if any. */
export function currentStep(
	c: CaseGraph,
	walk: Walk,
): { node: CaseNode; choice: CaseChoice | undefined; choiceIndex: number | undefined } {
	const step = walk.steps.at(-1)!;
	const node = nodeOf(c, step.node);
	const choice =
		node.type === 'decision' && step.choice !== undefined ? node.choices[step.choice] : undefined;
	return { node, choice, choiceIndex: step.choice };
}

/** Choose option `index` at the current decision (a walk already past choosing is returned as is). */
export function choose(c: CaseGraph, walk: Walk, index: number): Walk {
	const { node, choice } = currentStep(c, walk);
	if (node.type !== 'decision' || choice || !node.choices[index]) return walk;
	return { steps: [...walk.steps.slice(0, -1), { node: node.id, choice: index }] };
}

/** True when the learner can continue: on a situation, or on a decision after choosing. */
export function canContinue(c: CaseGraph, walk: Walk): boolean {
	const { node, choice } = currentStep(c, walk);
	return node.type === 'situation' || (node.type === 'decision' && choice !== undefined);
}

/** The state built by the choices made so far (including one just made at the current decision). */
export function stateOf(c: CaseGraph, walk: Walk): CaseState {
	let state = EMPTY_STATE;
	for (const step of walk.steps) {
		const node = nodeOf(c, step.node);
		const choice =
			node.type === 'decision' && step.choice !== undefined ? node.choices[step.choice] : undefined;
		if (choice) state = applyChoice(state, choice);
	}
	return state;
}

/** Go on to the next node (the situation's `next` or the chosen option's `next`, with the state). */
export function advance(c: CaseGraph, walk: Walk): Walk {
	const { node, choice } = currentStep(c, walk);
	const routes = node.type === 'situation' ? node.next : choice?.next;
	if (routes === undefined) return walk;
	const next = resolveNext(c, routes, stateOf(c, walk));
	if (next === undefined) return walk;
	nodeOf(c, next);
	return { steps: [...walk.steps, { node: next }] };
}

/**
 * A saved walk, replayed against the case: the same walk when every step follows from the one
 * before (the case may have changed since it was saved), else undefined.
 */
export function restoreWalk(c: CaseGraph, steps: readonly CaseStep[]): Walk | undefined {
	if (steps.length === 0 || steps[0]!.node !== startNode(c).id) return undefined;
	let walk: Walk = { steps: [{ node: steps[0]!.node }] };
	for (let i = 0; i < steps.length; i++) {
		const step = steps[i]!;
		if (step.choice !== undefined) {
			const chosen = choose(c, walk, step.choice);
			if (chosen === walk) return undefined;
			walk = chosen;
		}
		const following = steps[i + 1];
		if (!following) break;
		if (!canContinue(c, walk)) return undefined;
		walk = advance(c, walk);
		if (walk.steps.at(-1)!.node !== following.node) return undefined;
	}
	return walk;
}

/** True when there is a step to undo. */
export function canGoBack(walk: Walk): boolean {
	return walk.steps.length > 1 || walk.steps[0]?.choice !== undefined;
}

/**
 * Undo one move: after choosing, un-choose (the learner decides again); otherwise return to the
 * previous node, also un-choosing there so the learner is back at that decision.
 */
export function back(walk: Walk): Walk {
	const last = walk.steps.at(-1);
	if (!last) return walk;
	if (last.choice !== undefined)
		return { steps: [...walk.steps.slice(0, -1), { node: last.node }] };
	if (walk.steps.length === 1) return walk;
	const previous = walk.steps.at(-2)!;
	return { steps: [...walk.steps.slice(0, -2), { node: previous.node }] };
}

/** The ending reached, or undefined while the case is still being played. */
export function endingOf(c: CaseGraph, walk: Walk): EndingNode | undefined {
	const { node } = currentStep(c, walk);
	return node.type === 'ending' ? node : undefined;
}

/** The decisions taken, in order, for "the path you took". */
export function pathTaken(
	c: CaseGraph,
	walk: Walk,
): { node: DecisionNode; choice: CaseChoice; index: number }[] {
	const taken: { node: DecisionNode; choice: CaseChoice; index: number }[] = [];
	for (const step of walk.steps) {
		const node = nodeOf(c, step.node);
		if (node.type !== 'decision' || step.choice === undefined) continue;
		const choice = node.choices[step.choice];
		if (choice) taken.push({ node, choice, index: step.choice });
	}
	return taken;
}
