import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../../src/progress/schema';
import { continueFrom, dailyDoneToday } from '../../src/progress/today';
import { attempt, DAY, T0 } from './progress-fixtures';

const first = { id: 'overview', title: '组织力总论' };

describe('the home page’s 「今天」 and 我的学习’s 继续学习', () => {
	it('a first visit starts with the first lesson', () => {
		expect(continueFrom(emptyDoc(T0), first)).toEqual({
			kind: 'start',
			path: 'lessons/overview/',
			title: '组织力总论',
		});
	});

	it('a returning learner continues where they left off', () => {
		const doc = {
			...emptyDoc(T0),
			lastLocation: { path: 'lessons/coverage/', title: '组织覆盖力', at: T0 },
		};
		expect(continueFrom(doc, first)).toEqual({
			kind: 'continue',
			path: 'lessons/coverage/',
			title: '组织覆盖力',
		});
	});

	it('with no lesson and no last place there is nowhere to continue (我的学习 says so)', () => {
		expect(continueFrom(emptyDoc(T0), undefined)).toBeUndefined();
		const doc = {
			...emptyDoc(T0),
			lastLocation: { path: 'source/', title: '原文', at: T0 },
		};
		expect(continueFrom(doc, undefined)).toMatchObject({ kind: 'continue', path: 'source/' });
	});

	it('每日一练 counts as done only for a daily attempt finished today', () => {
		const daily = { ...attempt('daily', T0, []), kind: 'daily' as const };
		const yesterday = { ...daily, finishedAt: T0 - DAY };
		const lesson = attempt('lesson-overview', T0, []);
		expect(dailyDoneToday({ ...emptyDoc(T0), attempts: [daily] }, T0)).toBe(true);
		expect(dailyDoneToday({ ...emptyDoc(T0), attempts: [yesterday, lesson] }, T0)).toBe(false);
		expect(dailyDoneToday({ ...emptyDoc(T0), attempts: [daily] }, T0 + DAY)).toBe(false);
	});
});
