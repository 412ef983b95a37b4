/**
 * Where a finished attempt goes: the one function the quiz island calls on finish. It dispatches a
 * `zuzhili:attempt` CustomEvent on window (detail: the AttemptResult); the progress store, started on
 * every page by the progress strip, records every such event (de-duplicated by quiz id, start and
 * finish). Going through the event keeps the store's validation code out of the quiz island's bundle.
 *
 * Owns: handing results on. Must not: build or change the result (./build-attempt.ts does).
 */
import type { AttemptResult } from './attempt';

export const ATTEMPT_EVENT = 'zuzhili:attempt';

export function publishAttempt(result: AttemptResult): void {
	if (typeof window === 'undefined') return;
	window.dispatchEvent(new CustomEvent<AttemptResult>(ATTEMPT_EVENT, { detail: result }));
}
