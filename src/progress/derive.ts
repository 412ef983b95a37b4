/**
 * Views computed from the progress document: lesson completion, item status (for assignments),
 * per-capacity mastery, the streak, the 错题本 and recent results. Pure functions with unit tests.
 *
 * Owns: the rules, stated once —
 *   lesson completed  = read to the end (its end marker scrolled into view) AND passed its lesson quiz
 *   mastery           = per capacity, the mean over its answered questions of each question's
 *                       latest score (the average of its last three answers), 0–1
 *   streak            = consecutive local days with activity, ending today (or yesterday, while today
 *                       has none yet)
 *   错题本             = questions answered wrongly at least once whose last wrong answer has not been
 *                       followed by two correct answers on two different local days (two right
 *                       answers a minute apart prove nothing; the second must come on a later day,
 *                       as the review scheduler brings the question back)
 * Must not: touch storage or the DOM.
 */
import { CAPACITY_IDS, type CapacityId, type PowerId } from '../article/powers';
import { own } from '../schemas/ids';
import { localDay, previousDay } from './dates';
import { lessonQuizId } from './doc';
import type { Answer, ProgressDoc, StoredAttempt } from './schema';

export type LessonState = 'not-started' | 'visited' | 'completed';

export interface LessonStatus {
	state: LessonState;
	visited: boolean;
	read: boolean;
	quizPassed: boolean;
}

export function lessonStatus(doc: ProgressDoc, lessonId: string): LessonStatus {
	const record = own(doc.lessons, lessonId);
	const read = record?.readAt !== undefined;
	const quizPassed =
		record?.quizPassedAt !== undefined ||
		own(doc.quizzes, lessonQuizId(lessonId))?.passedAt !== undefined;
	const visited = record !== undefined;
	const state =
		read && quizPassed ? 'completed' : visited || quizPassed ? 'visited' : 'not-started';
	return { state, visited, read, quizPassed };
}

/** An item an assignment can list. */
export type AssignmentItem =
	{ kind: 'lesson'; id: string } | { kind: 'quiz'; id: string } | { kind: 'case'; id: string };

export interface ItemStatus {
	state: 'todo' | 'started' | 'done';
	/** When it was done (lesson completed, quiz passed, case finished). */
	doneAt?: number;
	/** Quizzes: the best score so far, 0–1. */
	bestRatio?: number;
}

/** Status of one lesson, quiz set or case study, for the instructor tools' assignment checklist. */
export function itemStatus(doc: ProgressDoc, item: AssignmentItem): ItemStatus {
	if (item.kind === 'lesson') {
		const s = lessonStatus(doc, item.id);
		if (s.state !== 'completed') return { state: s.state === 'visited' ? 'started' : 'todo' };
		const r = own(doc.lessons, item.id);
		const quizAt = r?.quizPassedAt ?? own(doc.quizzes, lessonQuizId(item.id))?.passedAt ?? 0;
		return { state: 'done', doneAt: Math.max(r?.readAt ?? 0, quizAt) };
	}
	if (item.kind === 'quiz') {
		const q = own(doc.quizzes, item.id);
		if (!q) return { state: 'todo' };
		return q.passedAt === undefined
			? { state: 'started', bestRatio: q.bestRatio }
			: { state: 'done', doneAt: q.passedAt, bestRatio: q.bestRatio };
	}
	const endings = doc.cases.filter((c) => c.caseId === item.id);
	const first = endings[0];
	return first ? { state: 'done', doneAt: first.finishedAt } : { state: 'todo' };
}

/** A question's current score: the mean of its last three answers. */
export function questionScore(answers: readonly Answer[]): number {
	const last = answers.slice(-3);
	if (last.length === 0) return 0;
	return last.reduce((sum, a) => sum + a.score, 0) / last.length;
}

export interface Mastery {
	power: CapacityId;
	/** 0–1. */
	value: number;
	/** How many different questions of this capacity were answered. */
	answered: number;
}

