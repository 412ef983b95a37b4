/**
 * The r2 receipt's question index (src/instructor/question-index.ts) is append only and covers the
 * bank: a new question id must be appended at the end, or receipts leave it out.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../src/content-kinds';
import { readYamlContent } from '../../src/content-kinds/read';
import { KNOWN_QUESTIONS } from '../../src/instructor/question-index';

// The bank as the build reads it (subfolders included), through its content-kind definition.
const root = fileURLToPath(new URL('../../', import.meta.url));
const bankIds = readYamlContent(root, QUESTION_BANK).flatMap(({ data }) =>
	(data as { questions: { id: string }[] }).questions.map((q) => q.id),
);

describe('question index', () => {
	it('holds every bank question (append new ids at the END of KNOWN_QUESTIONS)', () => {
		const indexed = new Set(KNOWN_QUESTIONS);
		expect(bankIds.filter((id) => !indexed.has(id))).toEqual([]);
	});
	it('has no repeats and keeps its first entries where they were', () => {
		expect(new Set(KNOWN_QUESTIONS).size).toBe(KNOWN_QUESTIONS.length);
		expect(KNOWN_QUESTIONS.slice(0, 3)).toEqual(['ov-single-01', 'ov-single-02', 'ov-multiple-01']);
		expect(KNOWN_QUESTIONS[230]).toBe('syn-short-03');
	});
});
