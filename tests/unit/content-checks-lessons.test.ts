/**
 * The build's content checks on lessons and the glossary, run on fixture folders under tests/fixtures/
 * (each holds only the files its case is about; the article comes from the project) and on the
 * project itself.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-checks/index';
import { findQuotes } from '../../src/content-checks/quotes';
import { checkLessons, readLessonFiles, splitFrontmatter } from '../../src/content-checks/lessons';
import { LESSON_SLUGS } from '../../src/site/sidebar';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));

/** The formatted problems (`file:line — message`) for a fixture. */
function problemsOf(name: string): string[] {
	return checkContent(fixture(name), projectRoot).map(formatProblem);
}

describe('the lessons of the project', () => {
	it('lists the lessons in the sidebar in course order, so previous/next follow the course', () => {
		const lessons = readLessonFiles(projectRoot)
			.map((file) => ({ file, order: (file.frontmatter as { order: number }).order }))
			.sort((a, b) => a.order - b.order)
			.map(({ file }) => file.file.replace(/^content\//u, '').replace(/\.mdx$/u, ''));
		expect(lessons).toEqual([...LESSON_SLUGS]);
	});
});

/** A fixture's problems in `file`, formatted (the fixtures quote only some paragraphs: coverage aside). */
const problemsIn = (name: string, file: string) =>
	problemsOf(name).filter((p) => p.startsWith(`${file}:`));

describe('checkContent() on bad lessons', () => {
	it('stops a quote that is not verbatim, naming file, line, the quote and the closest passage', () => {
		expect(problemsIn('bad-quote', 'content/lessons/leadership.mdx')).toMatchInlineSnapshot(`
			[
			  "content/lessons/leadership.mdx:16 — 引文「“把方向、管大局、促落实”的领导作用」不是 p3 的原文。该段最接近的原文是「“把方向、管大局、保落实”的领导作用」：请逐字照录（只允许空白和半角/全角标点的差别），或改正段落编号",
			  "content/lessons/leadership.mdx:1 — frontmatter 的 paragraphs：列出了 p3，但本课没有引用它：请加一条 <Quote p="p3">…</Quote>，或从 paragraphs 中删去 p3",
			]
		`);
	});

	it('rejects an unknown power and says which ids are allowed', () => {
		expect(problemsIn('unknown-power', 'content/lessons/politics.mdx')).toMatchInlineSnapshot(`
			[
			  "content/lessons/politics.mdx:4 — frontmatter 的 power：power 必须是 overview / leadership / coverage / cohesion / development / renewal / synthesis 之一（收到 "politics"）",
			]
		`);
	});

	it('rejects a paragraph id outside p1–p14 in the frontmatter', () => {
		expect(problemsIn('bad-paragraph', 'content/lessons/leadership.mdx')).toMatchInlineSnapshot(`
			[
			  "content/lessons/leadership.mdx:9 — frontmatter 的 paragraphs[0]：段落编号必须是 p1…p14（收到 "p15"）",
			]
		`);
	});

	it('rejects a duplicate order, naming both files and the fix', () => {
		expect(problemsIn('duplicate-order', 'content/lessons/leadership.mdx')).toMatchInlineSnapshot(`
			[
			  "content/lessons/leadership.mdx:5 — frontmatter 的 order：2 与 content/lessons/coverage.mdx 重复：每课的 order 必须唯一，请改成未被占用的序号",
			]
		`);
	});

	it('rejects a Quote whose p is not a paragraph of the article, with its line', () => {
		expect(problemsIn('unknown-quote-paragraph', 'content/lessons/leadership.mdx'))
			.toMatchInlineSnapshot(`
				[
				  "content/lessons/leadership.mdx:16 — 引文 <Quote p="p15"> 的段落编号不存在：p 必须是 p1…p14 之一，请对照原文页的段号改正",
				  "content/lessons/leadership.mdx:1 — frontmatter 的 paragraphs：列出了 p3，但本课没有引用它：请加一条 <Quote p="p3">…</Quote>，或从 paragraphs 中删去 p3",
				]
			`);
	});

	it('reports exactly which paragraphs no lesson quotes', () => {
		expect(problemsOf('uncovered')).toMatchInlineSnapshot(`
			[
			  "content/lessons/ — 以下段落没有被任何一课引用：p3、p4、p5、p6、p7、p8、p9、p10、p11、p12、p13、p14。每段原文至少要在一课中用 <Quote p="pN">…</Quote> 引用",
			]
		`);
	});

	it('requires the file name to be the power id, so the URL is /lessons/<power>/', () => {
		expect(problemsIn('wrong-file-name', 'content/lessons/politics.mdx')).toMatchInlineSnapshot(`
			[
			  "content/lessons/politics.mdx:4 — frontmatter 的 power：文件名「politics」与 power「leadership」不一致：课程文件必须命名为 <power>.mdx（即 leadership.mdx），网址才是 /lessons/leadership/",
			]
		`);
	});

	it('reports a frontmatter paragraph the lesson never quotes', () => {
		expect(problemsIn('unquoted-paragraph', 'content/lessons/leadership.mdx'))
			.toMatchInlineSnapshot(`
				[
				  "content/lessons/leadership.mdx:1 — frontmatter 的 paragraphs：列出了 p4，但本课没有引用它：请加一条 <Quote p="p4">…</Quote>，或从 paragraphs 中删去 p4",
				]
			`);
	});

	it('rejects a <Term> whose id is not in the glossary, with its line', () => {
		expect(problemsIn('unknown-term', 'content/lessons/leadership.mdx')).toMatchInlineSnapshot(`
			[
			  "content/lessons/leadership.mdx:16 — <Term id="no-such-term"> 在术语表中不存在：请改成 content/glossary/terms.yaml 里已有的 id，或先在术语表中添加该术语",
			]
		`);
	});
});

describe('checkLessons() on the course order', () => {
	it('requires order to be the power’s place in POWER_IDS, on the order line', () => {
		const lesson = splitFrontmatter(
			'content/lessons/coverage.mdx',
			'---\ntitle: 组织覆盖力\npower: coverage\norder: 5\nminutes: 10\nobjectives: [目标]\nparagraphs: [p5]\n---\n',
		);
		expect(checkLessons([lesson]).problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/lessons/coverage.mdx:4 — frontmatter 的 order：应为 3：课程顺序就是 power 的顺序（overview → leadership → coverage → cohesion → development → renewal → synthesis），coverage 是第 3 课",
			]
		`);
	});
});

describe('checkContent() on a bad glossary', () => {
	it('stops a source.quote that is not verbatim and a duplicate id, naming the term and its line', () => {
		expect(problemsIn('glossary-bad-quote', 'content/glossary/terms.yaml')).toMatchInlineSnapshot(`
			[
			  "content/glossary/terms.yaml:15 — 术语 sanxiang-jizhi 的 source.quote：引文「深入推行“三项机制”，为基层减负松绑」不是 p13 的原文。该段最接近的原文是「深入推行“三项机制”，为基层松绑减负」：请逐字照录（只允许空白和半角/全角标点的差别），或改正段落编号",
			  "content/glossary/terms.yaml:16 — 术语 zuzhili 的 id：「zuzhili」重复：每个术语的 id 必须唯一",
			]
		`);
	});
});

describe('findQuotes()', () => {
	it('finds every Quote with its paragraph, text and line', () => {
		const source =
			'第一行\n<Quote p="p3">把方向</Quote>，又\n<Quote block p=\'p12\'>由“虚”变“实”</Quote>';
		expect(findQuotes(source)).toEqual([
			{ p: 'p3', text: '把方向', line: 2 },
			{ p: 'p12', text: '由“虚”变“实”', line: 3 },
		]);
	});
});
