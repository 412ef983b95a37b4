import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAPACITY_IDS } from '../../src/article/powers';
import { article } from '../../src/article/source';
import {
	OUTLINE_FILE,
	checkOutline,
	paragraphRange,
	parseOutline,
	quotedSpans,
	readOutline,
} from '../../src/lessons/outline';

const source = readFileSync(new URL(`../../${OUTLINE_FILE}`, import.meta.url), 'utf8');

describe('全文提纲 (content/outline/outline.yaml)', () => {
	it('passes its checks: the five capacities in the article order, every 「」 verbatim', () => {
		const outline = readOutline(source, article.paragraphs);
		expect(outline.sections.map((s) => s.power)).toEqual([...CAPACITY_IDS]);
		expect(checkOutline(outline, article.paragraphs)).toEqual([]);
	});

	it('gives every capacity 定位 → 含义 → 判断标准 → 举措, in that order', () => {
		const outline = parseOutline(source);
		for (const section of outline.sections) {
			expect(
				section.rows.map((r) => r.label),
				section.power,
			).toEqual(['定位', '含义', '判断标准', '举措']);
		}
	});

	it('never calls the five capacities anything but 「主要表现为」', () => {
		expect(source).toContain('主要表现为政治领导力');
		expect(source).not.toMatch(/构成组织力|分解为/u);
	});
});

describe('checkOutline()', () => {
	const base = parseOutline(source);
	const withOpening = (text: string) => ({ ...base, opening: [{ label: '提出', text }] });

	it('rejects a 「」 span that is not the article, naming the file, the row and the span', () => {
		const problems = checkOutline(
			withOpening('党的十九大提出「以提升组织力为中心」'),
			article.paragraphs,
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(OUTLINE_FILE);
		expect(problems[0]).toContain('「提出」');
		expect(problems[0]).toContain('以提升组织力为中心');
	});

	it('checks a span against its own section only (a p3 quote is not accepted in the opening)', () => {
		expect(
			checkOutline(withOpening('「把方向、管大局、保落实」'), article.paragraphs),
		).toHaveLength(1);
	});

	it('reads 『』 as the article’s “” and …… as an omission', () => {
		const ok = {
			...base,
			opening: [{ label: '意义', text: '「这既是……全面进步全面过硬的必然要求」' }],
		};
		expect(checkOutline(ok, article.paragraphs)).toEqual([]);
		const leadership = base.sections[0]!;
		const nested = {
			...base,
			sections: [
				{
					...leadership,
					rows: [{ label: '举措', text: '「发挥好『把方向、管大局、保落实』的领导作用」' }],
				},
				...base.sections.slice(1),
			],
		};
		expect(checkOutline(nested, article.paragraphs)).toEqual([]);
	});

	it('reports sections out of the article order', () => {
		const swapped = {
			...base,
			sections: [base.sections[1]!, base.sections[0]!, ...base.sections.slice(2)],
		};
		expect(checkOutline(swapped, article.paragraphs).join('\n')).toContain('按原文顺序');
	});

	it('fails to parse a row with neither text nor items, naming the file', () => {
		expect(() => parseOutline('opening: [{ label: 提出 }]\nsections: []\n')).toThrow(OUTLINE_FILE);
	});
});

describe('helpers', () => {
	it('finds outermost 「」 spans and keeps 『』 inside them', () => {
		expect(quotedSpans('甲「一『二』三」乙「四」')).toEqual(['一『二』三', '四']);
	});
	it('writes paragraph ranges for people', () => {
		expect(paragraphRange(['p2', 'p3', 'p4'])).toBe('2—4');
		expect(paragraphRange(['p1'])).toBe('1');
	});
});
