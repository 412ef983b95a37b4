/**
 * What the quiz island shows (src/quiz/quiz-view.ts), without a DOM: the first render, the inline
 * attempt when the island starts, and — once the bank arrives — 今天已完成, a resumed attempt or a new
 * draw; 再练 draws afresh.
 */
import { describe, expect, it } from 'vitest';
import { attemptReducer, startAttempt, type AttemptState } from '../../src/quiz/attempt-state';
import { dailySeed } from '../../src/quiz/draw';
import type { QuizProps } from '../../src/quiz/quiz-props';
import {
	againView,
	firstView,
	metaOf,
	startInline,
	viewFromBank,
	type QuizView,
} from '../../src/quiz/quiz-view';
import { recordAttempt } from '../../src/progress/doc';
import { emptyDoc } from '../../src/progress/schema';
import { judge, single, syntheticBank } from '../fixtures/quizzes/questions';
import { attempt } from './progress-fixtures';

const NOW = new Date(2026, 10, 20, 10, 0, 0);
const bank = syntheticBank(6);
const inline: QuizProps = {
	quizId: 'lesson-leadership',
	kind: 'lesson',
	mode: 'practice',
	passMark: 0.6,
	source: { questions: [single, judge] },
};
const daily: QuizProps = {
	quizId: 'daily',
	kind: 'daily',
	mode: 'practice',
	passMark: 0.6,
	source: { blueprint: { perPower: { leadership: 2, coverage: 1 } }, byDate: true },
};
const exam: QuizProps = {
	...daily,
	quizId: 'exam',
	kind: 'exam',
	mode: 'test',
	source: { ids: ['coverage-01', 'renewal-02', 'nowhere'] },
};
const ids = (view: QuizView) => ('questions' in view ? view.questions.map((q) => q.id) : []);
const ready = (view: QuizView) => {
	if (view.phase !== 'ready') throw new Error(`expected ready, got ${view.phase}`);
	return view;
};

describe('firstView()', () => {
	it('renders inline questions at once, in a layout fixed by the quiz id (server and client agree)', () => {
		const a = ready(firstView(inline));
		expect(ids(a)).toEqual([single.id, judge.id]);
		expect(a.attempt.seed).toBe(ready(firstView(inline)).attempt.seed);
		expect(ready(firstView({ ...inline, seed: 5 })).attempt.seed).toBe(5);
	});
	it('shows loading for questions that come from the bank', () => {
		expect(firstView(daily)).toEqual({ phase: 'loading' });
		expect(firstView(exam)).toEqual({ phase: 'loading' });
	});
});

describe('startInline()', () => {
	const questions = [single, judge];
	const rendered = ready(firstView(inline)).attempt;
	it('starts the rendered attempt now and adopts answers given before hydration', () => {
		const a = startInline(rendered, questions, undefined, [undefined, true], 1000);
		expect(a.startedAt).toBe(1000);
		expect(a.slots[0]!.touched).toBe(false);
		expect(a.slots[1]).toMatchObject({ response: true, touched: true });
	});
	it('resumes a saved attempt that fits the questions, keeping its answers', () => {
		const saved = attemptReducer(
			startAttempt(metaOf(inline), questions, 9, 500),
			{ type: 'answer', index: 1, response: false },
			questions,
		);
		const a = startInline(rendered, questions, saved, [], 1000);
		expect(a).toBe(saved);
		const other = startInline(rendered, [judge, single], saved, [], 1000);
		expect(other.seed).toBe(rendered.seed);
	});
});

describe('viewFromBank()', () => {
	const doc = emptyDoc(NOW.getTime());
	const arrived = { bank, saved: undefined, doc, persist: true, now: NOW };

	it('picks questions by id (unknown ids left out) and starts now', () => {
		const { view, resumeAt } = viewFromBank(exam, arrived);
		expect(ids(view)).toEqual(['coverage-01', 'renewal-02']);
		expect(ready(view).attempt.startedAt).toBe(NOW.getTime());
		expect(resumeAt).toBeUndefined();
	});

	it('每日一练: the day’s draw, the same all day, labelled with the day', () => {
		const first = ready(viewFromBank(daily, arrived).view);
		expect(first.questions).toHaveLength(3);
		expect(first.attempt.seed).toBe(dailySeed(NOW));
		expect(first.day).toBeTruthy();
		const later = new Date(NOW.getTime() + 3600_000);
		expect(ids(viewFromBank(daily, { ...arrived, now: later }).view)).toEqual(ids(first));
	});

	it('每日一练 finished today shows 今天已完成 with that result — only for the learner’s own store', () => {
		const drawn = ready(viewFromBank(daily, arrived).view);
		const done = {
			...attempt('daily', NOW.getTime(), [
				{ id: drawn.questions[0]!.id, power: 'leadership', correct: true },
			]),
			kind: 'daily' as const,
			seed: dailySeed(NOW),
		};
		const withDone = { ...arrived, doc: recordAttempt(doc, done) };
		const { view } = viewFromBank(daily, withDone);
		expect(view).toMatchObject({ phase: 'doneToday', result: { quizId: 'daily' } });
		expect(ids(view)).toEqual([drawn.questions[0]!.id]);
		expect(viewFromBank(daily, { ...withDone, persist: false }).view.phase).toBe('ready');
	});

	it('resumes a saved attempt at its position; a saved 每日一练 of another day is not resumed', () => {
		const questions = bank.slice(0, 3);
		let saved: AttemptState = startAttempt(metaOf(exam), questions, 3, 0);
		saved = attemptReducer(saved, { type: 'answer', index: 1, response: 0 }, questions);
		const resumed = viewFromBank(exam, { ...arrived, saved });
		expect(resumed).toEqual({
			view: { phase: 'ready', questions, attempt: saved, day: undefined },
			resumeAt: 1,
		});
		const yesterday = {
			...saved,
			quizId: 'daily',
			seed: dailySeed(new Date(NOW.getTime() - 86_400_000)),
		};
		const fresh = ready(viewFromBank(daily, { ...arrived, saved: yesterday }).view);
		expect(fresh.attempt).not.toBe(yesterday);
		expect(fresh.attempt.seed).toBe(dailySeed(NOW));
	});
});

describe('againView()', () => {
	it('再练 draws afresh: a new seed, a new attempt on the same source', () => {
		const a = ready(againView(inline, [], NOW));
		expect(ids(a)).toEqual([single.id, judge.id]);
		expect(a.attempt).toMatchObject({ phase: 'answering', startedAt: NOW.getTime(), result: null });
		const drawn = ready(againView(daily, bank, NOW));
		expect(drawn.day).toBeUndefined();
		expect(drawn.questions).toHaveLength(3);
	});
});
