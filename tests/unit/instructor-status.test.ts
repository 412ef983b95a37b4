import { describe, expect, it } from 'vitest';
import type { AttemptResult } from '../../src/quiz/attempt';
import { decodeReceipt, encodeReceipt, type Assignment } from '../../src/instructor/codec';
import {
	assignmentProgress,
	buildReceipt,
	EMPTY_SNAPSHOT,
	isPassing,
	masteryOf,
	missedQuestions,
	type ProgressSnapshot,
} from '../../src/instructor/status';

const attempt = (
	quizId: string,
	score: number,
	max: number,
	finishedAt: number,
): AttemptResult => ({
	version: 1,
	quizId,
	kind: 'lesson',
	mode: 'practice',
	seed: 1,
	startedAt: finishedAt - 1000,
	finishedAt,
	questions: Array.from({ length: max }, (_, i) => ({
		questionId: `q${i}`,
		power: 'leadership',
		type: 'single',
		score: i < score ? 1 : 0,
		correct: i < score,
		selfAssessed: false,
		response: 0,
	})),
	score,
	maxScore: max,
	passMark: 0.6,
	passed: score / max >= 0.6,
});

const assignment: Assignment = {
	id: 'abc12345',
	className: '一班',
	note: '',
	due: null,
	passMark: 60,
	createdAt: 0,
	items: ['lesson:leadership', 'quiz:lesson-leadership', 'case:meeting', 'lesson:coverage'],
};
const snapshot: ProgressSnapshot = {
	attempts: [attempt('lesson-leadership', 2, 5, 1000), attempt('lesson-leadership', 4, 5, 3000)],
	lessonsCompleted: { leadership: 2000 },
	lessonsStarted: { coverage: 500 },
	caseEndings: {},
};

describe('assignmentProgress()', () => {
	it('shows nothing done on an empty snapshot', () => {
		expect(assignmentProgress(assignment, EMPTY_SNAPSHOT).map((i) => i.status)).toEqual([
			'todo',
			'todo',
			'todo',
			'todo',
		]);
	});
	it('takes the best attempt of a quiz and marks lessons done or in progress', () => {
		const items = assignmentProgress(assignment, snapshot);
		expect(items.map((i) => [i.status, i.score, i.passed])).toEqual([
			['done', null, null],
			['done', 80, true],
			['todo', null, null],
			['doing', null, null],
		]);
	});
});

describe('masteryOf()', () => {
	it('averages question scores per capacity and leaves untouched capacities null', () => {
		expect(masteryOf(snapshot)).toEqual({
			leadership: 60,
			coverage: null,
			cohesion: null,
			development: null,
			renewal: null,
		});
	});
});

describe('buildReceipt()', () => {
	it('carries statuses, scores, mastery and times, and survives its own code', () => {
		const r = buildReceipt({
			assignment,
			acceptedAt: 100_000,
			snapshot,
			name: ' 张三 ',
			unit: '某村',
			now: 9_000_000,
		});
		expect(r.name).toBe('张三');
		expect(r.lastActivityAt).toBe(3000);
		expect(isPassing(r.items, 60)).toBe(false);
		const decoded = decodeReceipt(encodeReceipt(r));
		expect(decoded.ok && decoded.value.items[1]).toEqual({
			ref: 'quiz:lesson-leadership',
			status: 'done',
			score: 80,
		});
	});
});

describe('missedQuestions() (receipt r2)', () => {
	const outcome = (questionId: string, score: number, skipped = false) => ({
		questionId,
		power: 'leadership' as const,
		type: 'single' as const,
		score,
		correct: score === 1,
		selfAssessed: false,
		response: 0,
		...(skipped ? { skipped } : {}),
	});
	const run = (quizId: string, finishedAt: number, questions: ReturnType<typeof outcome>[]) => ({
		...attempt(quizId, 0, 1, finishedAt),
		questions,
	});
	it('takes the latest attempt of each assigned quiz only, skipped and foreign quizzes left out', () => {
		const snap: ProgressSnapshot = {
			...EMPTY_SNAPSHOT,
			attempts: [
				run('lesson-leadership', 3000, [outcome('a', 0), outcome('b', 1), outcome('c', 0.5)]),
				run('lesson-leadership', 1000, [outcome('old', 0)]),
				run('exam', 2000, [outcome('a', 0), outcome('d', 0, true), outcome('e', 0)]),
				run('daily', 4000, [outcome('f', 0)]),
			],
		};
		const a = { items: ['quiz:lesson-leadership', 'lesson:leadership', 'quiz:exam'] as const };
		expect(missedQuestions({ items: [...a.items] }, snap)).toEqual(['a', 'c', 'e']);
		expect(missedQuestions({ items: ['quiz:practice-renewal'] }, snap)).toEqual([]);
	});
	it('goes into the receipt built from real attempts', () => {
		const r = buildReceipt({
			assignment,
			acceptedAt: 0,
			snapshot,
			name: '张三',
			unit: '某村',
			now: 1,
		});
		expect(r.missed).toEqual(['q4']);
	});
});
