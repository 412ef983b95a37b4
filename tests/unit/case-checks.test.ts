import { describe, expect, it } from 'vitest';
import { article } from '../../src/article/source';
import { checkCases, readCaseFiles, type CaseFile } from '../../src/content-checks/cases';

const fixtures = readCaseFiles('tests/fixtures', 'cases');
const fixture = (name: string): CaseFile => {
	const found = fixtures.find((f) => f.file.endsWith(`/${name}.yaml`));
	if (!found) throw new Error(`no fixture ${name}`);
	return found;
};
const source = (name: string) => fixture(name).source;
const lineOf = (name: string, text: string) =>
	source(name).slice(0, source(name).indexOf(text)).split('\n').length;
const problemsOf = (name: string) => checkCases([fixture(name)], article.paragraphs).problems;
const messagesOf = (name: string) => problemsOf(name).map((p) => p.message);

describe('checkCases(): the file', () => {
	it('accepts a valid v2 case and returns it parsed', () => {
		const { problems, cases } = checkCases([fixture('valid')], article.paragraphs);
		expect(problems).toEqual([]);
		expect(cases.map((c) => c.id)).toEqual(['valid']);
		expect(cases[0]!.label).toBe('情景模拟');
	});

	it('refuses a v1 file with one message that points to the migration guide', () => {
		const problems = problemsOf('v1-format');
		expect(problems).toHaveLength(1);
		expect(problems[0]!.line).toBe(1);
		expect(problems[0]!.message).toContain('这是第 1 版案例格式');
		expect(problems[0]!.message).toContain('content/cases/README.md');
	});

	it('rejects a choice that points to a missing node, naming the node and line', () => {
		const problems = problemsOf('missing-node');
		expect(problems).toHaveLength(1);
		expect(problems[0]!.line).toBe(lineOf('missing-node', 'next: end-x'));
		expect(problems[0]!.message).toContain(
			'节点「d3」第 2 个选项的 next 指向不存在的节点「end-x」',
		);
	});

	it('rejects a node that no path reaches', () => {
		expect(messagesOf('unreachable-node')).toEqual([
			expect.stringContaining('节点「orphan」没有任何路径能到达'),
		]);
	});

	it('rejects a route back to a node already passed, once per node', () => {
		const loops = messagesOf('dead-loop').filter((m) => m.includes('回到了已经走过的节点'));
		expect(loops).toEqual([expect.stringContaining('节点「d2」')]);
	});

	it('rejects an unknown paragraph and a quote that is not verbatim', () => {
		expect(messagesOf('unknown-paragraph')).toEqual([
			expect.stringContaining('节点「d2」第 1 个选项的 source 引用了不存在的段落「p15」'),
		]);
		const [paraphrased] = messagesOf('paraphrased-quote');
		expect(paraphrased).toContain('不是 p3 的原文');
		expect(paraphrased).toContain('最接近的原文是「把工作重心从具体事务中脱离出来」');
	});

	it('rejects a flag that is not declared', () => {
		const problems = problemsOf('undeclared-flag');
		const undeclared = problems.find((p) => p.message.includes('未声明的状态标记「folowed」'));
		expect(undeclared?.line).toBe(lineOf('undeclared-flag', 'set: [folowed]'));
		expect(problems.map((p) => p.message)).toContainEqual(
			expect.stringContaining('状态标记「followed」已声明，但没有任何选项 set 它'),
		);
	});

	it('rejects too few decisions and a single ending', () => {
		expect(messagesOf('too-few-decisions')).toContainEqual(
			expect.stringContaining('最长的一条路径只有 2 个决策点'),
		);
		expect(messagesOf('one-ending')).toContainEqual(
			expect.stringContaining('只有 1 个可到达的结局'),
		);
	});

	it('rejects a case id that differs from its file name, and a bad setting', () => {
		const bad: CaseFile = {
			file: 'content/cases/other.yaml',
			source: source('valid').replace('setting: 某村', 'setting: 北京市'),
		};
		expect(checkCases([bad], article.paragraphs).problems.map((p) => p.message)).toEqual([
			expect.stringContaining('setting 只能是 某县 / 某村 / 某社区 / 某街道'),
		]);
		const renamed = checkCases(
			[{ ...fixture('valid'), file: 'content/cases/other.yaml' }],
			article.paragraphs,
		);
		expect(renamed.problems[0]!.message).toContain('与文件名「other」不一致');
	});
});

describe('checkCases(): every path', () => {
	it('rule 1: an ending reachable by a path that contradicts a claim it makes', () => {
		const problems = problemsOf('claim-contradicted');
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('结局「end-a」声称「事项经集体讨论决定」（collective）');
		expect(problems[0]!.message).toContain('路径「d1 选 A → d2 选 B → d3 选 A」');
		expect(problems[0]!.line).toBe(lineOf('claim-contradicted', 'claims: [studied'));
	});

	it('rule 2: the best ending reachable with a poor choice', () => {
		expect(messagesOf('best-with-poor')).toContainEqual(
			expect.stringMatching(
				/最佳结局「end-a」可以经由含有 poor 选项的路径到达：「d1 选 A → d2 选 B → d3 选 A」（d2 选 B 为 poor）/u,
			),
		);
	});

	it('rule 3: the ending decided by the last choice alone', () => {
		const messages = messagesOf('last-choice-only');
		expect(messages).toContainEqual(expect.stringContaining('结局只由最后一个决策决定'));
		// The valid case passes it: d3 A ends in end-a or end-c depending on d1 and d2.
		expect(messagesOf('valid')).toEqual([]);
	});

	it('rule 4: a passage that presupposes a state the path may not have', () => {
		const problems = problemsOf('assumes-violated');
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('节点「d3」的文字预设了路径上未必发生的事');
		expect(problems[0]!.message).toContain('d2 选 B');
		expect(problems[0]!.line).toBe(lineOf('assumes-violated', 'assumes:'));
	});
});
