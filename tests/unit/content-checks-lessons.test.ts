/**
 * The build's content checks on lessons and the glossary, run on fixture folders under tests/fixtures/
 * (each holds only the files its case is about; the article comes from the project) and on the
 * project itself.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-checks/index';
import { findQuotes } from '../../src/content-checks/quotes';
import { readLessonFiles } from '../../src/content-checks/lessons';
import { LESSON_SLUGS } from '../../src/site/sidebar';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));

/** The formatted problems (`file:line — message`) for a fixture. */
function problemsOf(name: string): string[] {
	return checkContent(fixture(name), projectRoot).map(formatProblem);
}

describe('checkContent() on the project', () => {
	it('finds no problem: every quote is verbatim and p1–p14 are all quoted', () => {
		expect(checkContent(projectRoot).map(formatProblem)).toEqual([]);
	});

	it('lists the lessons in the sidebar in course order, so previous/next follow the course', () => {
		const lessons = readLessonFiles(projectRoot)
			.map((file) => ({ file, order: (file.frontmatter as { order: number }).order }))
			.sort((a, b) => a.order - b.order)
			.map(({ file }) => file.file.replace(/^content\//u, '').replace(/\.mdx$/u, ''));
		expect(lessons).toEqual([...LESSON_SLUGS]);
	});
});

describe('checkContent() on bad lessons', () => {
	it('stops a quote that is not verbatim, naming file, line, the quote and the closest passage', () => {
		const problems = problemsOf('bad-quote');
		expect(problems).toContainEqual(
			expect.stringMatching(
				/^content\/lessons\/leadership\.mdx:16 — 引文「“把方向、管大局、促落实”的领导作用」不是 p3 的原文。原文中最接近的是「“把方向、管大局、保落实”的领导作用」：请逐字照录/u,
			),
		);
	});

	it('rejects an unknown power and says which ids are allowed', () => {
		const problems = problemsOf('unknown-power');
		expect(problems).toContainEqual(
			expect.stringMatching(
				/^content\/lessons\/politics\.mdx:1 — frontmatter power：power 必须是 overview \/ leadership .* 之一（收到 "politics"）/u,
			),
		);
	});

	it('rejects a paragraph id outside p1–p14 in the frontmatter', () => {
		expect(problemsOf('bad-paragraph')).toContainEqual(
			expect.stringMatching(
				/^content\/lessons\/leadership\.mdx:1 — frontmatter paragraphs\.0：段落编号必须是 p1…p14（收到 "p15"）/u,
			),
		);
	});

	it('rejects a duplicate order, naming both files and the fix', () => {
		expect(problemsOf('duplicate-order')).toContainEqual(
			'content/lessons/leadership.mdx:1 — order 2 与 content/lessons/coverage.mdx 重复：每课的 order 必须唯一，请改成未被占用的序号',
		);
	});

	it('rejects a Quote whose p is not a paragraph of the article, with its line', () => {
		expect(problemsOf('unknown-quote-paragraph')).toContainEqual(
			expect.stringMatching(
				/^content\/lessons\/leadership\.mdx:16 — 引文 <Quote p="p15"> 的段落编号不存在：p 必须是 p1…p14 之一/u,
			),
		);
	});

	it('reports exactly which paragraphs no lesson quotes', () => {
		expect(problemsOf('uncovered')).toContainEqual(
			'content/lessons/ — 以下段落没有被任何一课引用：p3、p4、p5、p6、p7、p8、p9、p10、p11、p12、p13、p14。每段原文至少要在一课中用 <Quote p="pN">…</Quote> 引用',
		);
	});

	it('requires the file name to be the power id, so the URL is /lessons/<power>/', () => {
		expect(problemsOf('wrong-file-name')).toContainEqual(
			expect.stringMatching(
				/^content\/lessons\/politics\.mdx:1 — 文件名「politics」与 power「leadership」不一致：课程文件必须命名为 <power>\.mdx（即 leadership\.mdx）/u,
			),
		);
	});

	it('reports a frontmatter paragraph the lesson never quotes', () => {
		expect(problemsOf('unquoted-paragraph')).toContainEqual(
			expect.stringMatching(
				/^content\/lessons\/leadership\.mdx:1 — frontmatter paragraphs 列出了 p4，但本课没有引用它：请加一条 <Quote p="p4">/u,
			),
		);
	});

	it('rejects a <Term> whose id is not in the glossary, with its line', () => {
		const problems = problemsOf('unknown-term');
		expect(problems).toContainEqual(
			expect.stringMatching(
				/^content\/lessons\/leadership\.mdx:16 — <Term id="no-such-term"> 在术语表中不存在/u,
			),
		);
		expect(problems.filter((p) => p.includes('zuzhili'))).toEqual([]);
	});
});

describe('checkContent() on a bad glossary', () => {
	it('stops a source.quote that is not verbatim and a duplicate id, naming the term and its line', () => {
		const problems = problemsOf('glossary-bad-quote');
		expect(problems).toContainEqual(
			expect.stringMatching(
				/^content\/glossary\/terms\.yaml:9 — 术语 sanxiang-jizhi 的 source\.quote「深入推行“三项机制”，为基层减负松绑」不是 p13 的原文。最接近的是「深入推行“三项机制”，为基层松绑减负」：请逐字照录/u,
			),
		);
		expect(problems).toContainEqual(
			expect.stringMatching(/^content\/glossary\/terms\.yaml:\d+ — 术语 id「zuzhili」重复/u),
		);
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
