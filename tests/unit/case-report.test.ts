/**
 * Every case in content/cases/, enumerated: its decisions, paths and endings, and the earlier
 * decisions that change the outcome (a pair of paths that make the same last choice and end
 * differently). Prints the table the lead asked for, and fails if a case loses its shape.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { caseReport } from '../../src/cases/audit';
import { readCaseFiles } from '../../src/content-checks/cases';
import { CaseSchema } from '../../src/schemas/case';

const cases = readCaseFiles('.').map((f) => CaseSchema.parse(parse(readFileSync(f.file, 'utf8'))));

describe('case report', () => {
	it('has nine cases', () => expect(cases).toHaveLength(9));
	for (const c of cases) {
		it(`${c.id}: an earlier decision changes the outcome, and every ending is reached`, () => {
			const report = caseReport(c);
			const lines = [
				`${report.id}: ${report.decisions.length} 个决策点（${report.decisions.join('、')}），${report.paths} 条路径`,
				...report.endings.map(
					(e) => `  结局 ${e.id}${e.best ? '（最佳）' : ''}：${e.paths} 条路径`,
				),
				...report.earlier.map(
					(d) => `  ${d.node} 改变结局：「${d.a}」→ ${d.aEnding}；「${d.b}」→ ${d.bEnding}`,
				),
			];
			console.log(lines.join('\n'));
			expect(report.earlier.length).toBeGreaterThan(0);
			expect(report.endings.every((e) => e.paths > 0)).toBe(true);
			expect(report.endings.filter((e) => e.best)).toHaveLength(1);
		});
	}
});
