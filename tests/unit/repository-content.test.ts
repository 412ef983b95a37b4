/**
 * The project's own content passes every build check. The whole repository is read and checked ONCE
 * here (not per test file), with an explicit timeout: on a loaded 2-core machine it takes seconds.
 * (Under Vitest the content-checks integration skips its own run, so this is the only one.)
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-checks/index';
import { readCaseFiles } from '../../src/content-checks/cases';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
let problems: string[] = [];

beforeAll(() => {
	problems = checkContent(projectRoot).map(formatProblem);
}, 120_000);

describe('checkContent() on the repository', () => {
	it('finds no problem: quotes verbatim, p1–p14 quoted, ids, sets, cases, glossary, notes', () => {
		expect(problems).toEqual([]);
	});

	it('has at least seven cases', () => {
		expect(readCaseFiles(projectRoot).length).toBeGreaterThanOrEqual(7);
	});
});
