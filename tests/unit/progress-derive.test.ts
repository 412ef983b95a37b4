import { describe, expect, it } from 'vitest';
import {
	inNotebook,
	itemStatus,
	lessonStatus,
	mastery,
	masteryByLevel,
	notebook,
	questionScore,
	streak,
} from '../../src/progress/derive';
import {
	markLessonRead,
	recordAttempt,
	recordCaseEnding,
	recordLessonVisit,
} from '../../src/progress/doc';
import { emptyDoc } from '../../src/progress/schema';
import { attempt, DAY, T0 } from './progress-fixtures';

const ans = (...correct: boolean[]) =>
	correct.map((c, i) => ({ at: T0 + i, score: c ? 1 : 0, correct: c }));

describe('lessonStatus()', () => {
	it('is completed only when read to the end AND the lesson quiz is passed', () => {
		const visited = recordLessonVisit(emptyDoc(T0), 'leadership', T0);
		expect(lessonStatus(visited, 'leadership').state).toBe('visited');
		const read = markLessonRead(visited, 'leadership', T0 + 1);
		expect(lessonStatus(read, 'leadership')).toMatchObject({
			state: 'visited',
			read: true,
			quizPassed: false,
		});
		const failed = recordAttempt(
			read,
			attempt('lesson-leadership', T0 + 2, [{ id: 'a', power: 'leadership', correct: false }]),
		);
		expect(lessonStatus(failed, 'leadership').state).toBe('visited');
		const passed = recordAttempt(
			failed,
			attempt('lesson-leadership', T0 + 3, [{ id: 'a', power: 'leadership', correct: true }]),
		);
		expect(lessonStatus(passed, 'leadership').state).toBe('completed');
		expect(lessonStatus(emptyDoc(T0), 'leadership').state).toBe('not-started');
	});
});

describe('itemStatus()', () => {
	it('reports lessons, quiz sets and cases for assignments', () => {
		let doc = emptyDoc(T0);
		expect(itemStatus(doc, { kind: 'quiz', id: 'exam' })).toEqual({ state: 'todo' });
		doc = recordAttempt(
			doc,
			attempt('exam', T0 + 1, [{ id: 'a', power: 'coverage', correct: false }]),
		);
		expect(itemStatus(doc, { kind: 'quiz', id: 'exam' })).toEqual({
			state: 'started',
			bestRatio: 0,
		});
		doc = recordAttempt(
			doc,
			attempt('exam', T0 + 2, [{ id: 'a', power: 'coverage', correct: true }]),
		);
		expect(itemStatus(doc, { kind: 'quiz', id: 'exam' })).toEqual({
			state: 'done',
			doneAt: T0 + 2,
			bestRatio: 1,
		});
		expect(itemStatus(doc, { kind: 'case', id: 'case-a' }).state).toBe('todo');
		doc = recordCaseEnding(doc, { caseId: 'case-a', endingId: 'e1', path: [], finishedAt: T0 + 3 });
		expect(itemStatus(doc, { kind: 'case', id: 'case-a' })).toEqual({
			state: 'done',
			doneAt: T0 + 3,
		});
		doc = markLessonRead(recordLessonVisit(doc, 'coverage', T0 + 4), 'coverage', T0 + 5);
		expect(itemStatus(doc, { kind: 'lesson', id: 'coverage' }).state).toBe('started');
		doc = recordAttempt(
			doc,
			attempt('lesson-coverage', T0 + 6, [{ id: 'b', power: 'coverage', correct: true }]),
		);
		expect(itemStatus(doc, { kind: 'lesson', id: 'coverage' })).toEqual({
			state: 'done',
			doneAt: T0 + 6,
		});
	});
});

describe('mastery()', () => {
	it('averages each question’s last three scores per capacity', () => {
		expect(questionScore(ans(false, true, true, true))).toBe(1);
		expect(questionScore(ans(true, false))).toBe(0.5);
		let doc = emptyDoc(T0);
		doc = recordAttempt(
			doc,
			attempt('x', T0, [
				{ id: 'a', power: 'leadership', correct: true },
				{ id: 'b', power: 'leadership', correct: false },
				{ id: 'c', power: 'renewal', correct: true },
				{ id: 'd', power: 'overview', correct: true },
			]),
		);
		const m = Object.fromEntries(mastery(doc).map((x) => [x.power, x]));
		expect(Object.keys(m)).toEqual([
			'leadership',
			'coverage',
			'cohesion',
			'development',
			'renewal',
		]);
		expect(m['leadership']).toEqual({ power: 'leadership', value: 0.5, answered: 2 });
		expect(m['renewal']?.value).toBe(1);
		expect(m['coverage']).toEqual({ power: 'coverage', value: 0, answered: 0 });
	});
});

