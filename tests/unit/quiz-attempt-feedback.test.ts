/**
 * What the quiz island announces and where focus goes after each action (src/quiz/attempt-feedback.ts):
 * a verdict and the feedback after 提交本题, a note when a question cannot be checked, the question
 * again after 再试一次, the confirmation before 交卷 with unanswered items, the score and the result
 * after 交卷 — and the finished attempt, once.
 */
import { describe, expect, it } from 'vitest';
import { afterAction, focusId, verdict } from '../../src/quiz/attempt-feedback';
import {
	attemptReducer,
	startAttempt,
	type AttemptAction,
	type AttemptMeta,
	type AttemptState,
} from '../../src/quiz/attempt-state';
import type { Question } from '../../src/schemas/question';
import { judge, single } from '../fixtures/quizzes/questions';

const practice: AttemptMeta = { quizId: 'p', kind: 'lesson', mode: 'practice', passMark: 0.6 };
const test: AttemptMeta = { quizId: 'exam', kind: 'exam', mode: 'test', passMark: 0.6 };
const qs: Question[] = [single, judge];

/** Apply `action` to `state`; return the new state and what follows it. */
function step(state: AttemptState, action: AttemptAction) {
	const next = attemptReducer(state, action, qs);
	return { next, after: afterAction(state, next, action) };
}

describe('practice', () => {
	const start = startAttempt(practice, qs, 1, 0);
	it('提交本题 on an unanswered question: a note, focus stays', () => {
		const { after } = step(start, { type: 'check', index: 0, at: 1 });
		expect(after).toEqual({ message: { key: 'quiz.notAnswered' } });
	});
	it('提交本题: the verdict is announced and focus moves to the feedback', () => {
		const answered = step(start, { type: 'answer', index: 1, response: judge.answer }).next;
		const { after } = step(answered, { type: 'check', index: 1, at: 1 });
		expect(after).toEqual({
			message: { key: 'quiz.announceCorrect', vars: { n: 2 } },
			focus: { at: 'feedback', index: 1 },
		});
	});
	it('再试一次 clears the message and returns to the question; the last check finishes the attempt', () => {
		let s = step(start, { type: 'answer', index: 1, response: !judge.answer }).next;
		s = step(s, { type: 'check', index: 1, at: 1 }).next;
		const retried = step(s, { type: 'retry', index: 1 });
		expect(retried.after).toEqual({ message: null, focus: { at: 'question', index: 1 } });
		s = step(retried.next, { type: 'answer', index: 0, response: single.answer }).next;
		const last = step(s, { type: 'check', index: 0, at: 2 });
		expect(last.after.finished).toBe(last.next.result);
		expect(last.after.finished).toMatchObject({ quizId: 'p', mode: 'practice' });
		// Practice results are not announced as a score; the verdict is.
		expect(last.after.message).toEqual({ key: 'quiz.announceCorrect', vars: { n: 1 } });
	});
});

describe('test', () => {
	const start = startAttempt(test, qs, 1, 0);
	it('交卷 with unanswered items: focus on the confirmation; 返回作答: back to 交卷', () => {
		const asked = step(start, { type: 'submit', at: 1 });
		expect(asked.after).toEqual({ focus: { at: 'confirm' } });
		expect(step(asked.next, { type: 'cancelSubmit' }).after).toEqual({ focus: { at: 'submit' } });
	});
	it('交卷: the score is announced, focus moves to the result, the attempt is finished once', () => {
		const asked = step(start, { type: 'submit', at: 1 }).next;
		const done = step(asked, { type: 'confirmSubmit', at: 2 });
		expect(done.after).toEqual({
			message: { key: 'quiz.score', vars: { score: '0', max: 2, percent: 0 } },
			focus: { at: 'result' },
			finished: done.next.result,
		});
		expect(afterAction(done.next, done.next, { type: 'tick', at: 3 })).toEqual({});
	});
});

describe('verdict() and focusId()', () => {
	it('words a self-assessed 简答 by the points ticked', () => {
		const grade = { correct: false, score: 0.5, selfAssessed: true, parts: [true, false] };
		expect(verdict(2, grade as never)).toEqual({
			key: 'quiz.announceShort',
			vars: { n: 3, ticked: 1, total: 2 },
		});
	});
	it('names the ids the island and its questions give their elements', () => {
		expect(focusId('quiz-x', { at: 'question', index: 3 })).toBe('quiz-x-3-q');
		expect(focusId('quiz-x', { at: 'feedback', index: 0 })).toBe('quiz-x-0-feedback');
		expect(focusId('quiz-x', { at: 'result' })).toBe('quiz-x-result');
	});
});
