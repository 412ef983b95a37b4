import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse';
import { formatProblem } from '../../src/content-checks/problem';
import { checkTeachingNotes, readNoteFiles } from '../../src/content-checks/teaching-notes';

const article = parseArticle(readFileSync('content/article/source.txt', 'utf8'));

describe('checkTeachingNotes()', () => {
	it('passes the repository notes: every quote verbatim, one note per lesson', () => {
		const files = readNoteFiles('.');
		expect(checkTeachingNotes(files, article)).toEqual([]);
		expect(files.map((f) => f.file.replace(/^.*\//u, ''))).toHaveLength(7);
	});
	it('names file, field and the closest passage for a quote that is not in the article', () => {
		const source = readFileSync('content/teaching-notes/leadership.yaml', 'utf8').replace(
			'quote: 政治领导力强不强，主要看政治功能突出不突出',
			'quote: 政治领导力强不强，关键看政治功能突出不突出',
		);
		const problems = checkTeachingNotes(
			[{ file: 'content/teaching-notes/leadership.yaml', source }],
			article,
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('keyQuotes[1].quote');
		expect(problems[0]!.message).toContain('主要看政治功能突出不突出');
	});
	it('reports a note whose power does not match its file name', () => {
		const source = readFileSync('content/teaching-notes/coverage.yaml', 'utf8');
		const problems = checkTeachingNotes(
			[{ file: 'content/teaching-notes/cohesion.yaml', source }],
			article,
		);
		expect(problems[0]!.message).toContain('文件名');
	});
});

describe('content problem messages', () => {
	it('word zod’s own rules in Chinese, with the field and its line', () => {
		const source = readFileSync('content/teaching-notes/leadership.yaml', 'utf8').replace(
			/^aims:\n(?: {2}- .*\n)+/mu,
			'aims: []\n',
		);
		const problems = checkTeachingNotes(
			[{ file: 'content/teaching-notes/leadership.yaml', source }],
			article,
		);
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/teaching-notes/leadership.yaml:3 — 教学笔记 leadership 的 aims：至少要有 1 项",
			]
		`);
	});
	it('word a YAML syntax error in Chinese, with its line', () => {
		const problems = checkTeachingNotes(
			[
				{
					file: 'content/teaching-notes/leadership.yaml',
					source: 'power: leadership\naims: [未闭合\n',
				},
			],
			article,
		);
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/teaching-notes/leadership.yaml:3 — YAML 语法错误（第 1 列附近）：请检查缩进、冒号后的空格，以及引号和括号是否成对",
			]
		`);
	});
});
