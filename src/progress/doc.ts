/**
 * Pure operations on the progress document: recording what the learner did, and merging two
 * documents by timestamp (import, other tabs). Each function returns a new document.
 *
 * Owns: the recording rules (what an attempt, a visit, a case ending changes) and the caps.
 * Maps are keyed by ids from outside (links, imports): every lookup is `own()` (never an inherited
 * member such as `constructor`), and ids that name Object.prototype members are refused by the schema.
 * Must not: touch storage or the DOM, or compute views (src/progress/derive.ts does).
 */
import type { AttemptResult } from '../quiz/attempt';
import { own } from '../schemas/ids';
import { localDay } from './dates';
import { mergeInProgress } from './in-progress-rules';
import type {
	Answer,
	AssignmentRecord,
	CaseEnding,
	FontSize,
	LessonRecord,
	ProgressDoc,
	StoredAttempt,
} from './schema';

/** Full attempts kept (per-question history and quiz summaries outlive them). */
export const MAX_ATTEMPTS = 200;
/** How far ahead of this device's clock a time may be (another device's clock): one day. */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
export const MAX_ANSWERS_PER_QUESTION = 50;
export const MAX_CASE_ENDINGS = 500;
export const MAX_DAYS = 800;

/** The quiz set id of a lesson's 随堂测验. */
export function lessonQuizId(lessonId: string): string {
	return `lesson-${lessonId}`;
}

function addDay(days: readonly string[], at: number): string[] {
	const day = localDay(at);
	if (days.includes(day)) return [...days];
	return [...days, day].sort().slice(-MAX_DAYS);
}

function touch(doc: ProgressDoc, at: number): ProgressDoc {
	return { ...doc, updatedAt: Math.max(doc.updatedAt, at), days: addDay(doc.days, at) };
}

export function recordLessonVisit(
	doc: ProgressDoc,
	lessonId: string,
	at: number,
	location?: { path: string; title: string },
): ProgressDoc {
	const old = own(doc.lessons, lessonId);
	const lesson: LessonRecord = old
		? { ...old, lastVisitedAt: Math.max(old.lastVisitedAt, at) }
		: { firstVisitedAt: at, lastVisitedAt: at };
	const next = touch({ ...doc, lessons: { ...doc.lessons, [lessonId]: lesson } }, at);
	return location ? { ...next, lastLocation: { ...location, at } } : next;
}

export function markLessonRead(doc: ProgressDoc, lessonId: string, at: number): ProgressDoc {
	const old = own(doc.lessons, lessonId) ?? { firstVisitedAt: at, lastVisitedAt: at };
	if (old.readAt !== undefined) return doc;
	return touch({ ...doc, lessons: { ...doc.lessons, [lessonId]: { ...old, readAt: at } } }, at);
}

export function recordLocation(
	doc: ProgressDoc,
	location: { path: string; title: string },
	at: number,
): ProgressDoc {
	return { ...doc, lastLocation: { ...location, at }, updatedAt: Math.max(doc.updatedAt, at) };
}

/** Orders answers by time, then by score: the same answers end in the same order in every tab. */
const byAnswerTime = (a: Answer, b: Answer) => a.at - b.at || a.score - b.score;

function appendAnswer(answers: readonly Answer[], answer: Answer): Answer[] {
	if (answers.some((a) => a.at === answer.at && a.score === answer.score)) return [...answers];
	return [...answers, answer].sort(byAnswerTime).slice(-MAX_ANSWERS_PER_QUESTION);
}

/**
 * JSON with object keys sorted: two documents with the same content give the same text, whatever
 * order their keys were added in.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v !== null && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
				)
			: v,
	);
}

/** Whether two documents hold the same content. */
export function sameContent(a: ProgressDoc, b: ProgressDoc): boolean {
	return canonicalJson(a) === canonicalJson(b);
}

/**
 * The latest MAX_ATTEMPTS of a sorted list; attempts dated in the future (beyond the clock skew,
 * from a bad import or a wrong clock) go first, so they never push out what was just recorded.
 */
function capAttempts(sorted: StoredAttempt[], now: number): StoredAttempt[] {
	if (sorted.length <= MAX_ATTEMPTS) return sorted;
	const limit = now + MAX_CLOCK_SKEW_MS;
	const real = sorted.filter((a) => a.finishedAt <= limit);
	if (real.length >= MAX_ATTEMPTS) return real.slice(-MAX_ATTEMPTS);
	const future = sorted.filter((a) => a.finishedAt > limit);
	return [...real, ...future.slice(0, MAX_ATTEMPTS - real.length)];
}

