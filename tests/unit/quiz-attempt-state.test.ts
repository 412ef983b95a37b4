import { describe, expect, it } from 'vitest';
import {
	attemptReducer,
	fitsQuestions,
	hasWork,
	parseSavedAttempt,
	startAttempt,
	unansweredCount,
	type AttemptAction,
	type AttemptMeta,
	type AttemptState,
} from '../../src/quiz/attempt-state';
import { recordAttempt } from '../../src/progress/doc';
import { notebook } from '../../src/progress/derive';
import { emptyDoc } from '../../src/progress/schema';
import type { Question } from '../../src/schemas/question';
import type { AnyResponse } from '../../src/quiz/score';
import { judge, oneOfEach, order, single } from '../fixtures/quizzes/questions';

const T = 1_800_000_000_000;
const practice: AttemptMeta = {
	quizId: 'lesson-leadership',
	kind: 'lesson',
	mode: 'practice',
	passMark: 0.6,
};
const test: AttemptMeta = { quizId: 'exam', kind: 'exam', mode: 'test', passMark: 0.6 };

function run(
	state: AttemptState,
	questions: Question[],
	...actions: AttemptAction[]
): AttemptState {
	return actions.reduce((s, a) => attemptReducer(s, a, questions), state);
}

describe('practice flow', () => {
	const qs = [single, judge];
	it('checks one question at a time and records first submissions once all are checked', () => {
		let s = startAttempt(practice, qs, 7, T);
		s = run(s, qs, { type: 'check', index: 0, at: T + 1 });
		expect(s.slots[0]!.note).toBe('notAnswered');
		expect(s.slots[0]!.shown).toBeNull();
		s = run(
			s,
			qs,
			{ type: 'answer', index: 0, response: 1 },
			{ type: 'check', index: 0, at: T + 2 },
		);
		expect(s.slots[0]!.shown?.correct).toBe(false);
		expect(s.phase).toBe('answering');
		// Retry and answer right: the first (wrong) submission stays what the attempt records.
		s = run(
			s,
			qs,
			{ type: 'retry', index: 0 },
			{ type: 'answer', index: 0, response: 0 },
			{ type: 'check', index: 0, at: T + 3 },
		);
		expect(s.slots[0]!.shown?.correct).toBe(true);
		s = run(
			s,
			qs,
			{ type: 'answer', index: 1, response: false },
			{ type: 'check', index: 1, at: T + 4 },
		);
		expect(s.phase).toBe('done');
		expect(s.result).toMatchObject({
			score: 1,
			maxScore: 2,
			passed: false,
			startedAt: T,
			finishedAt: T + 4,
		});
		expect(s.result!.questions.map((q) => q.correct)).toEqual([false, true]);
	});

	it('an untouched 排序 cannot be checked until moved or confirmed as is', () => {
		let s = startAttempt(practice, [order], 1, T);
		s = run(s, [order], { type: 'check', index: 0, at: T });
		expect(s.slots[0]!.note).toBe('orderNotConfirmed');
		expect(unansweredCount(s, [order])).toBe(1);
		s = run(s, [order], { type: 'confirmOrder', index: 0 }, { type: 'check', index: 0, at: T + 1 });
		expect(s.phase).toBe('done');
	});

	it('a 简答 needs its reference points revealed before checking', () => {
		const short = oneOfEach[6]!;
		let s = startAttempt(practice, [short], 1, T);
		s = run(s, [short], { type: 'answer', index: 0, response: { text: '答', ticked: [] } });
		s = run(s, [short], { type: 'check', index: 0, at: T });
		expect(s.slots[0]!.note).toBe('shortNeedReveal');
		s = run(
			s,
			[short],
			{ type: 'reveal', index: 0 },
			{ type: 'answer', index: 0, response: { text: '答', ticked: [0, 1, 2] } },
			{ type: 'check', index: 0, at: T },
		);
		expect(s.result?.questions[0]).toMatchObject({ selfAssessed: true, correct: true });
	});
});

