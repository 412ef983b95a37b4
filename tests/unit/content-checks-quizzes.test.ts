/**
 * The build's quiz checks on bad input: every fixture under tests/fixtures/quizzes/ holds one mistake,
 * and the check must name the file, the line, the question (or set) id, the field and the fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article } from '../../src/article/source';
import { readLessonFiles, splitFrontmatter } from '../../src/content-checks/lessons';
import {
	checkQuizzes,
	quizReferences,
	readQuizFiles,
	type YamlFile,
} from '../../src/content-checks/quizzes';
import { formatProblem, type ContentProblem } from '../../src/content-checks/problem';

const dir = 'tests/fixtures/quizzes';
const yaml = (file: string): YamlFile => ({
	file: `${dir}/${file}`,
	source: readFileSync(`${dir}/${file}`, 'utf8'),
});
const lesson = (file: string) =>
	splitFrontmatter(`${dir}/${file}`, readFileSync(`${dir}/${file}`, 'utf8'));
const validBank = yaml('valid/bank/valid.yaml');
const validSets = [yaml('valid/sets/lesson-valid.yaml'), yaml('valid/sets/exam-valid.yaml')];

function check(extra: { bank?: string; set?: string; lesson?: string }): ContentProblem[] {
	return checkQuizzes(
		{
			bank: [validBank, ...(extra.bank ? [yaml(`bank/${extra.bank}`)] : [])],
			sets: [...validSets, ...(extra.set ? [yaml(`sets/${extra.set}`)] : [])],
		},
		[lesson('valid/lesson.mdx'), ...(extra.lesson ? [lesson(`lessons/${extra.lesson}`)] : [])],
		article,
	).problems;
}

/** The single problem a fixture produces. */
function only(extra: Parameters<typeof check>[0]): ContentProblem {
	const problems = check(extra);
	expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
	return problems[0]!;
}

describe('checkQuizzes() on valid content', () => {
	it('finds nothing wrong and returns every question and set', () => {
		const result = checkQuizzes(
			{ bank: [validBank], sets: validSets },
			[lesson('valid/lesson.mdx')],
			article,
		);
		expect(result.problems).toEqual([]);
		expect([...result.questions.keys()]).toHaveLength(7);
		expect([...result.sets.keys()].sort()).toEqual(['exam-valid', 'lesson-valid']);
	});
});

describe('checkQuizzes() on the repository', () => {
	// The whole repository: allow for a busy machine.
	it(
		'passes the real bank, sets and lessons, and can fill 综合测试 and 每日一练',
		{ timeout: 30_000 },
		() => {
			const result = checkQuizzes(readQuizFiles('.'), readLessonFiles('.'), article);
			expect(result.problems).toEqual([]);
			expect(result.sets.get('exam')).toMatchObject({
				kind: 'exam',
				mode: 'test',
				passMark: 0.8,
				blueprint: { aboveRecall: 0.5 },
			});
			expect(result.sets.get('daily')).toMatchObject({ kind: 'daily' });
		},
	);
});

