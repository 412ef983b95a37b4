import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchKind } from '../../src/search/documents';
import {
	diversify,
	openEngine,
	promoteExactTitles,
	TOP_WINDOW,
	type SearchEngine,
} from '../../src/search/engine';
import { displayOrder, groupByKind, layoutResults } from '../../src/search/group';
import { INDEX_FILE } from '../../src/search/index-format';
import { collectDocuments } from '../../src/search/sources';
import { engineFor } from '../support/search-engine';

const FIXTURES = new URL('../fixtures/search/', import.meta.url).pathname;
const docs = collectDocuments(FIXTURES);
let engine: SearchEngine;
let served: Map<string, string>;
let fetched: string[];
beforeAll(async () => {
	({ engine, served, fetched } = await engineFor(docs));
});
const urls = async (q: string, limit?: number) =>
	(await engine.search(q, limit)).map((h) => h.doc.url);

describe('openEngine().search()', () => {
	it('finds a paragraph by a phrase typed without its quotation marks, with its text for the excerpt', async () => {
		const [hit] = await engine.search('由虚变实');
		expect(hit?.doc.url).toBe('source/#p12');
		expect(hit?.doc.text).toContain('使党建责任由“虚”变“实”');
	});

	it('fetches only the index shards a query needs', async () => {
		const { engine: fresh, fetched: log, files } = await engineFor(docs);
		expect(log).toEqual([INDEX_FILE]);
		await fresh.search('软弱涣散', 3);
		const terms = log.filter((f) => f.startsWith('terms-'));
		expect(terms.length).toBeGreaterThan(0);
		expect(terms.length).toBeLessThanOrEqual(3);
		expect(terms.length).toBeLessThan(files.terms.length);
		const before = log.length;
		await fresh.search('软弱涣散', 3);
		expect(log).toHaveLength(before);
	});

	it('ranks documents holding every term above those holding some', async () => {
		const hits = await engine.search('最多跑一次');
		expect(hits[0]?.coverage).toBe(1);
		expect(hits.every((h, i) => i === 0 || hits[i - 1]!.coverage >= h.coverage)).toBe(true);
	});

	it('still finds the passage when one character is wrong', async () => {
		expect(await urls('党建连盟', 5)).toContain('source/#p10');
	});

	it('finds every kind of content', async () => {
		const cases = [
			['情景模拟', 'case'],
			['要点解读', 'lesson'],
			['三项机制', 'term'],
			['一站式', 'question'],
			['由虚变实', 'source'],
		] as const;
		for (const [q, kind] of cases) {
			expect(
				(await engine.search(q, 5)).map((h) => h.doc.kind),
				q,
			).toContain(kind);
		}
	});

	it('returns nothing, without fetching, for empty, symbol-only or emoji queries', async () => {
		const before = fetched.length;
		for (const q of ['', '   ', '.*+?^${}()|[]\\', '😀🇨🇳', '<>'])
			expect(await engine.search(q)).toEqual([]);
		expect(fetched).toHaveLength(before);
	});

	it('answers very long, regex-like and HTML-like queries safely', async () => {
		await expect(engine.search('党'.repeat(10_000))).resolves.toBeInstanceOf(Array);
		await expect(engine.search('a'.repeat(10_000))).resolves.toBeInstanceOf(Array);
		expect(await urls('<img src=x onerror=alert(1)>把方向', 5)).toContain('source/#p3');
		expect(await urls('(把方向|管大局)*', 5)).toContain('source/#p3');
	});

	it('caps the number of results', async () => {
		expect(await engine.search('党', 5)).toHaveLength(5);
	});
});

