import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BankFileSchema } from '../../src/schemas/question';
import { buildIndexFiles } from '../../src/search/build-index';
import { questionShown } from '../../src/search/sources/questions';
import { PARAGRAPH_IDS } from '../../src/article/powers';
import { collectDocuments } from '../../src/search/sources';
import { lessonDocuments } from '../../src/search/sources/lessons';
import { mdxSections } from '../../src/search/sources/mdx-sections';

const FIXTURES = new URL('../fixtures/search/', import.meta.url).pathname;

describe('collectDocuments()', () => {
	it('yields only the 原文 paragraphs when no other content exists', () => {
		const docs = collectDocuments(mkdtempSync(join(tmpdir(), 'search-empty-')));
		expect(docs.map((d) => d.url)).toEqual(PARAGRAPH_IDS.map((p) => `source/#${p}`));
		expect(docs.every((d) => d.kind === 'source' && d.text.length > 20)).toBe(true);
	});

	it('yields one document per lesson section, question, term and case from every adapter', () => {
		const docs = collectDocuments(FIXTURES);
		const byKind = (kind: string) => docs.filter((d) => d.kind === kind).map((d) => d.key);
		expect(byKind('lesson')).toEqual([
			'lesson:leadership#',
			'lesson:leadership#学习目标',
			'lesson:leadership#原文精读',
			'lesson:leadership#把方向管大局保落实',
			'lesson:leadership#要点解读',
			'lesson:leadership#要点解读-1',
			'lesson:leadership#研讨与-思考-qa',
			'lesson:synthesis#五力的关系',
			'lesson:synthesis#发展推动力是关键',
		]);
		expect(byKind('question')).toEqual(['question:cohe-single-01', 'question:dev-blank-01']);
		expect(byKind('term')).toEqual([
			'term:ruanruo-huansan',
			'term:sanxiang-jizhi',
			'term:zuzhi-fugaili',
		]);
		expect(byKind('case')).toEqual(['case:service-center']);
	});

	it('links each kind to its page and anchor', () => {
		const url = (key: string) => collectDocuments(FIXTURES).find((d) => d.key === key)?.url;
		expect(url('lesson:leadership#原文精读')).toBe('lessons/leadership/#原文精读');
		expect(url('lesson:leadership#')).toBe('lessons/leadership/');
		expect(url('term:sanxiang-jizhi')).toBe('glossary/#term-sanxiang-jizhi');
		expect(url('question:dev-blank-01')).toBe('source/#p10');
		expect(url('case:service-center')).toBe('cases/service-center/');
	});
});

describe('lessonDocuments()', () => {
	const docs = lessonDocuments(FIXTURES);
	const text = (key: string) => docs.find((d) => d.key === key)?.text ?? '';

	it('keeps the text a learner reads and drops markup, imports, asides and code', () => {
		expect(text('lesson:leadership#')).toContain('本课精读原文第二部分');
		expect(text('lesson:leadership#')).not.toContain('import');
		expect(text('lesson:leadership#学习目标')).toBe('理解政治领导力是组织力建设的核心');
		expect(text('lesson:leadership#原文精读')).toContain(
			'发挥好“把方向、管大局、保落实”的领导作用',
		);
		expect(text('lesson:leadership#原文精读')).toContain('政治领导力强不强');
		expect(text('lesson:leadership#把方向管大局保落实')).toBe('三句话说的是基层党组织的领导作用。');
		expect(text('lesson:leadership#要点解读')).not.toContain('这不是标题');
	});

	it('titles a section "lesson › heading"', () => {
		expect(docs.find((d) => d.key === 'lesson:leadership#要点解读')?.title).toBe(
			'政治领导力 › 要点解读',
		);
	});

	it('skips files whose names start with _', () => {
		expect(docs.some((d) => d.key.startsWith('lesson:_draft'))).toBe(false);
	});
});

describe('mdxSections()', () => {
	it('gives headings the ids Astro renders (github-slugger, duplicates numbered)', () => {
		const { sections } = mdxSections(
			'## 学习目标\n\n## 学习目标\n\n## **要点** 解读\n\n## Q&A 环节',
		);
		expect(sections.map((s) => s.id)).toEqual(['学习目标', '学习目标-1', '要点-解读', 'qa-环节']);
	});
});

describe('question documents', () => {
	it('show no answer: no explanation, accepted blank, pair, order or reference point', () => {
		const root = new URL('../../quizzes/bank/', import.meta.url).pathname;
		const questions = readdirSync(root, { recursive: true })
			.map(String)
			.filter((f) => f.endsWith('.yaml'))
			.flatMap((f) => BankFileSchema.parse(parse(readFileSync(root + f, 'utf8'))).questions);
		expect(questions.length).toBeGreaterThan(50);
		for (const q of questions) {
			const [stem, ...rest] = questionShown(q).split('\n');
			expect(stem, q.id).toBe(q.stem.replaceAll('___', '＿＿'));
			const shown =
				q.type === 'single' || q.type === 'multiple'
					? q.options.map((o) => o.text)
					: q.type === 'match'
						? q.pairs.map((p) => p.left)
						: [];
			expect(rest, q.id).toEqual(shown);
			expect(questionShown(q), q.id).not.toContain(q.explanation);
		}
	});
});

describe('the shipped text shards', () => {
	it('carry what a result may show, not what it is searched by', () => {
		const files = buildIndexFiles([
			{
				kind: 'question',
				key: 'q',
				title: '题',
				url: 'source/#p1',
				text: '题干 解析',
				shown: '题干',
			},
			{ kind: 'source', key: 's', title: '原文', url: 'source/#p2', text: '正文' },
		]);
		expect(files.texts.flat().map((row) => row[2])).toEqual(['题干', '正文']);
	});
});
