/**
 * Where a finished attempt goes: the one function the quiz island calls on finish. The progress
 * store records it, and a `zuzhili:attempt` CustomEvent (detail: the AttemptResult) is dispatched on
 * window for anything else listening. The store also listens for that event but de-duplicates
 * attempts (quiz id + start + finish), so recording directly first is safe.
 *
 * Owns: handing results on. Must not: build or change the result (./build-attempt.ts does).
 */
import { initProgress, recordAttempt } from '../progress/store';
import type { AttemptResult } from './attempt';

export const ATTEMPT_EVENT = 'zuzhili:attempt';

export function publishAttempt(result: AttemptResult): void {
	if (typeof window === 'undefined') return;
	initProgress();
	recordAttempt(result);
	window.dispatchEvent(new CustomEvent<AttemptResult>(ATTEMPT_EVENT, { detail: result }));
}
