import { describe, expect, it } from 'vitest';
import { foldPhrase, isTermLike, missingPhrase } from '../../src/search/phrase';

const hit = (text: string) => ({ doc: { title: '', text } });

describe('a phrase the site does not contain', () => {
	it('folds quotes, punctuation, spaces and width', () => {
		expect(foldPhrase('由“虚”变“实”')).toBe('由虚变实');
		expect(foldPhrase(' 把方向、管大局 ')).toBe('把方向管大局');
		expect(foldPhrase('ＡＢｃ')).toBe('abc');
	});

	it('is reported when no result holds the whole phrase', () => {
		const hits = [hit('以“主题式、体验式、互动式”方式开展组织生活'), hit('本课小结')];
		expect(missingPhrase('三会一课', hits)).toBe('三会一课');
	});

	it('is not reported when a result holds it, even across quotation marks', () => {
		expect(missingPhrase('由虚变实', [hit('使党建责任由“虚”变“实”')])).toBeNull();
	});

	it('is not reported for questions, very short queries or no results', () => {
		expect(isTermLike('软弱涣散的支部怎么整顿')).toBe(false);
		expect(isTermLike('党建')).toBe(false);
		expect(missingPhrase('三会一课', [])).toBeNull();
		expect(missingPhrase('带头人怎么选', [hit('把好带头人选用关')])).toBeNull();
	});
});
