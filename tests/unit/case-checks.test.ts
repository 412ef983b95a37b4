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

describe('checkCases()', () => {
	it('accepts a valid case and returns it parsed', () => {
		const { problems, cases } = checkCases([fixture('valid')], article.paragraphs);
		expect(problems).toEqual([]);
		expect(cases.map((c) => c.id)).toEqual(['valid']);
		expect(cases[0]!.label).toBe('情景模拟');
	});

	it('rejects a choice that points to a missing node, naming the node and line', () => {
		const problems = problemsOf('missing-node');
		const missing = problems.find((p) => p.message.includes('指向不存在的节点'));
		expect(missing?.file).toBe('cases/missing-node.yaml');
		expect(missing?.line).toBe(lineOf('missing-node', 'next: end-c'));
		expect(missing?.message).toContain('节点「d3」第 2 个选项的 next 指向不存在的节点「end-c」');
		// end-b is now orphaned, and that is reported too.
		expect(problems.map((p) => p.message)).toContainEqual(
			expect.stringContaining('节点「end-b」从起点'),
		);
	});

	it('rejects an unreachable node', () => {
		const problems = problemsOf('unreachable-node');
		expect(problems.map((p) => p.message)).toEqual([
			expect.stringContaining('节点「orphan」从起点（第一个节点「start」）无法到达'),
		]);
	});

	it('rejects a loop with no way to reach an ending', () => {
		const messages = problemsOf('dead-loop').map((p) => p.message);
		expect(messages).toHaveLength(2);
		expect(messages[0]).toContain('节点「loop-a」陷入没有结局的循环');
		expect(messages[1]).toContain('节点「loop-b」陷入没有结局的循环');
	});

	it('rejects an unknown paragraph', () => {
		const messages = problemsOf('unknown-paragraph').map((p) => p.message);
		expect(messages).toEqual([expect.stringContaining('引用了不存在的段落「p15」')]);
		expect(messages[0]).toContain('节点「d2」第 1 个选项');
	});

	it('rejects a quote that is not verbatim and shows the closest passage', () => {
		const messages = problemsOf('paraphrased-quote').map((p) => p.message);
		expect(messages).toHaveLength(1);
		expect(messages[0]).toContain('不是 p3 的原文');
		expect(messages[0]).toContain('最接近的原文是「把工作重心从具体事务中脱离出来」');
	});

	it('rejects a case whose longest path has fewer than three decisions', () => {
		const messages = problemsOf('too-few-decisions').map((p) => p.message);
		expect(messages).toEqual([expect.stringContaining('最长的一条路径只有 2 个决策点')]);
	});

	it('rejects a case with fewer than two distinct endings', () => {
		const messages = problemsOf('one-ending').map((p) => p.message);
		expect(messages).toEqual([expect.stringContaining('只有 1 个可到达的结局')]);
	});

	it('rejects a case id that differs from its file name, and a bad setting', () => {
		const bad: CaseFile = {
			file: 'content/cases/other.yaml',
			source: fixture('valid').source.replace('setting: 某村', 'setting: 北京市'),
		};
		const messages = checkCases([bad], article.paragraphs).problems.map((p) => p.message);
		expect(messages).toEqual([
			expect.stringContaining('setting 只能是 某县 / 某村 / 某社区 / 某街道'),
		]);
		const renamed = checkCases(
			[{ ...fixture('valid'), file: 'content/cases/other.yaml' }],
			article.paragraphs,
		);
		expect(renamed.problems[0]!.message).toContain('与文件名「other」不一致');
	});
});
