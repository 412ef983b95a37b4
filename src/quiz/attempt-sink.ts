/**
 * Where a finished attempt goes: the one function the quiz island calls on finish.
 * For now it dispatches a `zuzhili:attempt` CustomEvent on window (detail: the AttemptResult); the
 * progress store will subscribe here (or this will call it) when it lands.
 *
 * Owns: handing results on. Must not: build or change the result (./build-attempt.ts does).
 */
import type { AttemptResult } from './attempt';

export const ATTEMPT_EVENT = 'zuzhili:attempt';

export function publishAttempt(result: AttemptResult): void {
	if (typeof window === 'undefined') return;
	window.dispatchEvent(new CustomEvent<AttemptResult>(ATTEMPT_EVENT, { detail: result }));
}