/** Attempts by finish time, ties by key: merges in any order give the same list. */
const byAttemptTime = (x: StoredAttempt, y: StoredAttempt) =>
	x.finishedAt - y.finishedAt || (attemptKey(x) < attemptKey(y) ? -1 : 1);

/** Record one quiz attempt: the attempt, each question's history, the quiz summary, the lesson. */
export function recordAttempt(
	doc: ProgressDoc,
	result: AttemptResult | StoredAttempt,
): ProgressDoc {
	const at = result.finishedAt;
	const key = attemptKey(result);
	if (doc.attempts.some((a) => attemptKey(a) === key)) return doc;
	const attempts = capAttempts([...doc.attempts, result].sort(byAttemptTime), at);

	const questions = { ...doc.questions };
	for (const q of result.questions) {
		// Unanswered in a test: scored 0 in the attempt, but never answered, so no history.
		if (q.skipped) continue;
		const old = own(questions, q.questionId);
		questions[q.questionId] = {
			power: q.power,
			answers: appendAnswer(old?.answers ?? [], { at, score: q.score, correct: q.correct }),
		};
	}

	const ratio = result.maxScore > 0 ? Math.min(1, result.score / result.maxScore) : 0;
	const oldQuiz = own(doc.quizzes, result.quizId);
	const passedAt = oldQuiz?.passedAt ?? (result.passed ? at : undefined);
	const summary = {
		lastAt: Math.max(oldQuiz?.lastAt ?? 0, at),
		lastRatio: !oldQuiz || at >= oldQuiz.lastAt ? ratio : oldQuiz.lastRatio,
		bestRatio: Math.max(oldQuiz?.bestRatio ?? 0, ratio),
		...(passedAt === undefined ? {} : { passedAt }),
	};

	let lessons = doc.lessons;
	const lessonId = /^lesson-(.+)$/u.exec(result.quizId)?.[1];
	if (lessonId && result.passed) {
		const old = own(lessons, lessonId) ?? { firstVisitedAt: at, lastVisitedAt: at };
		if (old.quizPassedAt === undefined)
			lessons = { ...lessons, [lessonId]: { ...old, quizPassedAt: at } };
	}
	return touch(
		{
			...doc,
			attempts,
			questions,
			quizzes: { ...doc.quizzes, [result.quizId]: summary },
			lessons,
		},
		at,
	);
}

export function attemptKey(a: { quizId: string; startedAt: number; finishedAt: number }): string {
	return `${a.quizId}|${a.startedAt}|${a.finishedAt}`;
}

function caseKey(c: CaseEnding): string {
	return `${c.caseId}|${c.endingId}|${c.finishedAt}`;
}

const byCaseTime = (x: CaseEnding, y: CaseEnding) =>
	x.finishedAt - y.finishedAt || (caseKey(x) < caseKey(y) ? -1 : 1);

export function recordCaseEnding(doc: ProgressDoc, ending: CaseEnding): ProgressDoc {
	if (doc.cases.some((c) => caseKey(c) === caseKey(ending))) return doc;
	const cases = [...doc.cases, ending].sort(byCaseTime).slice(-MAX_CASE_ENDINGS);
	return touch({ ...doc, cases }, ending.finishedAt);
}

export function addAssignment(
	doc: ProgressDoc,
	payload: { id: string } & Record<string, unknown>,
	at: number,
): ProgressDoc {
	const old = own(doc.assignments, payload.id);
	const record: AssignmentRecord = {
		id: payload.id,
		acceptedAt: old && old.removedAt === undefined ? old.acceptedAt : at,
		updatedAt: at,
		payload,
	};
	return {
		...doc,
		assignments: { ...doc.assignments, [payload.id]: record },
		updatedAt: Math.max(doc.updatedAt, at),
	};
}

export function removeAssignment(doc: ProgressDoc, id: string, at: number): ProgressDoc {
	const old = own(doc.assignments, id);
	if (!old || old.removedAt !== undefined) return doc;
	return {
		...doc,
		assignments: { ...doc.assignments, [id]: { ...old, removedAt: at, updatedAt: at } },
		updatedAt: Math.max(doc.updatedAt, at),
	};
}

