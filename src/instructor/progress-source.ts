/**
 * Where the instructor tools get the learner's progress: the progress store (src/progress/store.ts),
 * mapped to the narrow ProgressSnapshot that src/instructor/status.ts computes from.
 *
 * Mapping: lesson completed (the store's rule: read to the end AND lesson quiz passed) → `lessonsCompleted`;
 * visited → `lessonsStarted`; stored attempts → `attempts`; quiz summaries → `quizzes`; first case ending → `caseEndings`; the
 * store's per-capacity mastery (the dashboard's radar) → `mastery`.
 * Owns: the mapping only. Must not: touch localStorage (only the store does).
 */
import { CAPACITY_IDS, type CapacityId } from '../article/powers';
import { lessonStatus, mastery } from '../progress/derive';
import type { ProgressDoc } from '../progress/schema';
import { $progress, initProgress } from '../progress/store';
import { own } from '../schemas/ids';
import type { ProgressSnapshot } from './status';

export function snapshotOf(doc: ProgressDoc): ProgressSnapshot {
	const lessonsCompleted: Record<string, number> = {};
	const lessonsStarted: Record<string, number> = {};
	for (const [id, record] of Object.entries(doc.lessons)) {
		const status = lessonStatus(doc, id);
		if (status.state === 'completed') {
			lessonsCompleted[id] = Math.max(
				record.readAt ?? 0,
				record.quizPassedAt ?? 0,
				record.lastVisitedAt,
			);
		} else lessonsStarted[id] = record.firstVisitedAt;
	}
	const caseEndings: Record<string, number> = {};
	for (const ending of doc.cases) {
		const seen = own(caseEndings, ending.caseId);
		if (seen === undefined || ending.finishedAt < seen)
			caseEndings[ending.caseId] = ending.finishedAt;
	}
	const byPower = new Map(mastery(doc).map((m) => [m.power, m]));
	const percent = Object.fromEntries(
		CAPACITY_IDS.map((c) => {
			const m = byPower.get(c);
			return [c, m && m.answered > 0 ? Math.round(m.value * 100) : null];
		}),
	) as Record<CapacityId, number | null>;
	return {
		attempts: doc.attempts,
		quizzes: doc.quizzes,
		lessonsCompleted,
		lessonsStarted,
		caseEndings,
		mastery: percent,
	};
}

/** The current snapshot (starts the store if needed; call from effects only). */
export function readProgressSnapshot(): ProgressSnapshot {
	initProgress();
	return snapshotOf($progress.get().doc);
}

/** Calls `listener` when progress changes. Returns an unsubscribe function. */
export function subscribeProgress(listener: () => void): () => void {
	initProgress();
	return $progress.listen(listener);
}
