/**
 * Teaching notes and the branch self-check list: the repository's files pass every check, and each
 * kind of mistake (a quote not in the article, minutes not adding up to 90, too few prompts, a case
 * that does not exist or belongs to another lesson, a missing field) fails with file, line and field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseArticle } from '../../src/article/parse';
import { readCaseFiles } from '../../src/content-checks/cases';
import { checkChecklist, readChecklistFile } from '../../src/content-checks/checklist';
import { checkContent } from '../../src/content-checks/index';
import { formatProblem } from '../../src/content-checks/problem';
import {
	caseIndex,
	checkTeachingNotes,
	readNoteFiles,
} from '../../src/content-checks/teaching-notes';
import { checklistVersion } from '../../src/schemas/checklist';
import { SESSION_MINUTES, type TeachingNote } from '../../src/schemas/teaching-note';

const article = parseArticle(readFileSync('content/article/source.txt', 'utf8'));
const cases = caseIndex(readCaseFiles('.'));
const FIXTURE = 'tests/fixtures/notes';
const fixtureNote = readFileSync(`${FIXTURE}/content/teaching-notes/leadership.yaml`, 'utf8');
/** The fixture note with its two planted mistakes mended. */
const goodNote = fixtureNote
	.replace('关键看政治功能突出不突出', '主要看政治功能突出不突出')
	.replace('minutes: 45', 'minutes: 50');
const check = (source: string, file = 'content/teaching-notes/leadership.yaml') =>
	checkTeachingNotes([{ file, source }], article, cases);

describe('the repository teaching notes', () => {
	const files = readNoteFiles('.');
	it('pass every check: quotes verbatim, 90 minutes, a case of their own lesson', () => {
		expect(checkTeachingNotes(files, article, cases)).toEqual([]);
		expect(files).toHaveLength(7);
	});
	it('each plans a 90-minute session with 3–4 prompts, each with reference points', () => {
		for (const { source, file } of files) {
			const note = parseYaml(source) as TeachingNote;
			expect(
				note.plan.reduce((sum, s) => sum + s.minutes, 0),
				file,
			).toBe(SESSION_MINUTES);
			expect(note.discussion.length, file).toBeGreaterThanOrEqual(3);
			expect(note.discussion.length, file).toBeLessThanOrEqual(4);
			for (const d of note.discussion) expect(d.reference.length, file).toBeGreaterThan(0);
			expect(note.reflection.length, file).toBeGreaterThanOrEqual(3);
		}
	});
});

describe('checkTeachingNotes() on a fixture', () => {
	it('the mended fixture passes (so the failures below come from the planted mistakes)', () => {
		expect(check(goodNote)).toEqual([]);
	});
	it('the build fails on the fixture folder, naming file, line and field', () => {
		const problems = checkContent(FIXTURE, '.');
		const notes = problems.filter((p) => p.file.endsWith('leadership.yaml'));
		expect(notes.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/teaching-notes/leadership.yaml:9 — 教学笔记 leadership 的 focus[0].source.quote：引文「政治领导力强不强，关键看政治功能突出不突出」不是 p2 的原文。该段最接近的原文是「政治领导力强不强，主要看政治功能突出不突出」：请逐字照录（只允许空白和半角/全角标点的差别），或改正段落编号",
			  "content/teaching-notes/leadership.yaml:14 — 教学笔记 leadership 的 plan：各环节的分钟数合计 10 + 45 + 30 = 85，应为 90：请调整各环节的 minutes",
			]
		`);
	});
	it('reports fewer than 3 discussion prompts', () => {
		const source = goodNote.replace(/ {2}- prompt: 三[\s\S]*?(?=case:)/u, '');
		expect(check(source).map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/teaching-notes/leadership.yaml:20 — 教学笔记 leadership 的 discussion：研讨题至少要有 3 道",
			]
		`);
	});
	it('reports a case that does not exist, or that belongs to another lesson, on the case.id line', () => {
		const missing = check(goodNote.replace('id: leadership-branch-meeting', 'id: no-such-case'));
		expect(missing).toHaveLength(1);
		expect(missing[0]!.line).toBe(30);
		expect(missing[0]!.message).toContain('「no-such-case」不是已有的案例');
		expect(missing[0]!.message).toContain('cohesion-service-center');
		const other = check(
			goodNote.replace('id: leadership-branch-meeting', 'id: cohesion-service-center'),
		);
		expect(other[0]!.message).toContain('不含本课 leadership');
	});
	it('reports two notes sharing one case', () => {
		const twice = checkTeachingNotes(
			[
				{ file: 'content/teaching-notes/leadership.yaml', source: goodNote },
				{ file: 'content/teaching-notes/leadership.yml', source: goodNote },
			],
			article,
			cases,
		);
		expect(twice.map((p) => p.message)).toEqual([
			expect.stringContaining('已被 content/teaching-notes/leadership.yaml 使用'),
		]);
	});
	it('names a missing field in Chinese', () => {
		const problems = check(goodNote.replace(/^reflection:[\s\S]*$/mu, ''));
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/teaching-notes/leadership.yaml:3 — 教学笔记 leadership 的 reflection：缺少该字段（应为列表（- 开头的若干行，或 [a, b]））",
			]
		`);
	});
	it('reports a note whose power does not match its file name', () => {
		const problems = check(goodNote, 'content/teaching-notes/cohesion.yaml');
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/teaching-notes/cohesion.yaml:3 — 教学笔记 cohesion 的 power：是 leadership，但文件名是 cohesion：请让二者一致",
			]
		`);
	});
});