describe('checkQuizzes() on a bad question', () => {
	it('reports a duplicate id with both files', () => {
		expect(formatProblem(only({ bank: 'duplicate-id.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/duplicate-id.yaml:2 — 题目 ok-single 的 id：id 与 tests/fixtures/quizzes/valid/bank/valid.yaml 中的题目重复：每道题的 id 必须唯一"`,
		);
	});
	it('reports an id that is a reserved name (constructor)', () => {
		expect(only({ bank: 'reserved-id.yaml' })).toMatchObject({
			line: 2,
			message: expect.stringMatching(/^题目 constructor 的 id：id 不能是 constructor/u) as unknown,
		});
	});
	it('reports a set whose file name is a reserved name', () => {
		expect(only({ set: 'constructor.yaml' }).message).toMatch(/^题组文件名 constructor 是保留名/u);
	});
	it('reports an unknown type', () => {
		expect(formatProblem(only({ bank: 'unknown-type.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/unknown-type.yaml:4 — 题目 bad-type 的 type：未知题型 "essay"：type 必须是 single / multiple / judge / blank / match / order / short 之一"`,
		);
	});
	it('reports an unknown power', () => {
		expect(formatProblem(only({ bank: 'unknown-power.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/unknown-power.yaml:3 — 题目 bad-power 的 power：未知能力 "leadershp"：power 必须是 overview / leadership / coverage / cohesion / development / renewal / synthesis 之一"`,
		);
	});
	it('reports an answer index out of range', () => {
		expect(formatProblem(only({ bank: 'answer-out-of-range.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/answer-out-of-range.yaml:7 — 题目 bad-range 的 answer：answer 3 超出选项范围：应为 0–2 之间的序号（从 0 数）"`,
		);
	});
	it('reports a single-choice question with two correct options', () => {
		expect(formatProblem(only({ bank: 'single-two-correct.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/single-two-correct.yaml:7 — 题目 bad-single 的 answer：单选题必须恰好有 1 个正确选项（现在 answer 列了 2 个）；多个正确请改用 type: multiple"`,
		);
	});
	it('reports a multiple-choice question with fewer than two correct options', () => {
		expect(formatProblem(only({ bank: 'multiple-one-correct.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/multiple-one-correct.yaml:7 — 题目 bad-multiple 的 answer：多选题至少要有 2 个正确选项（现在 1 个）；只有一个正确请改用 type: single"`,
		);
	});
	it('reports a blank without an accepted answer', () => {
		expect(formatProblem(only({ bank: 'blank-no-accept.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/blank-no-accept.yaml:7 — 题目 bad-blank-accept 的 blanks[0].accept：第 1 空没有可接受的答案：在 accept 中至少写一个"`,
		);
	});
	it('reports a blank count that differs from the ___ in the stem', () => {
		expect(formatProblem(only({ bank: 'blank-count.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/blank-count.yaml:7 — 题目 bad-blank-count 的 blanks：题干中有 2 处 ___，但 blanks 有 1 项：二者必须一一对应"`,
		);
	});
	it('reports a match with an unpaired item', () => {
		expect(formatProblem(only({ bank: 'match-unpaired.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/match-unpaired.yaml:8 — 题目 bad-match 的 pairs[1]：第 2 组连线未配对：每组必须同时写 left 和 right"`,
		);
	});
	it('reports an order question with duplicate items', () => {
		expect(formatProblem(only({ bank: 'order-duplicates.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/order-duplicates.yaml:6 — 题目 bad-order 的 items[2]：排序项「第一」重复：每一项必须不同，否则顺序有两种答案"`,
		);
	});
	it('reports a paragraph outside p1–p14', () => {
		expect(formatProblem(only({ bank: 'paragraph-out-of-range.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/paragraph-out-of-range.yaml:8 — 题目 bad-paragraph 的 source.p：段落 "p15" 超出范围：source.p 必须是 p1…p14"`,
		);
	});
	it('reports a quote that is not verbatim, with the closest passage', () => {
		expect(formatProblem(only({ bank: 'quote-not-verbatim.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/quote-not-verbatim.yaml:8 — 题目 bad-quote 的 source.quote：引文「把方向、管全局、保落实」不是 p3 的原文。该段最接近的原文是「把方向、管大局、保落实」：请逐字照录（只允许空白和半角/全角标点的差别），或改正段落编号"`,
		);
	});
	it('reports a missing explanation', () => {
		expect(formatProblem(only({ bank: 'missing-explanation.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/missing-explanation.yaml:2 — 题目 bad-explanation 的 explanation：缺少 explanation（解析）：写明正确答案为什么对，学员答题后会看到"`,
		);
	});
});

describe('checkQuizzes() on quotation marks in learner-facing text', () => {
	it('reports “” in a stem (the site quotes with 「」)', () => {
		expect(formatProblem(only({ bank: 'western-quotes.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/western-quotes.yaml:8 — 题目 bad-marks 的 stem：用了引号「“」：题库中给学员看的文字统一用「」引用原文（原文自带的 “” 在「」内写作『』），请改写"`,
		);
	});
	it('reports a 「」 span that is not the article’s wording, and accepts a verbatim one with 『』', () => {
		expect(formatProblem(only({ bank: 'quoted-not-article.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/bank/quoted-not-article.yaml:10 — 题目 bad-span 的 options[0].text：「把方向、管全局、保落实」不是原文：「」内只能是文章的原话（『』代替原文的 “”，…… 表示省略，___ 是填空），请逐字照录，或去掉「」"`,
		);
	});
});

describe('checkQuizzes() on assessment quality (issue 15)', () => {
	it('reports a question without level and difficulty, naming the allowed values', () => {
		const problems = check({ bank: 'missing-level.yaml' });
		expect(problems.map((p) => p.message)).toEqual([
			'题目 bad-level 的 level：level 必须是 recall / understand / apply / analyze 之一（记忆 / 理解 / 应用 / 分析；收到 undefined）',
			'题目 bad-level 的 difficulty：difficulty 必须是 1、2 或 3（收到 undefined）',
		]);
		expect(problems[0]).toMatchObject({ file: `${dir}/bank/missing-level.yaml`, line: 3 });
	});
	it('reports a single-choice key longer than 1.5 × the longest distractor', () => {
		expect(only({ bank: 'key-too-long.yaml' })).toMatchObject({
			file: `${dir}/bank/key-too-long.yaml`,
			line: 9,
			message: expect.stringMatching(
				/^题目 bad-key-length 的 options\[0\]\.text：正确选项有 9 字，超过最长干扰项（5 字）的 1\.5 倍.*keyLengthExempt/u,
			) as unknown,
		});
	});
	it('accepts the same key when keyLengthExempt says why', () => {
		expect(check({ bank: 'key-length-exempt.yaml' })).toEqual([]);
	});
	it('reports keyLengthExempt on a question that is not single choice', () => {
		expect(only({ bank: 'exempt-not-single.yaml' })).toMatchObject({
			line: 7,
			message:
				'题目 bad-exempt 的 keyLengthExempt：keyLengthExempt 只用于单选题（single）：请删去此字段',
		});
	});
	it('reports an 排序 stem that states the order with sequence words', () => {
		expect(only({ bank: 'order-stem-sequence.yaml' })).toMatchObject({
			line: 7,
			message: expect.stringMatching(
				/^题目 bad-order-stem 的 stem：排序题干用「先定责任、再细标准、后」交代了顺序/u,
			) as unknown,
		});
	});
	it('reports an 排序 stem that names the items in the keyed order', () => {
		expect(only({ bank: 'order-stem-items.yaml' }).message).toMatch(
			/^题目 bad-order-items 的 stem：排序题干按答案的顺序提到了 3 个排序项的内容/u,
		);
	});
	it('reports the third item on one fact in a power’s pool, naming the other two', () => {
		expect(only({ bank: 'fact-thrice.yaml' })).toMatchObject({
			file: `${dir}/bank/fact-thrice.yaml`,
			line: 28,
			message: expect.stringMatching(
				/^题目 fact-c 的 fact：fact「cov-role」在coverage 的题库中已被 fact-a、fact-b 考过/u,
			) as unknown,
		});
	});
	it('reports a bank file whose 判断 items are nearly all keyed one way, at the first judge’s answer', () => {
		expect(only({ bank: 'judge-keys-lopsided.yaml' })).toMatchObject({
			file: `${dir}/bank/judge-keys-lopsided.yaml`,
			line: 9,
			message: expect.stringMatching(
				/^题目 bal-1 的 answer：judge-keys-lopsided\.yaml 的 5 道判断题中，答案为「正确」的 1 题、为「错误」的 4 题：每种答案至少要占 25 %（2 题）/u,
			) as unknown,
		});
	});
	it('accepts a bank file where each key is at least 25 % of its 判断 items', () => {
		expect(check({ bank: 'judge-keys-balanced.yaml' })).toEqual([]);
	});
	it('reports an item that prints another item’s keyed answer in the same set', () => {
		const problems = check({ bank: 'leak.yaml', set: 'lesson-leak.yaml' });
		expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: `${dir}/bank/leak.yaml`,
			line: 19,
			message: expect.stringMatching(
				/^题目 leak-judge 的 stem：在题组 lesson-leak 中泄露了 leak-blank 的答案「一站式」/u,
			) as unknown,
		});
	});
	it('does not report the same two items when they sit in different sets', () => {
		expect(check({ bank: 'leak.yaml' })).toEqual([]);
	});
	it('reports a lesson set that does not mix levels', () => {
		expect(only({ set: 'lesson-all-recall.yaml' })).toMatchObject({
			file: `${dir}/sets/lesson-all-recall.yaml`,
			line: 4,
			message: expect.stringMatching(
				/^题组 lesson-all-recall 的 questions：随堂测验要混合层次.*2 题中 2 题是记忆题/u,
			) as unknown,
		});
	});
	it('reports a blueprint whose papers could not avoid a leaking pair, and not the pair alone', () => {
		expect(check({ bank: 'leak-pair.yaml' })).toEqual([]);
		expect(only({ bank: 'leak-pair.yaml', set: 'blueprint-leaky.yaml' })).toMatchObject({
			file: `${dir}/sets/blueprint-leaky.yaml`,
			line: 6,
			message: expect.stringMatching(
				/^题组 blueprint-leaky 的 blueprint\.perPower\.leadership：无法保证抽出的试卷里没有互相泄露答案的题.*余下 2 题，少于要抽的 4 题/u,
			) as unknown,
		});
	});
	it('reports a blueprint whose share above recall the bank cannot fill', () => {
		expect(only({ set: 'blueprint-above-recall.yaml' })).toMatchObject({
			line: 5,
			message: expect.stringMatching(
				/^题组 blueprint-above-recall 的 blueprint\.aboveRecall：leadership 每次要抽 2 道记忆以上.*只有 1 题/u,
			) as unknown,
		});
	});
});

describe('checkQuizzes() on sets and lessons', () => {
	it('reports a set naming an unknown question', () => {
		expect(formatProblem(only({ set: 'unknown-question.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/sets/unknown-question.yaml:3 — 题组 unknown-question 的 questions：题库中没有 id 为 ok-singel 的题目（检查拼写，或先在 quizzes/bank/ 中添加该题）"`,
		);
	});
	it('reports a blueprint the bank cannot fill', () => {
		expect(formatProblem(only({ set: 'blueprint-too-big.yaml' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/sets/blueprint-too-big.yaml:4 — 题组 blueprint-too-big 的 blueprint.perPower.coverage：要抽 5 题，但题库中符合条件的只有 1 题；请减少数量或补充题目"`,
		);
	});
	it('reports a lesson naming an unknown quiz set, at its line', () => {
		expect(formatProblem(only({ lesson: 'unknown-set.mdx' }))).toMatchInlineSnapshot(
			`"tests/fixtures/quizzes/lessons/unknown-set.mdx:9 — 课程引用了不存在的题组 lesson-missing：quizzes/sets/ 中没有 lesson-missing.yaml（检查拼写，或先建立该题组）"`,
		);
	});
});

describe('checkQuizzes() on broken YAML', () => {
	it('reports the syntax error with its line', () => {
		const broken = {
			file: 'quizzes/bank/broken.yaml',
			source: 'questions:\n  - id: a\n    stem: [未闭合\n',
		};
		const [problem] = checkQuizzes({ bank: [broken], sets: [] }, [], article).problems;
		expect(formatProblem(problem!)).toMatchInlineSnapshot(
			`"quizzes/bank/broken.yaml:4 — YAML 语法错误（第 1 列附近）：请检查缩进、冒号后的空格，以及引号和括号是否成对"`,
		);
	});
});

describe('quizReferences()', () => {
	it('finds slot comments and QuizSet components', () => {
		expect(
			quizReferences('a\n{/* slot:quiz lesson-a */}\n<QuizSet client:visible id="lesson-b" />'),
		).toEqual([
			{ id: 'lesson-a', line: 2 },
			{ id: 'lesson-b', line: 3 },
		]);
	});
});
