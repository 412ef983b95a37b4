/**
 * One definition per content kind (src/content-kinds): the Astro collections, the build's content
 * checks and the search index all read the same files. Each kind gets a file in a subfolder (read by
 * everyone, so a mistake in it fails the build) and a `_draft` (read by no one).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { readChecklistFile } from '../../src/content-checks/checklist';
import { checkContent, formatProblem, type ContentProblem } from '../../src/content-checks/index';
import {
	CASES,
	CHECKLIST,
	CONTENT_KINDS,
	GLOSSARY,
	LESSONS,
	QUESTION_BANK,
	QUIZ_SETS,
	TEACHING_NOTES,
	entryId,
} from '../../src/content-kinds';
import { listContent } from '../../src/content-kinds/read';
import { collectDocuments } from '../../src/search/sources';

vi.mock('astro:content', () => ({ defineCollection: (config: unknown) => config }));
vi.mock('astro/loaders', () => ({
	glob: (options: unknown) => ({ loader: 'glob', options }),
	file: (path: string) => ({ loader: 'file', path }),
}));

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A scratch project root holding `files` (path → text). */
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'content-kinds-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const filesWithProblems = (problems: ContentProblem[]) => [...new Set(problems.map((p) => p.file))];

/** A question whose quote is invented (the article says 保落实). */
const SNEAKY_QUESTION = `questions:
  - id: sneaky
    power: leadership
    type: judge
    level: recall
    difficulty: 1
    stem: 题干
    answer: true
    explanation: 解析。
    source: { p: p3, quote: 把方向、管全局、保落实 }
`;

describe('the question bank in a subfolder', () => {
	it('is checked: an invented quote in quizzes/bank/<sub>/x.yaml fails the build', () => {
		const root = project({ 'quizzes/bank/extra/sneaky.yaml': SNEAKY_QUESTION });
		const problems = checkContent(root, projectRoot).filter((p) => p.file.startsWith('quizzes/'));
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "quizzes/bank/extra/sneaky.yaml:10 — 题目 sneaky 的 source.quote：引文「把方向、管全局、保落实」不是 p3 的原文。该段最接近的原文是「把方向、管大局、保落实」：请逐字照录（只允许空白和半角/全角标点的差别），或改正段落编号",
			]
		`);
	});

	it('is what the search index and the collection read, under the same id', () => {
		const root = project({
			'quizzes/bank/extra/sneaky.yaml': SNEAKY_QUESTION,
			'quizzes/bank/_draft.yaml': SNEAKY_QUESTION.replace('sneaky', 'draft'),
		});
		expect(listContent(root, QUESTION_BANK)).toEqual(['extra/sneaky.yaml']);
		expect(entryId('extra/sneaky.yaml')).toBe('extra/sneaky');
		expect(collectDocuments(root).filter((d) => d.kind === 'question')).toEqual([
			expect.objectContaining({ key: 'question:sneaky' }),
		]);
	});
});

describe('every kind: a mistake in a subfolder fails the build, a _draft is not read', () => {
	const cases: [string, Record<string, string>, string][] = [
		[
			'lessons',
			{
				'content/lessons/extra/leadership.mdx':
					'---\ntitle: 测试课\npower: leadership\norder: 2\nminutes: 10\nobjectives: [目标]\nparagraphs: [p3]\n---\n\n<Quote p="p3">把方向、管全局、保落实</Quote>\n',
				'content/lessons/_draft.mdx': '---\ntitle: 草稿\n---\n<Quote p="p3">编造</Quote>\n',
			},
			'content/lessons/extra/leadership.mdx',
		],
		[
			'question bank',
			{
				'quizzes/bank/extra/sneaky.yaml': SNEAKY_QUESTION,
				'quizzes/bank/_draft.yaml': SNEAKY_QUESTION.replace('sneaky', 'draft'),
			},
			'quizzes/bank/extra/sneaky.yaml',
		],
		[
			'quiz sets',
			{
				'quizzes/sets/extra/lesson-x.yaml':
					'title: 测试\nkind: lesson\nmode: practice\nquestions: [no-such-question]\n',
				'quizzes/sets/_draft.yaml': 'questions: [no-such-question]\n',
			},
			'quizzes/sets/extra/lesson-x.yaml',
		],
		[
			'cases',
			{
				'content/cases/extra/broken.yaml': 'id: broken\ntitle: 情景模拟\n',
				'content/cases/_draft.yaml': 'id: draft\n',
			},
			'content/cases/extra/broken.yaml',
		],
		[
			'teaching notes',
			{
				'content/teaching-notes/extra/leadership.yaml': 'power: leadership\n',
				'content/teaching-notes/_draft.yaml': 'power: nothing\n',
			},
			'content/teaching-notes/extra/leadership.yaml',
		],
		[
			'glossary',
			{
				'content/glossary/terms.yaml':
					'terms:\n  - id: x\n    term: 组织力\n    definition: 定义\n    defined: true\n    source: { p: p1, quote: 编造的话 }\n',
				'content/glossary/extra/terms.yaml': 'terms: nothing\n',
			},
			'content/glossary/terms.yaml',
		],
		[
			'checklist',
			{
				'content/checklist/branch.yaml':
					'intro: [说明]\nsections:\n  - power: renewal\n    items:\n      - text: 是否？\n        source: { p: p14, quote: 编造的话 }\n',
				'content/checklist/extra/branch.yaml': 'sections: nothing\n',
				'content/checklist/_branch.yaml': 'sections: nothing\n',
			},
			'content/checklist/branch.yaml',
		],
	];
	it.each(cases)('%s', (_kind, files, bad) => {
		const problems = checkContent(project(files), projectRoot).filter(
			(p) => p.file !== 'content/lessons/',
		);
		expect(filesWithProblems(problems)).toEqual([bad]);
	});
});

describe('the Astro collections are built from the same definitions', () => {
	it('loads each kind from its base with its pattern and ids', async () => {
		const { collections } = await import('../../src/content.config');
		const loaderOf = (name: keyof typeof collections) =>
			(collections[name] as unknown as { loader: Record<string, unknown> }).loader;
		const globbed = {
			docs: LESSONS,
			questions: QUESTION_BANK,
			quizSets: QUIZ_SETS,
			cases: CASES,
			teachingNotes: TEACHING_NOTES,
		} as const;
		for (const [name, kind] of Object.entries(globbed)) {
			const { options } = loaderOf(name as keyof typeof collections) as {
				options: {
					base: string;
					pattern: string;
					generateId: (o: { entry: string }) => string;
				};
			};
			expect({ base: options.base, pattern: options.pattern }).toEqual({
				base: `./${kind.base}`,
				pattern: kind.pattern,
			});
			expect(options.generateId({ entry: 'sub/x.yaml' })).toBe(
				name === 'docs' ? 'lessons/sub/x' : 'sub/x',
			);
		}
		expect(loaderOf('glossary')).toEqual({
			loader: 'file',
			path: `${GLOSSARY.base}/${GLOSSARY.pattern}`,
		});
	});

	it('the checklist (one file, no collection) is read from its definition by the checks and the pages', () => {
		expect(listContent(projectRoot, CHECKLIST)).toEqual(['branch.yaml']);
		expect(readChecklistFile(projectRoot)).toMatchObject({ file: 'content/checklist/branch.yaml' });
	});

	it('defines every kind the site reads', () => {
		expect(Object.keys(CONTENT_KINDS)).toEqual([
			'lessons',
			'glossary',
			'questionBank',
			'quizSets',
			'cases',
			'teachingNotes',
			'checklist',
		]);
	});
});
