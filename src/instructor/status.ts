/**
 * An assignment's live status, computed as a pure function of a progress snapshot.
 *
 * The progress store (src/progress/store.ts, another branch) will own what a learner did; this module
 * only reads a ProgressSnapshot — the narrow view the instructor tools need — so the checklist,
 * the receipt and the tests never depend on how the store keeps its data.
 * Owns: item status, best scores, per-capacity mastery, missed questions, building a receipt. Must not: read storage.
 */
import { CAPACITY_IDS, type CapacityId } from '../article/powers';
import type { AttemptResult, QuestionOutcome } from '../quiz/attempt';
import type { Assignment, ItemStatus, Receipt, ReceiptItem } from './codec';
import { own } from '../schemas/ids';
import { splitRef, type ItemRef } from './items';

/** The parts of an attempt the instructor tools read (the store's stored attempts fit). */
export type SnapshotAttempt = Pick<
	AttemptResult,
	'quizId' | 'score' | 'maxScore' | 'finishedAt'
> & {
	questions: readonly (Pick<QuestionOutcome, 'power' | 'score'> & {
		questionId?: string;
		correct?: boolean;
		skipped?: boolean | undefined;
	})[];
};

/** What the instructor tools need to know about a learner's progress. */
export interface ProgressSnapshot {
	/** Every finished quiz attempt (any order). */
	attempts: readonly SnapshotAttempt[];
	/**
	 * Per quiz set: best ratio (0–1) and last time, kept after old attempts are evicted (the store's
	 * quiz summaries), so a quiz once done stays done.
	 */
	quizzes?: Readonly<Record<string, { bestRatio: number; lastAt: number }>>;
	/** Lesson id (power id) → epoch ms when the learner marked/finished it. */
	lessonsCompleted: Readonly<Record<string, number>>;
	/** Lesson id → epoch ms when the learner opened it (optional: makes a lesson "in progress"). */
	lessonsStarted?: Readonly<Record<string, number>>;
	/** Case id → epoch ms when the learner reached an ending. */
	caseEndings: Readonly<Record<string, number>>;
	/** Per-capacity mastery (percent) as the progress store computes it; when absent, masteryOf derives it. */
	mastery?: Readonly<Record<CapacityId, number | null>>;
}

export const EMPTY_SNAPSHOT: ProgressSnapshot = {
	attempts: [],
	lessonsCompleted: {},
	caseEndings: {},
};

export interface ItemProgress extends ReceiptItem {
	/** Epoch ms of the latest activity on this item, or null. */
	at: number | null;
	/** For scored items that are done: whether the best score reaches the pass mark. */
	passed: boolean | null;
}

const pct = (score: number, max: number) => (max > 0 ? Math.round((score / max) * 100) : 0);

/** The status of one item. Quizzes: done once finished, score = best attempt; lessons and cases: done/todo. */
export function itemProgress(
	ref: ItemRef,
	snapshot: ProgressSnapshot,
	passMark: number,
): ItemProgress {
	const { kind, id } = splitRef(ref);
	if (kind === 'quiz') {
		const mine = snapshot.attempts.filter((a) => a.quizId === id);
		const summary = own(snapshot.quizzes, id);
		if (mine.length === 0 && !summary)
			return { ref, status: 'todo', score: null, at: null, passed: null };
		const best = Math.max(
			...mine.map((a) => pct(a.score, a.maxScore)),
			summary ? Math.round(summary.bestRatio * 100) : 0,
		);
		const at = Math.max(...mine.map((a) => a.finishedAt), summary?.lastAt ?? 0);
		return { ref, status: 'done', score: best, at, passed: best >= passMark };
	}
	const done = own(kind === 'lesson' ? snapshot.lessonsCompleted : snapshot.caseEndings, id);
	if (done !== undefined) return { ref, status: 'done', score: null, at: done, passed: null };
	const started = kind === 'lesson' ? own(snapshot.lessonsStarted, id) : undefined;
	const status: ItemStatus = started === undefined ? 'todo' : 'doing';
	return { ref, status, score: null, at: started ?? null, passed: null };
}

export function assignmentProgress(
	a: Pick<Assignment, 'items' | 'passMark'>,
	snapshot: ProgressSnapshot,
): ItemProgress[] {
	return a.items.map((ref) => itemProgress(ref, snapshot, a.passMark));
}

/** Per-capacity mastery in percent: the mean question score over every answered question of that capacity. */
export function masteryOf(snapshot: ProgressSnapshot): Record<CapacityId, number | null> {
	if (snapshot.mastery) return { ...snapshot.mastery };
	const sums = new Map<string, { total: number; n: number }>();
	for (const attempt of snapshot.attempts) {
		for (const q of attempt.questions) {
			const s = sums.get(q.power) ?? { total: 0, n: 0 };
			s.total += q.score;
			s.n += 1;
			sums.set(q.power, s);
		}
	}
	return Object.fromEntries(
		CAPACITY_IDS.map((c) => {
			const s = sums.get(c);
			return [c, s ? Math.round((s.total / s.n) * 100) : null];
		}),
	) as Record<CapacityId, number | null>;
}

/** Whether a learner passed: every item done and every scored item at or above the pass mark. */
export function isPassing(items: readonly ReceiptItem[], passMark: number): boolean {
	return items.every((i) => i.status === 'done' && (i.score === null || i.score >= passMark));
}

/**
 * The questions missed in the latest attempt of each assigned quiz (a question answered but not fully
 * right; a skipped one is not a mistake), in the assignment's item order, each once. A quiz whose
 * attempts the store no longer keeps contributes nothing.
 */
export function missedQuestions(
	a: Pick<Assignment, 'items'>,
	snapshot: Pick<ProgressSnapshot, 'attempts'>,
): string[] {
	const missed = new Set<string>();
	for (const ref of a.items) {
		const { kind, id } = splitRef(ref);
		if (kind !== 'quiz') continue;
		let latest: SnapshotAttempt | undefined;
		for (const attempt of snapshot.attempts)
			if (attempt.quizId === id && (!latest || attempt.finishedAt >= latest.finishedAt))
				latest = attempt;
		for (const q of latest?.questions ?? [])
			if (q.questionId && !q.skipped && (q.correct === false || q.score < 1))
				missed.add(q.questionId);
	}
	return [...missed];
}

export function buildReceipt(input: {
	assignment: Assignment;
	acceptedAt: number;
	snapshot: ProgressSnapshot;
	name: string;
	unit: string;
	now: number;
}): Receipt {
	const items = assignmentProgress(input.assignment, input.snapshot);
	const times = items.map((i) => i.at).filter((t): t is number => t !== null);
	return {
		assignmentId: input.assignment.id,
		name: input.name.trim(),
		unit: input.unit.trim(),
		passMark: input.assignment.passMark,
		items: items.map(({ ref, status, score }) => ({ ref, status, score })),
		mastery: masteryOf(input.snapshot),
		acceptedAt: input.acceptedAt,
		lastActivityAt: times.length ? Math.max(...times) : null,
		issuedAt: input.now,
		missed: missedQuestions(input.assignment, input.snapshot),
	};
}
