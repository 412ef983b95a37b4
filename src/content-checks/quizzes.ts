/**
 * Checks on the question bank (`quizzes/bank/*.yaml`), the quiz sets (`quizzes/sets/*.yaml`) and the
 * lessons' references to quiz sets, read from the raw YAML so every problem names the file, the line,
 * the question id and the field, with the fix:
 *   duplicate id · unknown type or power · answer index out of range · single with ≠ 1 correct ·
 *   multiple with < 2 correct · blank without accepted answers or with a `___` count ≠ blanks ·
 *   match with unpaired or ambiguous items · order with duplicates · paragraph outside p1–p14 ·
 *   quote not verbatim (with the closest passage) · missing explanation · any other schema issue ·
 *   a set naming an unknown question, or a blueprint the bank cannot fill (also its share above
 *   recall, and without a leaking pair on any paper: src/quiz/draw.ts leakFreeShortfalls) · a lesson naming an unknown set (`{/* slot:quiz <id> *\/}` or `<QuizSet id="<id>" />`) ·
 *   quotation marks in learner-facing text (./quiz-quotes.ts: only 「」, and only around the article's
 *   wording) · and the assessment-quality rules of ./quiz-quality.ts (answer leaks within a set, judge-key balance per bank file, long single-choice
 *   keys, 排序 stems that state the order, 排序 keys that are not the article's text order, a fact asked more than twice in a pool, lesson sets that do
 *   not mix levels).
 * Owns: those checks. Must not: render or load through Astro (it runs before the build and in Vitest).
 */
import { basename } from 'node:path';
import { isMap, isSeq } from 'yaml';
import type { Article } from '../article/parse';
import { QUESTION_BANK, QUIZ_SETS } from '../content-kinds';
import { readContent } from '../content-kinds/read';
import { isParagraphId, isPowerId, POWER_IDS } from '../article/powers';
import {
	BankFileSchema,
	BLANK_MARKER,
	QUESTION_TYPES,
	QuestionSchema,
	type Question,
} from '../schemas/question';
import { QuizSetSchema, type QuizSet } from '../schemas/quiz-set';
import { aboveRecallNeeded, candidates, leakFreeShortfalls } from '../quiz/draw';
import { isAboveRecall } from '../schemas/question';
import {
	factFindings,
	judgeBalanceFinding,
	keyLengthFinding,
	lessonLevelProblem,
	orderSourceFinding,
	orderStemFinding,
	readingOrder,
	setLeaks,
	type Finding,
} from './quiz-quality';
import { quotableTexts, quoteMarkFindings } from './quiz-quotes';
import { isReservedId } from '../schemas/ids';
import type { LessonFile } from './lessons';
import { fieldMessage, fieldName, quoteNotVerbatim, type ContentProblem } from './problem';
import { YamlSource } from './yaml-source';

export const BANK_DIR = QUESTION_BANK.base;
export const SETS_DIR = QUIZ_SETS.base;

export interface YamlFile {
	/** Path relative to the project root. */
	file: string;
	source: string;
}

export interface QuizFiles {
	bank: YamlFile[];
	sets: YamlFile[];
}

