import { describe, expect, it } from 'vitest';
import { layoutQuestion, matchTargets } from '../../src/quiz/layout';
import { emptyResponse, isAnswered, isUnassessedShort, scoreQuestion } from '../../src/quiz/score';
import {
	blank,
	judge,
	match,
	multiple,
	oneOfEach,
	order,
	short,
	single,
} from '../fixtures/quizzes/questions';

describe('scoreQuestion() single and judge', () => {
	it('scores the chosen option or verdict', () => {
		expect(scoreQuestion(single, 0).correct).toBe(true);
		expect(scoreQuestion(single, 1)).toMatchObject({ score: 0, correct: false });
		expect(scoreQuestion(single, null).score).toBe(0);
		expect(scoreQuestion(judge, false).correct).toBe(true);
		expect(scoreQuestion(judge, true).correct).toBe(false);
		expect(scoreQuestion(judge, null).correct).toBe(false);
	});
});

describe('scoreQuestion() multiple', () => {
	it('is all-or-nothing', () => {
		expect(scoreQuestion(multiple, [1, 0]).score).toBe(1);
		expect(scoreQuestion(multiple, [0]).score).toBe(0);
		expect(scoreQuestion(multiple, [0, 1, 2]).score).toBe(0);
	});
	it('marks each option right or wrong for feedback', () => {
		expect(scoreQuestion(multiple, [0, 2]).parts).toEqual([true, false, false, true]);
	});
});

describe('scoreQuestion() blank', () => {
	it('accepts every listed variant per blank, normalised', () => {
		expect(scoreQuestion(blank, ['把方向', '保落实']).correct).toBe(true);
		expect(scoreQuestion(blank, [' 把方向 ', '保落实。']).correct).toBe(true);
	});
	it('fails the question when one blank is wrong, and says which', () => {
		const grade = scoreQuestion(blank, ['把方向', '保证落实']);
		expect(grade).toMatchObject({ score: 0, correct: false, parts: [true, false] });
	});
});

describe('scoreQuestion() match', () => {
	it('needs every left item paired with its own right item', () => {
		expect(scoreQuestion(match, [0, 1, 2]).correct).toBe(true);
		expect(scoreQuestion(match, [0, 2, 1])).toMatchObject({
			correct: false,
			parts: [true, false, false],
		});
		expect(scoreQuestion(match, [0, 1, 3]).parts).toEqual([true, true, false]);
		expect(scoreQuestion(match, [-1, -1, -1]).score).toBe(0);
	});
	it('lists pairs first, then distractors, as match targets', () => {
		expect(matchTargets(match)).toEqual(['核心', '基础', '关键', '目标']);
	});
});

describe('scoreQuestion() order', () => {
	it('needs the exact sequence', () => {
		expect(scoreQuestion(order, [0, 1, 2, 3]).correct).toBe(true);
		expect(scoreQuestion(order, [1, 0, 2, 3])).toMatchObject({
			correct: false,
			parts: [false, false, true, true],
		});
		expect(scoreQuestion(order, [0, 1, 2]).correct).toBe(false);
	});
});

describe('scoreQuestion() short', () => {
	it('scores the share of reference points ticked and says it is self-assessed', () => {
		const grade = scoreQuestion(short, { text: '我的回答', ticked: [0, 2] });
		expect(grade.score).toBeCloseTo(2 / 3);
		expect(grade).toMatchObject({ correct: false, selfAssessed: true, parts: [true, false, true] });
		expect(scoreQuestion(short, { text: 'x', ticked: [0, 1, 2] }).correct).toBe(true);
		expect(scoreQuestion(short, { text: 'x', ticked: [5, 5, 0] }).score).toBeCloseTo(1 / 3);
	});
});

describe('emptyResponse() and isAnswered()', () => {
	it('starts every type unanswered (order starts from the shown order)', () => {
		for (const q of oneOfEach) {
			const layout = layoutQuestion(q, 1);
			const empty = emptyResponse(q, layout.items);
			expect(isAnswered(q, empty)).toBe(q.type === 'order');
			expect(scoreQuestion(q, empty).score).toBe(0);
		}
	});
});

describe('isUnassessedShort()', () => {
	it('flags a written short answer with no point ticked, which a test would score 0', () => {
		expect(isUnassessedShort(short, { text: '我的回答', ticked: [] })).toBe(true);
		expect(scoreQuestion(short, { text: '我的回答', ticked: [] }).score).toBe(0);
		expect(isUnassessedShort(short, { text: '我的回答', ticked: [0] })).toBe(false);
		expect(isUnassessedShort(short, { text: '  ', ticked: [] })).toBe(false);
		expect(isUnassessedShort(single, 0)).toBe(false);
	});
});

describe('layoutQuestion()', () => {
	it('reproduces the same option order from the recorded seed', () => {
		expect(layoutQuestion(single, 99)).toEqual(layoutQuestion(single, 99));
		const orders = new Set(
			Array.from({ length: 30 }, (_, s) => layoutQuestion(multiple, s).options.join()),
		);
		expect(orders.size).toBeGreaterThan(5);
	});
	it('never shows order items already in the right order', () => {
		for (let s = 0; s < 200; s++) expect(layoutQuestion(order, s).items).not.toEqual([0, 1, 2, 3]);
	});
	it('shuffles match targets including distractors', () => {
		expect([...layoutQuestion(match, 3).targets].sort()).toEqual([0, 1, 2, 3]);
	});
});
