import { describe, expect, it } from 'vitest';
import {
	analyseQuery,
	isQuestion,
	questionSegments,
	withArticleWords,
} from '../../src/search/query';
import { MAX_QUERY_CHARS, queryTerms } from '../../src/search/tokenizer';

const terms = (q: string) => analyseQuery(q).terms.map((t) => t.term);

describe('query analysis', () => {
	it('tells questions from keywords', () => {
		for (const q of [
			'带头人怎么选',
			'党群服务中心要做到什么',
			'为什么要提升政治领导力',
			'基层党组织要管具体事务吗',
			'干部不敢担当？',
		])
			expect(isQuestion(q), q).toBe(true);
		for (const q of [
			'最多跑一次',
			'由“虚”变“实”',
			'把方向、管大局、保落实',
			'软弱涣散',
			'党员点单支部接单',
		])
			expect(isQuestion(q), q).toBe(false);
	});

	it('leaves a keyword query exactly as the tokenizer makes it', () => {
		for (const q of ['最多跑一次', '宣传党的主张 贯彻党的决定', '组织生活开放日'])
			expect(analyseQuery(q)).toEqual({
				question: false,
				segments: [expect.any(String)],
				terms: queryTerms(q),
			});
	});

	it('keeps a question’s content words and drops question words, fillers and particles', () => {
		expect(questionSegments('村里党员太少怎么建支部')).toEqual(['村里党员太少', '建支部']);
		expect(questionSegments('软弱涣散的支部怎么整顿')).toEqual(['软弱涣散', '支部', '整顿']);
		expect(questionSegments('带头人怎么选')).toEqual(['带头人', '选']);
		expect(questionSegments('党员点单支部接单是什么意思')).toEqual(['党员点单支部接单']);
	});

	it('adds the article’s word for a cadre’s word to a question, keeping what was typed', () => {
		expect(withArticleWords(['村里党员太少', '建支部'])).toEqual([
			'村里党员太少',
			'建支部',
			'建立党组织',
		]);
		expect(analyseQuery('组织力包括哪些方面').segments).toEqual([
			'组织力包括',
			'方面',
			'组织力表现为',
		]);
		expect(terms('组织力包括哪些方面')).toContain('表现');
		// Keywords are searched as typed.
		expect(analyseQuery('党支部').segments).toEqual(['党支部']);
	});

	it('trims function characters at the edges of a segment, never inside it', () => {
		// 要 leads, 有 trails; 把 inside 把方向 stays.
		expect(questionSegments('为什么要提升政治领导力')).toEqual(['提升政治领导力']);
		expect(questionSegments('民主集中制对基层党组织有什么要求')).toEqual([
			'民主集中制对基层党组织',
			'要求',
		]);
		expect(questionSegments('怎样发挥把方向管大局保落实的作用')).toEqual([
			'发挥把方向管大局保落实',
			'作用',
		]);
	});

	it('never searches for 怎么, 什么 or 吗', () => {
		for (const q of [
			'村里党员太少怎么建支部',
			'党群服务中心要做到什么',
			'基层党组织要管具体事务吗',
		]) {
			const t = terms(q);
			expect(
				t.some((term) => /怎|么|什|吗/u.test(term)),
				`${q}: ${t.join(' ')}`,
			).toBe(false);
		}
	});

	it('makes a lone content character a prefix term (选 → 选用, 选配…)', () => {
		expect(analyseQuery('带头人怎么选').terms).toContainEqual({ term: '选', prefix: true });
	});

	it('searches for what was typed when a question has nothing else', () => {
		expect(analyseQuery('什么').terms).toEqual(queryTerms('什么'));
		expect(analyseQuery('？').terms).toEqual([]);
	});

	it('caps a pasted essay like the tokenizer does', () => {
		const long = `${'党建'.repeat(MAX_QUERY_CHARS)}怎么办`;
		expect(analyseQuery(long).terms.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
	});
});
