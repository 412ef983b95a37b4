/**
 * Where the instructor tools get the learner's progress: a seam for the progress store.
 *
 * Until src/progress/store.ts lands this returns an empty snapshot (every item 未开始). The lead wires
 * it by mapping the store's state to ProgressSnapshot (attempts → `attempts`, lesson completion →
 * `lessonsCompleted`, case endings → `caseEndings`) and subscribing to the store's changes.
 * Owns: nothing but the seam. Must not: touch localStorage (only the store does).
 */
import { EMPTY_SNAPSHOT, type ProgressSnapshot } from './status';

export function readProgressSnapshot(): ProgressSnapshot {
	return EMPTY_SNAPSHOT;
}

/** Calls `listener` when progress changes. Returns an unsubscribe function. */
export function subscribeProgress(_listener: () => void): () => void {
	return () => undefined;
}
