import { describe, expect, it } from 'vitest';
import { endOfLocalDay } from '../../src/progress/dates';
import { recordAttempt } from '../../src/progress/doc';
import { cardFor, dueToday, reviewSchedule } from '../../src/progress/review';
import { emptyDoc } from '../../src/progress/schema';
import { attempt, DAY, T0 } from './progress-fixtures';

describe('FSRS review schedule', () => {
	it('brings a wrong answer back the next day and a correct one later', () => {
		const wrong = cardFor([{ at: T0, score: 0, correct: false }]);
		const right = cardFor([{ at: T0, score: 1, correct: true }]);
		expect(wrong?.due.getTime()).toBe(T0 + DAY);
		expect(right!.due.getTime()).toBeGreaterThan(T0 + DAY);
	});

	it('lengthens the interval after repeated correct answers', () => {
		const once = cardFor([{ at: T0, score: 1, correct: true }])!;
		const twice = cardFor([
			{ at: T0, score: 1, correct: true },
			{ at: once.due.getTime(), score: 1, correct: true },
		])!;
		expect(twice.due.getTime() - once.due.getTime()).toBeGreaterThan(once.due.getTime() - T0);
	});

	it('lists 今日复习 by the learner’s local day', () => {
		const doc = recordAttempt(
			emptyDoc(T0),
			attempt('x', T0, [
				{ id: 'a', power: 'leadership', correct: false },
				{ id: 'b', power: 'leadership', correct: true },
			]),
		);
		expect(dueToday(doc, T0)).toEqual([]);
		const tomorrowMorning = endOfLocalDay(T0) + 1;
		expect(dueToday(doc, tomorrowMorning).map((i) => i.questionId)).toEqual(['a']);
		expect(reviewSchedule(doc).map((i) => i.questionId)).toEqual(['a', 'b']);
	});
});
