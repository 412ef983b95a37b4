/**
 * Where a finished attempt goes: the one function the quiz island calls on finish. It dispatches a
 * `zuzhili:attempt` CustomEvent on window (detail: the AttemptResult); the progress store, started on
 * every page by the progress strip, records every such event (de-duplicated by quiz id, start and
 * finish). Going through the event keeps the store's validation code out of the quiz island's bundle.
 *
 * Every quiz result takes this one path: the quiz island on finish, and 错题本 / 今日复习 retries
 * (which re-label the engine's own result as quiz REVIEW_QUIZ_ID instead of rebuilding it).
 *
 * Owns: handing results on, the event's name, the review quiz id. Must not: build or change the
 * result (./build-attempt.ts does).
 */
import type { AttemptResult } from './attempt';

export const ATTEMPT_EVENT = 'zuzhili:attempt';

/** The quiz id 错题本 and 今日复习 retries are recorded under. */
export const REVIEW_QUIZ_ID = 'review';

export function publishAttempt(result: AttemptResult): void {
	if (typeof window === 'undefined') return;
	window.dispatchEvent(new CustomEvent<AttemptResult>(ATTEMPT_EVENT, { detail: result }));
}
