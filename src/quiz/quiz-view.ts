/**
 * What the quiz island shows before and between attempts, decided without a DOM: the first render
 * (inline questions at once, otherwise loading), the inline attempt once the island starts (a saved
 * attempt, answers given before hydration), what to show once the bank arrives (今天已完成 for a
 * 每日一练 finished today, the saved attempt resumed, or a new draw) and the fresh attempt of 再练.
 *
 * Owns: choosing the view. Must not: fetch, touch storage or render (the island passes the bank, the
 * saved attempt and the progress document in).
 */
import type { Question } from '../schemas/question';
import type { ProgressDoc, StoredAttempt } from '../progress/schema';
import { answeredSince } from '../progress/derive';
import {
	attemptReducer,
	fitsQuestions,
	startAttempt,
	type AttemptMeta,
	type AttemptState,
} from './attempt-state';
import { pickQuestions } from './bank-client';
import { dailySeed } from './draw';
import type { QuizProps } from './quiz-props';
import { resolveSource } from './resolve-source';
import type { AnyResponse } from './score';
import { seedFromString } from './shuffle';

/** 每日一练 avoids questions answered within this window while its pool allows. */
export const RECENT_MS = 30 * 24 * 3600_000;

export type QuizView =
	| { phase: 'loading' }
	| { phase: 'error' }
	| { phase: 'ready'; questions: Question[]; attempt: AttemptState; day?: string | undefined }
	| { phase: 'doneToday'; questions: Question[]; result: StoredAttempt; day: string };

/** The parts of the island's props an attempt records. */
export const metaOf = (p: QuizProps): AttemptMeta => ({
	quizId: p.quizId,
	kind: p.kind,
	mode: p.mode,
	passMark: p.passMark,
});

/**
 * The server render and the first client render: inline questions in a stable layout from the quiz
 * id (no hydration mismatch; startedAt is set when the island starts), else loading.
 */
export function firstView(p: QuizProps): QuizView {
	if (!('questions' in p.source)) return { phase: 'loading' };
	const seed = p.seed ?? seedFromString(p.quizId);
	return {
		phase: 'ready',
		questions: p.source.questions,
		attempt: startAttempt(metaOf(p), p.source.questions, seed, 0),
	};
}

/**
 * Inline questions when the island starts: the saved attempt if it still fits, else the rendered one
 * started `at`; then the answers given before hydration (`early[i]`; undefined: none read).
 */
export function startInline(
	rendered: AttemptState,
	questions: readonly Question[],
	saved: AttemptState | undefined,
	early: readonly (AnyResponse | undefined)[],
	at: number,
): AttemptState {
	const start = saved && fitsQuestions(saved, questions) ? saved : { ...rendered, startedAt: at };
	return early.reduce<AttemptState>(
		(attempt, response, index) =>
			response === undefined
				? attempt
				: attemptReducer(attempt, { type: 'answer', index, response }, questions),
		start,
	);
}

export interface BankArrived {
	bank: readonly Question[];
	/** The attempt in progress saved for this quiz, if any (only when the island persists). */
	saved: AttemptState | undefined;
	/** The learner's progress: today's finished 每日一练 and recently answered questions. */
	doc: ProgressDoc;
	/** False for a host island's quiz (错题本): nothing of it is stored, so nothing is 「今天已完成」. */
	persist: boolean;
	now: Date;
}

/**
 * What a quiz drawn from the bank shows once the bank arrives, and the question to move to (a
 * resumed attempt's position). In order: a 每日一练 already finished today shows that result; a saved
 * attempt (of today, for 每日一练) that still fits its questions resumes; otherwise a new draw.
 */
export function viewFromBank(
	p: QuizProps,
	{ bank, saved, doc, persist, now }: BankArrived,
): { view: QuizView; resumeAt?: number } {
	const source = p.source;
	const byDate = 'blueprint' in source && source.byDate === true;
	const daySeed = dailySeed(now) >>> 0;
	const dayOf = () => resolveSource(source, { bank, seed: p.seed, again: false, now }).day;
	if (byDate && persist) {
		const done = doc.attempts.findLast((a) => a.quizId === p.quizId && a.seed >>> 0 === daySeed);
		if (done) {
			const questions = pickQuestions(
				bank,
				done.questions.map((q) => q.questionId),
			);
			return { view: { phase: 'doneToday', questions, result: done, day: dayOf() ?? '' } };
		}
	}
	if (saved && (!byDate || saved.seed >>> 0 === daySeed)) {
		const questions = pickQuestions(bank, saved.questionIds);
		if (fitsQuestions(saved, questions)) {
			const day = byDate ? dayOf() : undefined;
			const view: QuizView = { phase: 'ready', questions, attempt: saved, day };
			return saved.position > 0 ? { view, resumeAt: saved.position } : { view };
		}
	}
	const recent = answeredSince(doc, now.getTime() - RECENT_MS);
	const r = resolveSource(source, { bank, seed: p.seed, again: false, now, recent });
	return {
		view: {
			phase: 'ready',
			questions: r.questions,
			attempt: startAttempt(metaOf(p), r.questions, r.seed, now.getTime()),
			day: r.day,
		},
	};
}

/** 再练 / 再来一组: a fresh attempt on a new random draw (inline questions: the same, reshuffled). */
export function againView(p: QuizProps, bank: readonly Question[], now: Date): QuizView {
	const r = resolveSource(p.source, { bank, seed: p.seed, again: true, now });
	return {
		phase: 'ready',
		questions: r.questions,
		attempt: startAttempt(metaOf(p), r.questions, r.seed, now.getTime()),
	};
}