/** The bank and the sets under `root`: exactly the files the `questions` and `quizSets` collections load. */
export function readQuizFiles(root: string): QuizFiles {
	return { bank: readContent(root, QUESTION_BANK), sets: readContent(root, QUIZ_SETS) };
}

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The structural checks on one raw question; each returns [path within the question, message]. */
function questionIssues(q: Raw, article: Article | undefined): [(string | number)[], string][] {
	const out: [(string | number)[], string][] = [];
	const add = (path: (string | number)[], message: string) => out.push([path, message]);
	const type = q['type'];
	if (!(QUESTION_TYPES as readonly unknown[]).includes(type)) {
		add(
			['type'],
			`未知题型 ${JSON.stringify(type)}：type 必须是 ${QUESTION_TYPES.join(' / ')} 之一`,
		);
	}
	if (!isPowerId(q['power'])) {
		add(
			['power'],
			`未知能力 ${JSON.stringify(q['power'])}：power 必须是 ${POWER_IDS.join(' / ')} 之一`,
		);
	}
	if (!nonEmpty(q['stem'])) add(['stem'], '缺少 stem（题干）');
	if (!nonEmpty(q['explanation'])) {
		add(['explanation'], '缺少 explanation（解析）：写明正确答案为什么对，学员答题后会看到');
	}
	const source = q['source'];
	if (!isRecord(source)) {
		add(['source'], '缺少 source：写成 source: { p: pN, quote: "原文中的一句" }');
	} else if (!isParagraphId(source['p'])) {
		add(['source', 'p'], `段落 ${JSON.stringify(source['p'])} 超出范围：source.p 必须是 p1…p14`);
	} else if (!nonEmpty(source['quote'])) {
		add(['source', 'quote'], '缺少 source.quote：摘录该段中的原话');
	} else if (article) {
		const para = article.paragraphs.find((p) => p.id === source['p']);
		const wrong = para && quoteNotVerbatim(source['quote'], para.id, para.raw);
		if (wrong) add(['source', 'quote'], wrong);
	}

	if (q['keyLengthExempt'] !== undefined && type !== 'single') {
		add(['keyLengthExempt'], 'keyLengthExempt 只用于单选题（single）：请删去此字段');
	}
	const options = Array.isArray(q['options']) ? q['options'] : undefined;
	const answer = q['answer'];
	const inRange = (i: number) => !!options && i >= 0 && i < options.length;
	const rangeText = options ? `0–${options.length - 1}` : '（没有 options）';
	if (type === 'single') {
		if (Array.isArray(answer) && answer.length !== 1) {
			add(
				['answer'],
				`单选题必须恰好有 1 个正确选项（现在 answer 列了 ${answer.length} 个）；多个正确请改用 type: multiple`,
			);
		} else if (answer === undefined) {
			add(['answer'], '单选题必须恰好有 1 个正确选项：缺少 answer（正确选项的序号，从 0 数）');
		} else {
			const index: unknown = Array.isArray(answer) ? (answer[0] as unknown) : answer;
			if (!isIndex(index) || !inRange(index)) {
				add(
					['answer'],
					`answer ${JSON.stringify(index)} 超出选项范围：应为 ${rangeText} 之间的序号（从 0 数）`,
				);
			}
		}
	}
	if (type === 'multiple') {
		const list = Array.isArray(answer) ? answer : answer === undefined ? [] : [answer];
		if (new Set(list).size < 2) {
			add(
				['answer'],
				`多选题至少要有 2 个正确选项（现在 ${new Set(list).size} 个）；只有一个正确请改用 type: single`,
			);
		}
		list.forEach((index, k) => {
			if (!isIndex(index) || !inRange(index)) {
				add(
					['answer', k],
					`answer 中的 ${JSON.stringify(index)} 超出选项范围：应为 ${rangeText} 之间的序号（从 0 数）`,
				);
			}
		});
	}
	if (type === 'blank') {
		const blanks = Array.isArray(q['blanks']) ? q['blanks'] : [];
		blanks.forEach((b, k) => {
			const accept = isRecord(b) && Array.isArray(b['accept']) ? b['accept'].filter(nonEmpty) : [];
			if (accept.length === 0)
				add(['blanks', k, 'accept'], `第 ${k + 1} 空没有可接受的答案：在 accept 中至少写一个`);
		});
		const marks = nonEmpty(q['stem']) ? q['stem'].split(BLANK_MARKER).length - 1 : 0;
		if (marks !== blanks.length) {
			add(
				['blanks'],
				`题干中有 ${marks} 处 ${BLANK_MARKER}，但 blanks 有 ${blanks.length} 项：二者必须一一对应`,
			);
		}
	}
	if (type === 'match') {
		const pairs = Array.isArray(q['pairs']) ? q['pairs'] : [];
		const lefts = new Set<string>();
		const rights = new Set<string>();
		pairs.forEach((pair, k) => {
			const left = isRecord(pair) ? pair['left'] : undefined;
			const right = isRecord(pair) ? pair['right'] : undefined;
			if (!nonEmpty(left) || !nonEmpty(right)) {
				add(['pairs', k], `第 ${k + 1} 组连线未配对：每组必须同时写 left 和 right`);
				return;
			}
			if (lefts.has(left)) add(['pairs', k, 'left'], `左侧「${left}」重复：每个左项只能出现一次`);
			if (rights.has(right))
				add(['pairs', k, 'right'], `右侧「${right}」重复：连线会有两种答案，请改写`);
			lefts.add(left);
			rights.add(right);
		});
		const distractors = Array.isArray(q['distractors']) ? q['distractors'] : [];
		distractors.forEach((d, k) => {
			if (typeof d === 'string' && rights.has(d)) {
				add(['distractors', k], `干扰项「${d}」与某组的 right 相同：干扰项必须与所有正确项不同`);
			}
		});
	}
	if (type === 'order') {
		const items = Array.isArray(q['items']) ? q['items'] : [];
		const seen = new Set<unknown>();
		items.forEach((item, k) => {
			if (seen.has(item))
				add(['items', k], `排序项「${String(item)}」重复：每一项必须不同，否则顺序有两种答案`);
			seen.add(item);
		});
	}
	return out;
}

