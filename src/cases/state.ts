/**
 * The state of a walk through a case: the flags set and the points per capacity added by the choices
 * taken so far; conditions over it; the passage lines it shows; where a `next` leads from it.
 *
 * Owns: the meaning of `set`, `points`, `when`, routes and ending rules (format v2,
 * src/schemas/case.ts). Must not: walk the graph (./graph.ts) or render anything.
 */
import type { PowerId } from '../article/powers';
import type { Case, CaseChoice, Condition, PassageLine, Route } from '../schemas/case';
import { ENDING_TARGET } from './format';

export interface CaseState {
	/** Flags set so far, sorted. */
	readonly flags: readonly string[];
	/** Points per capacity so far. */
	readonly points: Readonly<Partial<Record<PowerId, number>>>;
}

export const EMPTY_STATE: CaseState = { flags: [], points: {} };

/** The state after taking `choice`. */
export function applyChoice(state: CaseState, choice: CaseChoice): CaseState {
	const flags = [...new Set([...state.flags, ...(choice.set ?? [])])].sort();
	const points = { ...state.points };
	for (const [power, n] of Object.entries(choice.points ?? {}) as [PowerId, number][])
		points[power] = (points[power] ?? 0) + n;
	return { flags, points };
}

/** Does the state satisfy the condition (every part that is given)? No condition: yes. */
export function matches(state: CaseState, when: Condition | undefined): boolean {
	if (!when) return true;
	const has = (f: string) => state.flags.includes(f);
	const score = (p: string) => state.points[p as PowerId] ?? 0;
	if (when.all && !when.all.every(has)) return false;
	if (when.any && !when.any.some(has)) return false;
	if (when.none && when.none.some(has)) return false;
	if (when.atLeast && !Object.entries(when.atLeast).every(([p, n]) => score(p) >= (n ?? 0)))
		return false;
	if (when.below && !Object.entries(when.below).every(([p, n]) => score(p) < (n ?? 0)))
		return false;
	return true;
}

/** The lines of a passage shown in this state. */
export function visibleLines(lines: readonly PassageLine[], state: CaseState): string[] {
	return lines.flatMap((line) =>
		typeof line === 'string' ? [line] : matches(state, line.when) ? [line.text] : [],
	);
}

/** The flags a condition mentions (for the build's checks). */
export function conditionFlags(when: Condition | undefined): string[] {
	if (!when) return [];
	return [...(when.all ?? []), ...(when.any ?? []), ...(when.none ?? [])];
}

/**
 * Where `routes` lead in this state: the first route that matches, with `ending` resolved through
 * the case's ending rules. Undefined when nothing matches (the build's checks forbid that).
 */
export function resolveNext(
	c: Pick<Case, 'endings'>,
	routes: readonly Route[],
	state: CaseState,
): string | undefined {
	const route = routes.find((r) => matches(state, r.when));
	if (!route) return undefined;
	if (route.to !== ENDING_TARGET) return route.to;
	return c.endings.find((rule) => matches(state, rule.when))?.to;
}
