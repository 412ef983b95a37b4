import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/search/build-index';
import { loadEngine } from '../../src/search/engine';
import { groupByKind } from '../../src/search/group';
import { collectDocuments } from '../../src/search/sources';

const FIXTURES = new URL('../fixtures/search/', import.meta.url).pathname;
const file = JSON.parse(JSON.stringify(buildIndex(collectDocuments(FIXTURES)))) as unknown;
const engine = loadEngine(file);
const urls = (q: string) => engine.search(q).map((h) => h.doc.url);

describe('loadEngine().search()', () => {
	it('finds a paragraph by a phrase typed without its quotation marks', () => {
		expect(urls('由虚变实')[0]).toBe('source/#p12');
	});

	it('ranks documents holding every term above those holding some', () => {
		const hits = engine.search('最多跑一次');
		expect(hits[0]?.coverage).toBe(1);
		expect(hits.every((h, i) => i === 0 || hits[i - 1]!.coverage >= h.coverage)).toBe(true);
	});

	it('still finds the passage when one character is wrong', () => {
		expect(urls('党建连盟').slice(0, 5)).toContain('source/#p10');
	});

	it('finds every kind of content', () => {
		const cases = [
			['情景模拟', 'case'],
			['要点解读', 'lesson'],
			['三项机制', 'term'],
			['一站式', 'question'],
			['由虚变实', 'source'],
		] as const;
		for (const [q, kind] of cases) {
			expect(
				engine.search(q, 5).map((h) => h.doc.kind),
				q,
			).toContain(kind);
		}
	});

	it('returns nothing, without throwing, for empty, symbol-only or emoji queries', () => {
		for (const q of ['', '   ', '.*+?^${}()|[]\\', '😀🇨🇳', '<>'])
			expect(engine.search(q)).toEqual([]);
	});

	it('answers very long, regex-like and HTML-like queries safely', () => {
		expect(() => engine.search('党'.repeat(10_000))).not.toThrow();
		expect(() => engine.search('a'.repeat(10_000))).not.toThrow();
		expect(urls('<img src=x onerror=alert(1)>把方向').slice(0, 5)).toContain('source/#p3');
		expect(urls('(把方向|管大局)*').slice(0, 5)).toContain('source/#p3');
	});

	it('caps the number of results', () => {
		expect(engine.search('党', 5)).toHaveLength(5);
	});
});

describe('loadEngine() with a bad file', () => {
	it('throws for a missing, foreign or truncated index', () => {
		const good = file as { v: number; docs: unknown[]; index: object };
		for (const bad of [
			null,
			'[]',
			{},
			{ ...good, v: 99 },
			{ ...good, docs: [[0, 'x']] },
			{ ...good, docs: [[42, 't', 'u', 'x']] },
			{ ...good, index: { terms: 'a' } },
		]) {
			expect(() => loadEngine(bad)).toThrow();
		}
	});
});

describe('groupByKind()', () => {
	it('orders groups by their best hit and keeps rank inside each group', () => {
		const hits = engine.search('最多跑一次 党群服务中心');
		const groups = groupByKind(hits);
		expect(groups[0]?.kind).toBe(hits[0]?.doc.kind);
		expect(groups.flatMap((g) => g.hits)).toHaveLength(hits.length);
		for (const g of groups) {
			const ranks = g.hits.map((h) => hits.indexOf(h));
			expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		}
	});
});