export function mastery(doc: ProgressDoc): Mastery[] {
	return CAPACITY_IDS.map((power) => {
		const scores = Object.values(doc.questions)
			.filter((q) => q.power === power && q.answers.length > 0)
			.map((q) => questionScore(q.answers));
		const value = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
		return { power, value, answered: scores.length };
	});
}

export function streak(doc: ProgressDoc, now: number): number {
	const days = new Set(doc.days);
	let day = localDay(now);
	if (!days.has(day)) day = previousDay(day);
	let n = 0;
	while (days.has(day)) {
		n++;
		day = previousDay(day);
	}
	return n;
}

/** Local days with a correct answer since the last wrong one (how far towards leaving 错题本). */
export function correctDaysSinceWrong(answers: readonly Answer[]): number {
	const lastWrong = answers.findLastIndex((a) => !a.correct);
	return new Set(answers.slice(lastWrong + 1).map((a) => localDay(a.at))).size;
}

/** Whether a question is in the 错题本 (see the rule in the header). */
export function inNotebook(answers: readonly Answer[]): boolean {
	if (!answers.some((a) => !a.correct)) return false;
	return correctDaysSinceWrong(answers) < 2;
}

export interface NotebookEntry {
	questionId: string;
	power: PowerId;
	/** Days with a correct answer since the last wrong one (0 or 1). */
	correctSince: number;
	lastWrongAt: number;
}

export function notebook(doc: ProgressDoc): NotebookEntry[] {
	const entries: NotebookEntry[] = [];
	for (const [questionId, q] of Object.entries(doc.questions)) {
		if (!inNotebook(q.answers)) continue;
		const lastWrong = q.answers.findLastIndex((a) => !a.correct);
		entries.push({
			questionId,
			power: q.power,
			correctSince: correctDaysSinceWrong(q.answers),
			lastWrongAt: q.answers[lastWrong]?.at ?? 0,
		});
	}
	return entries.sort((a, b) => b.lastWrongAt - a.lastWrongAt);
}

/** The latest attempts, newest first. */
export function recentAttempts(doc: ProgressDoc, n = 5): StoredAttempt[] {
	return doc.attempts.slice(-n).reverse();
}

/** How many of the given lessons are completed. */
export function completedCount(doc: ProgressDoc, lessonIds: readonly string[]): number {
	return lessonIds.filter((id) => lessonStatus(doc, id).state === 'completed').length;
}

/** Questions answered at or after `since` (epoch ms): what 每日一练 avoids repeating. */
export function answeredSince(doc: ProgressDoc, since: number): Set<string> {
	const ids = new Set<string>();
	for (const [questionId, q] of Object.entries(doc.questions))
		if (q.answers.some((a) => a.at >= since)) ids.add(questionId);
	return ids;
}

export interface LevelSplit {
	power: CapacityId;
	/** Mastery over the capacity's 记忆 (recall) questions, 0–1, and how many were answered. */
	recall: { value: number; answered: number };
	/** Mastery over its 理解 / 应用 / 分析 questions: "can I use it", not "do I remember the words". */
	applied: { value: number; answered: number };
}

/**
 * Per capacity, mastery split by question level (`levels`: question id → level, from the bank).
 * Questions without a known level count in neither part.
 */
export function masteryByLevel(
	doc: ProgressDoc,
	levels: Readonly<Record<string, string>>,
): LevelSplit[] {
	const part = (power: CapacityId, recall: boolean) => {
		const scores = Object.entries(doc.questions)
			.filter(([id, q]) => {
				const level = Object.hasOwn(levels, id) ? levels[id] : undefined;
				return (
					q.power === power &&
					q.answers.length > 0 &&
					level !== undefined &&
					(level === 'recall') === recall
				);
			})
			.map(([, q]) => questionScore(q.answers));
		const value = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
		return { value, answered: scores.length };
	};
	return CAPACITY_IDS.map((power) => ({
		power,
		recall: part(power, true),
		applied: part(power, false),
	}));
}
