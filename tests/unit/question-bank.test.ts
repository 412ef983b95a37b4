/**
 * The real question bank (quizzes/bank/*.yaml) and quiz sets (quizzes/sets/*.yaml), checked as a
 * learner and an instructor rely on them: every question parses, every quote is verbatim from its
 * paragraph, every answer points at an option that exists, the bank meets issue 4's minimum counts,
 * and every set names questions that exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CAPACITY_IDS, POWER_IDS, type PowerId } from '../../src/article/powers';
import { isVerbatimQuote } from '../../src/article/quote-rule';
import { paragraph } from '../../src/article/source';
import {
	BLANK_MARKER,
	BankFileSchema,
	QUESTION_TYPES,
	type Question,
} from '../../src/schemas/question';
import { QuizSetSchema, type QuizSet } from '../../src/schemas/quiz-set';

const root = new URL('../../', import.meta.url).pathname;
const bankDir = join(root, 'quizzes/bank');
const setsDir = join(root, 'quizzes/sets');
const yamlFiles = (dir: string) => readdirSync(dir).filter((f) => /\.ya?ml$/u.test(f));

const questions: (Question & { file: string })[] = yamlFiles(bankDir).flatMap((file) =>
	BankFileSchema.parse(parse(readFileSync(join(bankDir, file), 'utf8'))).questions.map((q) => ({
		...q,
		file,
	})),
);
const sets: (QuizSet & { file: string })[] = yamlFiles(setsDir).map((file) => ({
	...QuizSetSchema.parse(parse(readFileSync(join(setsDir, file), 'utf8'))),
	file,
}));
const byId = new Map(questions.map((q) => [q.id, q]));

describe('question bank', () => {
	it('gives every question a unique id', () => {
		const ids = questions.map((q) => q.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it('keeps each question in the file named for its power', () => {
		const misplaced = questions.filter((q) => q.file.replace(/\.ya?ml$/u, '') !== q.power);
		expect(misplaced.map((q) => q.id)).toEqual([]);
	});

	it('quotes every source verbatim from its paragraph under the quote rule', () => {
		const bad = questions.filter(
			(q) => !isVerbatimQuote(q.source.quote, paragraph(q.source.p).raw),
		);
		expect(bad.map((q) => `${q.id}: ${q.source.p} ${q.source.quote}`)).toEqual([]);
	});

	it('draws capacity questions from that capacity’s own paragraphs', () => {
		const owners: Partial<Record<PowerId, readonly string[]>> = {
			overview: ['p1'],
			leadership: ['p2', 'p3', 'p4'],
			coverage: ['p5', 'p6'],
			cohesion: ['p7', 'p8'],
			development: ['p9', 'p10'],
			renewal: ['p11', 'p12', 'p13', 'p14'],
		};
		const stray = questions.filter((q) => {
			const allowed = owners[q.power];
			return allowed !== undefined && !allowed.includes(q.source.p);
		});
		expect(stray.map((q) => q.id)).toEqual([]);
	});

	it('points every single and multiple answer at an existing option, one for single, two or more for multiple', () => {
		const bad: string[] = [];
		for (const q of questions) {
			if (q.type === 'single') {
				if (q.answer < 0 || q.answer >= q.options.length) bad.push(`${q.id}: answer out of range`);
			}
			if (q.type === 'multiple') {
				const unique = new Set(q.answer);
				if (unique.size < 2) bad.push(`${q.id}: fewer than 2 correct`);
				if (unique.size !== q.answer.length) bad.push(`${q.id}: repeated index`);
				if (unique.size === q.options.length) bad.push(`${q.id}: every option correct`);
				if (q.answer.some((i) => i < 0 || i >= q.options.length))
					bad.push(`${q.id}: answer out of range`);
			}
			if (q.type === 'single' || q.type === 'multiple') {
				const texts = q.options.map((o) => o.text);
				if (new Set(texts).size !== texts.length) bad.push(`${q.id}: duplicate option`);
				if (q.options.some((o) => !o.feedback)) bad.push(`${q.id}: option without feedback`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('has one ___ in a blank stem per entry of blanks, each with at least one accepted answer', () => {
		const bad = questions
			.filter((q) => q.type === 'blank')
			.filter(
				(q) =>
					q.stem.split(BLANK_MARKER).length - 1 !== q.blanks.length ||
					q.blanks.some((b) => b.accept.length === 0),
			);
		expect(bad.map((q) => q.id)).toEqual([]);
	});

	it('has no duplicate items in order questions and no duplicate sides in match questions', () => {
		const bad: string[] = [];
		for (const q of questions) {
			if (q.type === 'order' && new Set(q.items).size !== q.items.length) bad.push(q.id);
			if (q.type === 'match') {
				const lefts = q.pairs.map((p) => p.left);
				const rights = [...q.pairs.map((p) => p.right), ...(q.distractors ?? [])];
				if (new Set(lefts).size !== lefts.length || new Set(rights).size !== rights.length)
					bad.push(q.id);
			}
		}
		expect(bad).toEqual([]);
	});

	it('gives short questions 3–5 reference points', () => {
		const bad = questions
			.filter((q) => q.type === 'short')
			.filter((q) => q.points.length < 3 || q.points.length > 5);
		expect(bad.map((q) => q.id)).toEqual([]);
	});

	it('meets the minimum counts: 110 in all, 17 per capacity, 12 for overview and synthesis, 8 per type', () => {
		expect(questions.length).toBeGreaterThanOrEqual(110);
		for (const power of CAPACITY_IDS) {
			expect(questions.filter((q) => q.power === power).length, power).toBeGreaterThanOrEqual(17);
		}
		const general = questions.filter((q) => q.power === 'overview' || q.power === 'synthesis');
		expect(general.length).toBeGreaterThanOrEqual(12);
		for (const type of QUESTION_TYPES) {
			expect(questions.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(8);
		}
	});
});

describe('quiz sets', () => {
	it('reference only questions that exist, without repeats', () => {
		const bad: string[] = [];
		for (const s of sets) {
			const ids = s.questions ?? [];
			for (const id of ids) if (!byId.has(id)) bad.push(`${s.file}: unknown ${id}`);
			if (new Set(ids).size !== ids.length) bad.push(`${s.file}: repeated id`);
		}
		expect(bad).toEqual([]);
	});

	it('give every power a lesson set of 5–8 of its own questions', () => {
		for (const power of POWER_IDS) {
			const lesson = sets.find((s) => s.file === `lesson-${power}.yaml`);
			expect(lesson, power).toBeDefined();
			expect(lesson?.kind).toBe('lesson');
			expect(lesson?.power).toBe(power);
			const ids = lesson?.questions ?? [];
			expect(ids.length, power).toBeGreaterThanOrEqual(5);
			expect(ids.length, power).toBeLessThanOrEqual(8);
			expect(ids.filter((id) => byId.get(id)?.power !== power)).toEqual([]);
		}
	});

	it('give every capacity a practice set holding all of its questions', () => {
		for (const power of CAPACITY_IDS) {
			const practice = sets.find((s) => s.file === `practice-${power}.yaml`);
			expect(practice?.kind, power).toBe('practice');
			const all = questions.filter((q) => q.power === power).map((q) => q.id);
			expect([...(practice?.questions ?? [])].sort()).toEqual([...all].sort());
		}
	});
});