describe('streak()', () => {
	const withDays = (days: string[]) => ({ ...emptyDoc(T0), days });
	const now = new Date(2026, 10, 20, 9, 0).getTime();

	it('counts consecutive local days ending today', () => {
		expect(streak(withDays(['2026-11-18', '2026-11-19', '2026-11-20']), now)).toBe(3);
	});
	it('still counts while today has no activity yet', () => {
		expect(streak(withDays(['2026-11-18', '2026-11-19']), now)).toBe(2);
	});
	it('breaks on a missed day', () => {
		expect(streak(withDays(['2026-11-16', '2026-11-18']), now)).toBe(0);
		expect(streak(withDays([]), now)).toBe(0);
	});
	it('crosses month ends', () => {
		expect(
			streak(withDays(['2026-10-31', '2026-11-01']), new Date(2026, 10, 1, 23).getTime()),
		).toBe(2);
	});
	it('records activity on the learner’s local date', () => {
		const late = new Date(2026, 10, 20, 23, 59).getTime();
		const doc = recordLessonVisit(emptyDoc(T0), 'overview', late);
		expect(doc.days).toEqual(['2026-11-20']);
		expect(streak(doc, late + DAY / 2)).toBe(1);
	});
});

describe('错题本: inNotebook() and notebook()', () => {
	it('holds a question answered wrongly until it is answered right on two different days', () => {
		// One answer per day.
		const daily = (...correct: boolean[]) =>
			correct.map((c, i) => ({ at: T0 + i * DAY, score: c ? 1 : 0, correct: c }));
		expect(inNotebook(daily(true))).toBe(false);
		expect(inNotebook(daily(false))).toBe(true);
		expect(inNotebook(daily(false, true))).toBe(true);
		expect(inNotebook(daily(false, true, true))).toBe(false);
		expect(inNotebook(daily(false, true, false, true))).toBe(true);
		expect(inNotebook(daily(false, true, false, true, true))).toBe(false);
		// Two right answers a minute apart on the same day are not enough (the review brings it back).
		expect(inNotebook(ans(false, true, true))).toBe(true);
		expect(inNotebook([...ans(false, true, true), { at: T0 + DAY, score: 1, correct: true }])).toBe(
			false,
		);
	});

	it('lists entries with their capacity and correct answers since the last mistake', () => {
		let doc = recordAttempt(
			emptyDoc(T0),
			attempt('x', T0, [
				{ id: 'a', power: 'cohesion', correct: false },
				{ id: 'b', power: 'renewal', correct: true },
			]),
		);
		doc = recordAttempt(
			doc,
			attempt('review', T0 + DAY, [{ id: 'a', power: 'cohesion', correct: true }]),
		);
		expect(notebook(doc)).toEqual([
			{ questionId: 'a', power: 'cohesion', correctSince: 1, lastWrongAt: T0 },
		]);
		doc = recordAttempt(
			doc,
			attempt('review', T0 + 2 * DAY, [{ id: 'a', power: 'cohesion', correct: true }]),
		);
		expect(notebook(doc)).toEqual([]);
	});
});

describe('masteryByLevel()', () => {
	it('splits each capacity into recall and the levels above it', () => {
		let doc = recordAttempt(
			emptyDoc(T0),
			attempt('x', T0, [
				{ id: 'r1', power: 'cohesion', correct: true },
				{ id: 'a1', power: 'cohesion', correct: false },
				{ id: 'a2', power: 'cohesion', correct: true },
				{ id: 'n1', power: 'cohesion', correct: true },
			]),
		);
		doc = recordAttempt(
			doc,
			attempt('y', T0 + DAY, [{ id: 'r2', power: 'renewal', correct: false }]),
		);
		const split = masteryByLevel(doc, { r1: 'recall', a1: 'apply', a2: 'analyze', r2: 'recall' });
		const cohesion = split.find((s) => s.power === 'cohesion')!;
		expect(cohesion.recall).toEqual({ value: 1, answered: 1 });
		expect(cohesion.applied).toEqual({ value: 0.5, answered: 2 });
		expect(split.find((s) => s.power === 'renewal')!.recall).toEqual({ value: 0, answered: 1 });
		expect(split.find((s) => s.power === 'leadership')!.applied).toEqual({ value: 0, answered: 0 });
	});
});