describe('test flow', () => {
	const qs = [single, judge, order];
	it('交卷 with unanswered items asks first; confirmed, they score 0 as skipped, not as mistakes', () => {
		let s = startAttempt(test, qs, 3, T);
		s = run(s, qs, { type: 'answer', index: 0, response: 0 }, { type: 'submit', at: T + 5 });
		expect(s.phase).toBe('confirming');
		expect(unansweredCount(s, qs)).toBe(2);
		s = run(s, qs, { type: 'cancelSubmit' });
		expect(s.phase).toBe('answering');
		s = run(s, qs, { type: 'submit', at: T + 6 }, { type: 'confirmSubmit', at: T + 7 });
		expect(s.phase).toBe('done');
		expect(s.result).toMatchObject({ score: 1, maxScore: 3 });
		expect(s.result!.questions.map((q) => q.skipped ?? false)).toEqual([false, true, true]);
		// The untouched 排序 scores 0 even if its shuffled order were partly right.
		expect(s.result!.questions[2]!.score).toBe(0);
		// In the store: the skipped items get no history, so 错题本 and review do not see them.
		const doc = recordAttempt(emptyDoc(T), s.result!);
		expect(Object.keys(doc.questions)).toEqual([single.id]);
		expect(notebook(doc)).toEqual([]);
	});

	it('交卷 with everything answered grades at once', () => {
		let s = startAttempt(test, qs, 3, T);
		s = run(
			s,
			qs,
			{ type: 'answer', index: 0, response: 2 },
			{ type: 'answer', index: 1, response: false },
			{ type: 'confirmOrder', index: 2 },
			{ type: 'submit', at: T + 9 },
		);
		expect(s.phase).toBe('done');
		expect(s.result!.questions.map((q) => q.correct)).toEqual([false, true, false]);
		expect(s.result!.questions.every((q) => !q.skipped)).toBe(true);
		expect(s.slots.every((slot) => slot.shown !== null)).toBe(true);
	});

	it('the countdown submits without asking when the deadline passes', () => {
		let s = startAttempt(test, qs, 3, T);
		s = run(s, qs, { type: 'timer', on: true, minutes: 30, at: T + 1000 });
		expect(s.deadline).toBe(T + 1000 + 30 * 60_000);
		s = run(s, qs, { type: 'tick', at: T + 2000 });
		expect(s.phase).toBe('answering');
		s = run(
			s,
			qs,
			{ type: 'answer', index: 1, response: false },
			{ type: 'tick', at: s.deadline! },
		);
		expect(s).toMatchObject({ phase: 'done', timedOut: true });
		expect(s.result!.score).toBe(1);
		// Switching the timer off forgets the deadline.
		const off = run(
			startAttempt(test, qs, 3, T),
			qs,
			{ type: 'timer', on: true, minutes: 1, at: T },
			{ type: 'timer', on: false, minutes: 1, at: T },
		);
		expect(off.deadline).toBeNull();
	});

	it('ignores answers after the result and checks in test mode', () => {
		let s = startAttempt(test, [single], 3, T);
		s = run(s, [single], { type: 'answer', index: 0, response: 0 }, { type: 'submit', at: T });
		const after = run(
			s,
			[single],
			{ type: 'answer', index: 0, response: 1 },
			{ type: 'check', index: 0, at: T },
		);
		expect(after).toBe(s);
	});
});

describe('saving and resuming', () => {
	it('round-trips through JSON and resumes with the same draw, answers, position and deadline', () => {
		const qs = oneOfEach;
		let s = startAttempt(test, qs, 42, T);
		s = run(
			s,
			qs,
			{ type: 'timer', on: true, minutes: 30, at: T },
			{ type: 'answer', index: 3, response: ['把方向', ''] },
		);
		expect(hasWork(s)).toBe(true);
		const saved: unknown = JSON.parse(JSON.stringify(s));
		const resumed = parseSavedAttempt(saved, test);
		expect(resumed).toEqual(s);
		expect(fitsQuestions(resumed!, qs)).toBe(true);
		expect(resumed!.position).toBe(3);
		// A different set, or a response of the wrong shape, is not resumed.
		expect(fitsQuestions(resumed!, [...qs].reverse())).toBe(false);
		const broken = {
			...resumed!,
			slots: resumed!.slots.map((x, i) =>
				i === 0 ? { ...x, response: 'x' as unknown as AnyResponse } : x,
			),
		};
		expect(fitsQuestions(broken, qs)).toBe(false);
		expect(parseSavedAttempt({ ...s, v: 2 }, test)).toBeUndefined();
		expect(parseSavedAttempt(s, { ...test, quizId: 'daily' })).toBeUndefined();
		expect(parseSavedAttempt(null, test)).toBeUndefined();
	});

	it('a fresh attempt has no work to warn about', () => {
		expect(hasWork(startAttempt(test, [single], 1, T))).toBe(false);
	});
});
