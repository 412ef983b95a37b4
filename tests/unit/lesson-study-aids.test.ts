/**
 * The lessons as study material (issue 17): each has 重点难点, 思考题 with 参考要点 and 联系实际 for the
 * four kinds of cadre, and its prose keeps the house style — 「」 quotation marks outside verbatim
 * quotes, 第 N 段 instead of pN, no space before Chinese punctuation, and no claim that the author's
 * framework must be recited 「一字不差」 as if it were an official formulation.
 */
import { describe, expect, it } from 'vitest';
import { readLessonFiles } from '../../src/content-checks/lessons';

const lessons = readLessonFiles('.');
/** The learner-visible prose: the body without imports, with every <Quote>…</Quote> (article text) removed. */
const prose = (body: string) =>
	body.replace(/^import .*$/gmu, '').replace(/<Quote\b[^>]*>[\s\S]*?<\/Quote>/gu, '⟦原文⟧');

describe('lesson study aids', () => {
	it('finds all seven lessons', () => {
		expect(lessons).toHaveLength(7);
	});

	for (const lesson of lessons) {
		describe(lesson.file, () => {
			it('has the sections in order, 重点难点 and 联系实际 included', () => {
				const headings = [...lesson.body.matchAll(/^#{2,3} (.+)$/gmu)].map((m) => m[1]);
				const wanted = [
					'学习目标',
					'重点难点',
					'原文精读',
					'要点解读',
					'研讨与思考',
					'思考题',
					'联系实际',
					'本课小结',
				];
				const found = wanted.map((h) => headings.indexOf(h));
				expect(
					found.every((i) => i >= 0),
					`${wanted.filter((_, k) => found[k]! < 0).join('、')}`,
				).toBe(true);
				expect([...found].sort((a, b) => a - b)).toEqual(found);
			});

			it('gives every 思考题 its 参考要点', () => {
				const section = lesson.body.slice(
					lesson.body.indexOf('### 思考题'),
					lesson.body.indexOf('### 联系实际'),
				);
				const questions = section.match(/^\d+\. /gmu) ?? [];
				expect(questions.length).toBeGreaterThanOrEqual(3);
				expect(section.match(/<RefPoints>/gu) ?? []).toHaveLength(questions.length);
			});

			it('writes 联系实际 separately for 村、社区、乡镇（街道）and 县级 cadres', () => {
				const section = lesson.body.slice(
					lesson.body.indexOf('### 联系实际'),
					lesson.body.indexOf('## 本课小结'),
				);
				for (const who of ['村干部', '社区干部', '乡镇（街道）干部', '县级干部']) {
					expect(section).toContain(`**${who}：**`);
				}
			});

			it('keeps the house style in its prose and frontmatter', () => {
				const text = `${String(JSON.stringify(lesson.frontmatter))}\n${prose(lesson.body)}`;
				expect(text.match(/[“”]/gu), 'use 「」 outside verbatim quotes').toBeNull();
				expect(text.match(/(?<![\w/#-])p\d{1,2}\b(?!")/gu), 'write 第 N 段, not pN').toBeNull();
				expect(text.match(/[ \t][，。；：！？、）」]/gu), 'no space before punctuation').toBeNull();
				expect(text).not.toMatch(/一字不差|顺序是固定的|不能用其他词替换/u);
			});
		});
	}
});