export interface CheckedQuizzes {
	problems: ContentProblem[];
	/** Valid questions by id (first occurrence wins). */
	questions: Map<string, Question>;
	/** Valid quiz sets by id (the file name). */
	sets: Map<string, QuizSet>;
}

/** Check the bank and the sets, then the lessons' references to sets. */
export function checkQuizzes(
	files: QuizFiles,
	lessons: readonly LessonFile[],
	article: Article | undefined,
): CheckedQuizzes {
	const problems: ContentProblem[] = [];
	const questions = new Map<string, Question>();
	const where = new Map<string, string>();
	/** Where each valid question sits, to put a quality finding at its file and line. */
	const placed = new Map<string, { located: YamlSource; index: number }>();
	const reportFinding = (f: Finding) => {
		const at = placed.get(f.id);
		if (!at) return;
		problems.push(
			at.located.problem(
				['questions', at.index, ...f.path],
				`题目 ${f.id} 的 ${fieldName(f.path)}：${f.message}`,
			),
		);
	};

	for (const yaml of files.bank) {
		const located = new YamlSource(yaml.file, yaml.source);
		if (located.doc.errors.length) {
			problems.push(...located.syntaxProblems());
			continue;
		}
		const root = located.data();
		const list = isRecord(root) ? root['questions'] : undefined;
		if (!Array.isArray(list) || list.length === 0 || !isSeq(located.doc.get('questions', true))) {
			problems.push(located.problem([], '题库文件必须是 questions: 后接题目列表（至少一题）'));
			continue;
		}
		list.forEach((item, i) => {
			const at = (path: (string | number)[]) => ['questions', i, ...path];
			if (!isRecord(item) || !isMap(located.doc.getIn(['questions', i], true))) {
				problems.push(
					located.problem(at([]), `第 ${i + 1} 题不是一个题目（应是 id、type、power… 等字段）`),
				);
				return;
			}
			const id = typeof item['id'] === 'string' ? item['id'] : `（第 ${i + 1} 题，缺少 id）`;
			const report = (path: (string | number)[], message: string) =>
				problems.push(located.problem(at(path), fieldMessage(`题目 ${id}`, path, message)));
			const previous = where.get(id);
			if (previous) report(['id'], `id 与 ${previous} 中的题目重复：每道题的 id 必须唯一`);
			else if (typeof item['id'] === 'string') where.set(id, yaml.file);

			const issues = questionIssues(item, article);
			for (const [path, message] of issues) report(path, message);
			if (issues.length) return;
			const parsed = QuestionSchema.safeParse(item);
			if (!parsed.success) {
				problems.push(...located.issueProblems(parsed.error.issues, `题目 ${id}`, at([])));
				return;
			}
			if (!previous) {
				questions.set(parsed.data.id, parsed.data);
				placed.set(parsed.data.id, { located, index: i });
			}
		});
		// Anything else at the top level of the file (a typo such as `question:`).
		const whole = BankFileSchema.safeParse({ ...(root as Raw), questions: [] });
		if (!whole.success) {
			problems.push(
				...located.issueProblems(whole.error.issues.filter((x) => x.path[0] !== 'questions')),
			);
		}
	}

	const bankList = [...questions.values()];
	const quotable = article ? quotableTexts(article) : undefined;
	const reading = article ? readingOrder(article) : undefined;
	for (const q of bankList) {
		if (quotable) quoteMarkFindings(q, quotable).forEach(reportFinding);
		const long = keyLengthFinding(q);
		if (long) reportFinding(long);
		const order = orderStemFinding(q);
		if (order) reportFinding(order);
		const sequence = reading ? orderSourceFinding(q, reading) : undefined;
		if (sequence) reportFinding(sequence);
	}
	// Each bank file's 判断 items: neither key below its share (always answering one way must not pass).
	const byFile = new Map<string, Question[]>();
	for (const q of bankList) {
		const file = placed.get(q.id)?.located.file;
		if (file) byFile.set(file, [...(byFile.get(file) ?? []), q]);
	}
	for (const [file, items] of byFile) {
		const balance = judgeBalanceFinding(basename(file), items);
		if (balance) reportFinding(balance);
	}
	for (const power of POWER_IDS) {
		factFindings(
			`${power} 的题库`,
			bankList.filter((q) => q.power === power),
		).forEach(reportFinding);
	}

	const sets = new Map<string, QuizSet>();
	for (const yaml of files.sets) {
		const setId = basename(yaml.file).replace(/\.ya?ml$/u, '');
		const located = new YamlSource(yaml.file, yaml.source);
		if (located.doc.errors.length) {
			problems.push(...located.syntaxProblems());
			continue;
		}
		if (isReservedId(setId)) {
			problems.push(
				located.problem(
					[],
					`题组文件名 ${setId} 是保留名（与浏览器内置名称冲突），请给文件换一个名字`,
				),
			);
			continue;
		}
		const parsed = QuizSetSchema.safeParse(located.data());
		if (!parsed.success) {
			problems.push(...located.issueProblems(parsed.error.issues, `题组 ${setId}`));
			continue;
		}
		const set = parsed.data;
		set.questions?.forEach((qid, k) => {
			if (!questions.has(qid) && !where.has(qid)) {
				problems.push(
					located.problem(
						['questions', k],
						`题组 ${setId} 的 questions：题库中没有 id 为 ${qid} 的题目（检查拼写，或先在 ${BANK_DIR}/ 中添加该题）`,
					),
				);
			}
		});
		if (set.questions) {
			const items = set.questions.flatMap((qid) => {
				const q = questions.get(qid);
				return q ? [q] : [];
			});
			// A set naming an unknown question is reported above; judge it once it is whole.
			const judged = items.length === set.questions.length;
			if (judged) setLeaks(setId, items).forEach(reportFinding);
			if (judged) factFindings(`题组 ${setId}`, items).forEach(reportFinding);
			const levelProblem = judged && set.kind === 'lesson' ? lessonLevelProblem(items) : undefined;
			if (levelProblem) {
				problems.push(
					located.problem(['questions'], `题组 ${setId} 的 questions：${levelProblem}`),
				);
			}
		}
		if (set.blueprint) {
			const bank = [...questions.values()];
			const before = problems.length;
			for (const power of POWER_IDS) {
				const wanted = set.blueprint.perPower[power] ?? 0;
				const pool = candidates(bank, power, set.blueprint);
				const have = pool.length;
				const needUpper = aboveRecallNeeded(wanted, set.blueprint);
				const haveUpper = pool.filter((q) => isAboveRecall(q.level)).length;
				if (wanted <= have && needUpper > haveUpper) {
					problems.push(
						located.problem(
							['blueprint', 'aboveRecall'],
							`题组 ${setId} 的 blueprint.aboveRecall：${power} 每次要抽 ${needUpper} 道记忆以上（理解/应用/分析）的题，但题库中符合条件的只有 ${haveUpper} 题；请补充此类题目或降低 aboveRecall`,
						),
					);
				}
				if (wanted > have) {
					problems.push(
						located.problem(
							['blueprint', 'perPower', power],
							`题组 ${setId} 的 blueprint.perPower.${power}：要抽 ${wanted} 题，但题库中符合条件的只有 ${have} 题；请减少数量或补充题目`,
						),
					);
				}
			}
			// Once the bank can fill it: prove no draw can put two leaking questions on one paper.
			if (problems.length === before) {
				for (const f of leakFreeShortfalls(bank, set.blueprint)) {
					problems.push(
						located.problem(
							['blueprint', 'perPower', f.power],
							`题组 ${setId} 的 blueprint.perPower.${f.power}：无法保证抽出的试卷里没有互相泄露答案的题——${f.pool === 'all' ? '可抽的' : '记忆以上的'}题目中，已抽的其他题最多可能排除一部分，余下 ${f.free} 题，少于要抽的 ${f.need} 题。请改写互相泄露答案的题（题干或选项中不出现他题的答案），或减少抽题数量`,
						),
					);
				}
			}
		}
		sets.set(setId, set);
	}

	for (const lesson of lessons) {
		for (const { id, line } of quizReferences(lesson.body)) {
			if (!sets.has(id)) {
				problems.push({
					file: lesson.file,
					line: lesson.bodyLine + line - 1,
					message: `课程引用了不存在的题组 ${id}：${SETS_DIR}/ 中没有 ${id}.yaml（检查拼写，或先建立该题组）`,
				});
			}
		}
	}
	return { problems, questions, sets };
}

/** Quiz-set ids a lesson body refers to, with their 1-based line within the body. */
export function quizReferences(body: string): { id: string; line: number }[] {
	const found: { id: string; line: number }[] = [];
	const pattern = /slot:quiz\s+([\w-]+)|<QuizSet\b[^>]*?\bid=["']([^"']+)["']/gu;
	for (const match of body.matchAll(pattern)) {
		const id = match[1] ?? match[2] ?? '';
		found.push({ id, line: body.slice(0, match.index).split('\n').length });
	}
	return found;
}