export function setFontSize(doc: ProgressDoc, fontSize: FontSize, at: number): ProgressDoc {
	return { ...doc, settings: { fontSize, updatedAt: at }, updatedAt: Math.max(doc.updatedAt, at) };
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return Math.min(a, b);
}

function mergeLesson(a: LessonRecord, b: LessonRecord): LessonRecord {
	const readAt = minDefined(a.readAt, b.readAt);
	const quizPassedAt = minDefined(a.quizPassedAt, b.quizPassedAt);
	return {
		firstVisitedAt: Math.min(a.firstVisitedAt, b.firstVisitedAt),
		lastVisitedAt: Math.max(a.lastVisitedAt, b.lastVisitedAt),
		...(readAt === undefined ? {} : { readAt }),
		...(quizPassedAt === undefined ? {} : { quizPassedAt }),
	};
}

function mergeRecords<T>(
	a: Readonly<Record<string, T>>,
	b: Readonly<Record<string, T>>,
	merge: (x: T, y: T) => T,
): Record<string, T> {
	const out: Record<string, T> = { ...a };
	for (const [key, value] of Object.entries(b)) {
		const mine = own(out, key);
		// defineProperty: a plain assignment to `__proto__` would set the prototype instead.
		Object.defineProperty(out, key, {
			value: mine === undefined ? value : merge(mine, value),
			enumerable: true,
			writable: true,
			configurable: true,
		});
	}
	return out;
}

/**
 * Merge two documents by timestamp: nothing either side recorded is lost. Visits, answers,
 * attempts, case endings and activity days are unions; a lesson keeps its earliest read/pass time;
 * settings, assignments and the last location keep the later change. `base` keeps its createdAt.
 * Apart from createdAt the result does not depend on which side is `base` (ties are broken by
 * content), so tabs that merge each other's writes agree and stop writing.
 */
export function mergeDocs(base: ProgressDoc, other: ProgressDoc): ProgressDoc {
	const attempts = [...base.attempts];
	const keys = new Set(attempts.map(attemptKey));
	for (const a of other.attempts) if (!keys.has(attemptKey(a))) attempts.push(a);
	attempts.sort(byAttemptTime);

	const cases = [...base.cases];
	const caseKeys = new Set(cases.map(caseKey));
	for (const c of other.cases) if (!caseKeys.has(caseKey(c))) cases.push(c);
	cases.sort(byCaseTime);

	/** The later of two versions; at the same time, the one whose content sorts last. */
	const newer = <T>(x: T, y: T, at: (v: T) => number): T =>
		at(y) > at(x) || (at(y) === at(x) && canonicalJson(y) > canonicalJson(x)) ? y : x;
	const later = <T extends { updatedAt: number }>(x: T, y: T): T => newer(x, y, (v) => v.updatedAt);
	const lastLocation =
		base.lastLocation && other.lastLocation
			? newer(base.lastLocation, other.lastLocation, (l) => l.at)
			: (base.lastLocation ?? other.lastLocation);

	return {
		...base,
		updatedAt: Math.max(base.updatedAt, other.updatedAt),
		lessons: mergeRecords(base.lessons, other.lessons, mergeLesson),
		attempts: attempts.slice(-MAX_ATTEMPTS),
		quizzes: mergeRecords(base.quizzes, other.quizzes, (x, y) => {
			const passedAt = minDefined(x.passedAt, y.passedAt);
			const last = newer(x, y, (q) => q.lastAt);
			return {
				lastAt: last.lastAt,
				lastRatio: last.lastRatio,
				bestRatio: Math.max(x.bestRatio, y.bestRatio),
				...(passedAt === undefined ? {} : { passedAt }),
			};
		}),
		questions: mergeRecords(base.questions, other.questions, (x, y) => ({
			power: x.power,
			answers: y.answers.reduce(appendAnswer, x.answers).sort(byAnswerTime),
		})),
		cases: cases.slice(-MAX_CASE_ENDINGS),
		assignments: mergeRecords(base.assignments, other.assignments, later),
		days: [...new Set([...base.days, ...other.days])].sort().slice(-MAX_DAYS),
		settings: later(base.settings, other.settings),
		inProgress: mergeInProgress(base.inProgress, other.inProgress),
		...(lastLocation ? { lastLocation } : {}),
	};
}