describe('openEngine() with bad files', () => {
	const serve = (files: Record<string, unknown>) => (file: string) =>
		file in files ? Promise.resolve(files[file]) : Promise.reject(new Error(`404 ${file}`));

	it('rejects a missing, foreign or truncated index.json', async () => {
		const good = JSON.parse(served.get(INDEX_FILE)!) as Record<string, unknown>;
		for (const bad of [
			null,
			'[]',
			{},
			{ ...good, v: 99 },
			{ ...good, k: 'x' },
			{ ...good, k: '9' },
			{ ...good, k: [0] },
			{ ...good, text: [3, 1] },
			{ ...good, index: { terms: 'a' } },
		]) {
			await expect(openEngine(serve({ [INDEX_FILE]: bad }))).rejects.toThrow();
		}
	});

	it('rejects a search whose term shard or text shard is missing or corrupt', async () => {
		const main = JSON.parse(served.get(INDEX_FILE)!) as unknown;
		const noShards = await openEngine(serve({ [INDEX_FILE]: main }));
		await expect(noShards.search('由虚变实')).rejects.toThrow();
		const files: Record<string, unknown> = { [INDEX_FILE]: main };
		for (const [name, body] of served)
			if (name.startsWith('terms-')) files[name] = JSON.parse(body);
		const noText = await openEngine(serve(files));
		await expect(noText.search('由虚变实')).rejects.toThrow();
		for (const name of Object.keys(files))
			if (name.startsWith('terms-')) files[name] = { terms: 'a b', postings: [[]] };
		const corrupt = await openEngine(serve(files));
		await expect(corrupt.search('由虚变实')).rejects.toThrow();
	});
});

describe('groupByKind()', () => {
	it('orders groups by their best hit and keeps rank inside each group', async () => {
		const hits = await engine.search('最多跑一次 党群服务中心');
		const groups = groupByKind(hits);
		expect(groups[0]?.kind).toBe(hits[0]?.doc.kind);
		expect(groups.flatMap((g) => g.hits)).toHaveLength(hits.length);
		for (const g of groups) {
			const ranks = g.hits.map((h) => hits.indexOf(h));
			expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		}
	});
});

describe('layoutResults()', () => {
	it('shows exactly the best five first, grouped, and the rest after them under 更多结果', async () => {
		const hits = await engine.search('党建');
		expect(hits.length).toBeGreaterThan(TOP_WINDOW);
		const layout = layoutResults(hits);
		const shown = displayOrder(layout);
		expect(shown).toHaveLength(hits.length);
		expect(new Set(shown.slice(0, TOP_WINDOW))).toEqual(new Set(hits.slice(0, TOP_WINDOW)));
		expect(layout.best[0]?.kind).toBe(hits[0]?.doc.kind);
		expect(layout.more.flatMap((g) => g.hits)).toEqual(
			expect.arrayContaining(hits.slice(TOP_WINDOW)),
		);
	});

	it('has nothing under 更多结果 when five or fewer hits', () => {
		const hit = (kind: SearchKind) => ({
			doc: { kind, title: '', url: '', text: '' },
			coverage: 1,
			score: 1,
		});
		const layout = layoutResults([hit('source'), hit('lesson'), hit('source')]);
		expect(layout.best.map((g) => [g.kind, g.hits.length])).toEqual([
			['source', 2],
			['lesson', 1],
		]);
		expect(layout.more).toEqual([]);
	});
});

describe('promoteExactTitles()', () => {
	it('lifts a hit whose title is the whole query to the second place, not above the first', () => {
		const hits = [1, 2, 3, 4, 5].map((id) => ({ id, exact: id === 5 }));
		promoteExactTitles(hits);
		expect(hits.map((h) => h.id)).toEqual([1, 5, 2, 3, 4]);
	});

	it('leaves a hit already in the first two places where it is', () => {
		const hits = [1, 2, 3].map((id) => ({ id, exact: id === 1 }));
		promoteExactTitles(hits);
		expect(hits.map((h) => h.id)).toEqual([1, 2, 3]);
	});

	it('finds a glossary headword typed as written among the first results', async () => {
		const hits = await engine.search('组织覆盖力');
		const at = hits.findIndex((h) => h.doc.kind === 'term');
		expect(at).toBeGreaterThanOrEqual(0);
		expect(at).toBeLessThan(2);
	});
});

describe('diversify()', () => {
	const hit = (kind: SearchKind, id: number) => ({ id, doc: { kind } });
	it('keeps one kind from filling the first five while other kinds have hits, in rank order', () => {
		const hits = [
			hit('question', 1),
			hit('question', 2),
			hit('question', 3),
			hit('question', 4),
			hit('source', 5),
			hit('question', 6),
			hit('case', 7),
		];
		expect(diversify(hits).map((h) => h.id)).toEqual([1, 2, 5, 7, 3, 4, 6]);
	});
	it('changes nothing when there is one kind', () => {
		const hits = [1, 2, 3, 4, 5, 6].map((id) => hit('source', id));
		expect(diversify(hits).map((h) => h.id)).toEqual([1, 2, 3, 4, 5, 6]);
	});
});