describe('the branch self-check list', () => {
	it('passes: every line quotes its paragraph verbatim', () => {
		const { list, problems } = checkChecklist(readChecklistFile('.'), article);
		expect(problems).toEqual([]);
		const village = checklistVersion(list!, 'village').flatMap((s) => s.items);
		const community = checklistVersion(list!, 'community').flatMap((s) => s.items);
		expect(village.length).toBeGreaterThanOrEqual(20);
		expect(community.length).toBeGreaterThanOrEqual(20);
		expect(village.some((i) => i.only === 'community')).toBe(false);
		expect(community.some((i) => i.only === 'village')).toBe(false);
		// One section per capacity, in the article's order.
		expect(list!.sections.map((s) => s.power)).toEqual([
			'leadership',
			'coverage',
			'cohesion',
			'development',
			'renewal',
		]);
	});
	it('fails on a line whose quote is not in its paragraph, naming file, line and item', () => {
		const problems = checkContent(FIXTURE, '.').filter((p) => p.file.endsWith('branch.yaml'));
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/checklist/branch.yaml:14 — 自查清单 的 sections[0].items[1].source.quote：引文「建立党支部组织生活开放日制度」不是 p14 的原文。该段最接近的原文是「，建立支部组织生活开放日制度」：请逐字照录（只允许空白和半角/全角标点的差别），或改正段落编号",
			]
		`);
	});
	it('fails on a version left without items, and names an unknown field in Chinese', () => {
		const source = readFileSync(`${FIXTURE}/content/checklist/branch.yaml`, 'utf8')
			.replace('建立党支部组织生活开放日制度', '建立支部组织生活开放日制度')
			.replace(
				'      - text: 是否实行点单接单？',
				'      - only: community\n        text: 是否实行点单接单？',
			);
		const file = { file: 'content/checklist/branch.yaml', source };
		expect(checkChecklist(file, article).problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/checklist/branch.yaml:4 — 自查清单 的 sections：村版没有任何条目：请至少写一条不带 only 或 only: village 的条目",
			]
		`);
		const typo = { file: file.file, source: source.replace('intro:', 'intr:') };
		expect(checkChecklist(typo, article).problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/checklist/branch.yaml:2 — 自查清单 的 intro：缺少该字段（应为列表（- 开头的若干行，或 [a, b]））",
			  "content/checklist/branch.yaml:2 — 自查清单 的 （整体）：不认识的字段 intr：请检查拼写，或删去",
			]
		`);
	});
});
