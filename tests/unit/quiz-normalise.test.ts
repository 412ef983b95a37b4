import { describe, expect, it } from 'vitest';
import { isAcceptedAnswer, normaliseAnswer } from '../../src/quiz/normalise';

describe('normaliseAnswer()', () => {
	it('folds full width to half width and drops spaces and punctuation', () => {
		expect(normaliseAnswer('　ＡＢＣ１２ ')).toBe('abc12');
		expect(normaliseAnswer('把方向、管大局，保落实。')).toBe('把方向管大局保落实');
		expect(normaliseAnswer('“三会一课”')).toBe('三会一课');
		expect(normaliseAnswer('村(社区)')).toBe(normaliseAnswer('村（社区）'));
	});
});

describe('isAcceptedAnswer()', () => {
	const accept = ['把方向'];
	it('accepts width, punctuation and space variants', () => {
		expect(isAcceptedAnswer(' 把 方 向 ', accept)).toBe(true);
		expect(isAcceptedAnswer('“把方向”', accept)).toBe(true);
		expect(isAcceptedAnswer('把方向。', accept)).toBe(true);
	});
	it('never accepts a wrong, missing or extra character', () => {
		expect(isAcceptedAnswer('把方面', accept)).toBe(false);
		expect(isAcceptedAnswer('把方', accept)).toBe(false);
		expect(isAcceptedAnswer('把握方向', accept)).toBe(false);
		expect(isAcceptedAnswer('管方向', accept)).toBe(false);
	});
	it('never accepts an empty or punctuation-only answer, even against an odd accepted list', () => {
		expect(isAcceptedAnswer('', accept)).toBe(false);
		expect(isAcceptedAnswer('，。 ', ['。'])).toBe(false);
	});
	it('accepts any of several listed answers', () => {
		expect(isAcceptedAnswer('１５', ['十五', '15'])).toBe(true);
		expect(isAcceptedAnswer('十五', ['十五', '15'])).toBe(true);
	});
});
