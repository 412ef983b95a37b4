/** Assignable items in course order (issue 18: the builder listed quizzes by English id). */
import { describe, expect, it } from 'vitest';
import { inCourseOrder, type OrderedItem } from '../../src/instructor/course-order';

const quiz = (id: string, power?: OrderedItem['power']): OrderedItem => ({
	ref: `quiz:${id}`,
	...(power ? { power } : {}),
});

describe('inCourseOrder', () => {
	it('lists quiz sets by the course, not by their English ids', () => {
		const byFileName = [
			quiz('daily'),
			quiz('exam'),
			quiz('lesson-cohesion', 'cohesion'),
			quiz('lesson-coverage', 'coverage'),
			quiz('lesson-leadership', 'leadership'),
			quiz('lesson-overview', 'overview'),
			quiz('practice-leadership', 'leadership'),
		];
		expect(inCourseOrder(byFileName).map((i) => i.ref)).toEqual([
			'quiz:lesson-overview',
			'quiz:lesson-leadership',
			'quiz:practice-leadership',
			'quiz:lesson-coverage',
			'quiz:lesson-cohesion',
			'quiz:exam',
			'quiz:daily',
		]);
	});

	it('puts a capacity’s lesson, its quiz, its cases and its practice together, in that order', () => {
		const items: OrderedItem[] = [
			{ ref: 'case:b-case', power: 'leadership' },
			quiz('practice-leadership', 'leadership'),
			{ ref: 'lesson:coverage', power: 'coverage' },
			{ ref: 'case:a-case', power: 'leadership' },
			quiz('lesson-leadership', 'leadership'),
			{ ref: 'lesson:leadership', power: 'leadership' },
		];
		expect(inCourseOrder(items).map((i) => i.ref)).toEqual([
			'lesson:leadership',
			'quiz:lesson-leadership',
			// Two cases of one capacity keep the order they came in (the case catalog's own order).
			'case:b-case',
			'case:a-case',
			'quiz:practice-leadership',
			'lesson:coverage',
		]);
	});

	it('puts sets that belong to no capacity after the course, exam before daily, unknown ones last', () => {
		const items = [
			quiz('custom-set'),
			quiz('daily'),
			quiz('exam'),
			quiz('lesson-synthesis', 'synthesis'),
		];
		expect(inCourseOrder(items).map((i) => i.ref)).toEqual([
			'quiz:lesson-synthesis',
			'quiz:exam',
			'quiz:daily',
			'quiz:custom-set',
		]);
	});

	it('does not change the array it is given', () => {
		const items = [quiz('exam'), quiz('lesson-overview', 'overview')];
		inCourseOrder(items);
		expect(items.map((i) => i.ref)).toEqual(['quiz:exam', 'quiz:lesson-overview']);
	});
});
