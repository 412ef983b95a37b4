import { describe, expect, it } from 'vitest';
import {
	addAssignment,
	markLessonRead,
	MAX_ANSWERS_PER_QUESTION,
	mergeDocs,
	sameContent,
	recordAttempt,
	recordCaseEnding,
	recordLessonVisit,
	removeAssignment,
	setFontSize,
} from '../../src/progress/doc';
import { emptyDoc, ProgressDocSchema } from '../../src/progress/schema';
import { attempt, DAY, T0 } from './progress-fixtures';

const q = (id: string, correct: boolean) => ({ id, power: 'leadership' as const, correct });

describe('recordAttempt()', () => {
	it('stores the attempt, each question history and the quiz summary', () => {
		const doc = recordAttempt(
			emptyDoc(T0),
			attempt('practice-leadership', T0, [q('a', true), q('b', false)]),
		);
		expect(doc.attempts).toHaveLength(1);
		expect(doc.questions['a']?.answers).toEqual([{ at: T0, score: 1, correct: true }]);
		expect(doc.questions['b']?.answers).toEqual([{ at: T0, score: 0, correct: false }]);
		expect(doc.quizzes['practice-leadership']).toMatchObject({ bestRatio: 0.5, lastRatio: 0.5 });
		expect(doc.quizzes['practice-leadership']?.passedAt).toBeUndefined();
		expect(ProgressDocSchema.safeParse(doc).success).toBe(true);
	});

	it('records the same attempt only once', () => {
		const a = attempt('x', T0, [q('a', true)]);
		const doc = recordAttempt(recordAttempt(emptyDoc(T0), a), a);
		expect(doc.attempts).toHaveLength(1);
		expect(doc.questions['a']?.answers).toHaveLength(1);
	});

	it('marks the lesson quiz passed for lesson-<id> sets', () => {
		const doc = recordAttempt(emptyDoc(T0), attempt('lesson-coverage', T0, [q('a', true)]));
		expect(doc.lessons['coverage']?.quizPassedAt).toBe(T0);
	});

	it('caps a question history at the newest answers', () => {
		let doc = emptyDoc(T0);
		for (let i = 0; i < MAX_ANSWERS_PER_QUESTION + 5; i++)
			doc = recordAttempt(doc, attempt('x', T0 + i * 1000, [q('a', i % 2 === 0)]));
		expect(doc.questions['a']?.answers).toHaveLength(MAX_ANSWERS_PER_QUESTION);
		expect(doc.questions['a']?.answers.at(-1)?.at).toBe(T0 + (MAX_ANSWERS_PER_QUESTION + 4) * 1000);
	});
});

describe('lessons', () => {
	it('records visits and the first read time', () => {
		let doc = recordLessonVisit(emptyDoc(T0), 'renewal', T0, {
			path: 'lessons/renewal/',
			title: '自我革新力',
		});
		doc = recordLessonVisit(doc, 'renewal', T0 + DAY);
		doc = markLessonRead(doc, 'renewal', T0 + DAY + 5);
		doc = markLessonRead(doc, 'renewal', T0 + 2 * DAY);
		expect(doc.lessons['renewal']).toEqual({
			firstVisitedAt: T0,
			lastVisitedAt: T0 + DAY,
			readAt: T0 + DAY + 5,
		});
		expect(doc.lastLocation).toEqual({ path: 'lessons/renewal/', title: '自我革新力', at: T0 });
		expect(doc.days).toHaveLength(2);
	});
});

describe('mergeDocs()', () => {
	it('keeps everything both sides recorded', () => {
		const base = emptyDoc(T0);
		const phone = recordCaseEnding(
			recordAttempt(
				markLessonRead(base, 'overview', T0 + 10),
				attempt('x', T0 + 20, [q('a', false)]),
			),
			{ caseId: 'case-a', endingId: 'good', path: ['c1'], finishedAt: T0 + 30 },
		);
		const laptop = recordAttempt(
			markLessonRead(base, 'overview', T0 + 5),
			attempt('y', T0 + DAY, [q('a', true), q('b', true)]),
		);
		const merged = mergeDocs(phone, laptop);
		expect(merged.attempts.map((a) => a.quizId)).toEqual(['x', 'y']);
		expect(merged.questions['a']?.answers.map((a) => a.correct)).toEqual([false, true]);
		expect(merged.questions['b']?.answers).toHaveLength(1);
		expect(merged.lessons['overview']?.readAt).toBe(T0 + 5);
		expect(merged.cases).toHaveLength(1);
		expect(merged.days).toHaveLength(2);
		expect(ProgressDocSchema.safeParse(merged).success).toBe(true);
	});

	it('is idempotent: merging a document into itself changes nothing', () => {
		const doc = recordAttempt(emptyDoc(T0), attempt('x', T0, [q('a', false)]));
		expect(mergeDocs(doc, doc)).toEqual(doc);
	});

	it('keeps the later settings and assignment changes', () => {
		const base = emptyDoc(T0);
		const a = setFontSize(
			addAssignment(base, { id: 'A1', title: '第一周' }, T0 + 1),
			'large',
			T0 + 1,
		);
		const b = setFontSize(removeAssignment(a, 'A1', T0 + 9), 'xlarge', T0 + 2);
		expect(mergeDocs(a, b).settings.fontSize).toBe('xlarge');
		expect(mergeDocs(a, b).assignments['A1']?.removedAt).toBe(T0 + 9);
		expect(mergeDocs(b, a).assignments['A1']?.removedAt).toBe(T0 + 9);
	});
});

describe('mergeDocs() between tabs', () => {
	it('gives the same content whichever side is the base, even for ties (tabs agree and stop writing)', () => {
		const at = T0 + 1000;
		let a = recordAttempt(
			emptyDoc(T0),
			attempt('exam', at, [{ id: 'q1', power: 'coverage', correct: true }]),
		);
		let b = recordAttempt(
			emptyDoc(T0),
			attempt('daily', at, [{ id: 'q1', power: 'coverage', correct: false }]),
		);
		a = setFontSize(
			recordLessonVisit(a, 'leadership', at, { path: 'lessons/leadership/', title: '甲' }),
			'large',
			at,
		);
		b = setFontSize(
			recordLessonVisit(b, 'coverage', at, { path: 'lessons/coverage/', title: '乙' }),
			'xlarge',
			at,
		);
		b = { ...b, quizzes: { ...b.quizzes, exam: { lastAt: at, lastRatio: 0.5, bestRatio: 0.5 } } };
		const ab = mergeDocs(a, b);
		const ba = mergeDocs(b, a);
		expect(sameContent(ab, ba)).toBe(true);
		expect(ab.attempts).toHaveLength(2);
		expect(sameContent(mergeDocs(ab, a), ab)).toBe(true);
		expect(sameContent(mergeDocs(b, ab), ab)).toBe(true);
	});
});
