import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/schemas/question';
import { availableCounts, drawPaper, paperAvailability } from '../../src/instructor/paper';
import { answerKey } from '../../src/quiz/answer-key';

const src = { p: 'p2', quote: '提升政治领导力是加强城乡基层党组织组织力建设的核心' } as const;
const bank: Question[] = [
	...Array.from({ length: 10 }, (_, i): Question => ({
		id: `lead-single-${i}`,
		power: 'leadership',
		type: 'single',
		stem: `题${i}`,
		explanation: '解析',
		source: src,
		level: 'recall',
		difficulty: 1,
		options: [
			{ text: '甲', feedback: undefined },
			{ text: '乙', feedback: undefined },
		],
		answer: 1,
	})),
	...Array.from({ length: 6 }, (_, i): Question => ({
		id: `cov-judge-${i}`,
		power: 'coverage',
		type: 'judge',
		stem: `判${i}`,
		explanation: '解析',
		source: src,
		level: 'recall',
		difficulty: 1,
		answer: i % 2 === 0,
	})),
	{
		id: 'ren-order-1',
		power: 'renewal',
		type: 'order',
		stem: '排序',
		explanation: '解析',
		source: src,
		level: 'recall',
		difficulty: 1,
		items: ['一', '二', '三'],
	},
];

describe('drawPaper()', () => {
	it('draws the asked counts per capacity and type, grouped by type', () => {
		const ids = drawPaper(
			bank,
			{ leadership: { single: 3 }, coverage: { judge: 2 }, renewal: { order: 1 } },
			42,
		);
		expect(ids).toHaveLength(6);
		expect(ids.slice(0, 3).every((id) => id.startsWith('lead-single'))).toBe(true);
		expect(ids.slice(3, 5).every((id) => id.startsWith('cov-judge'))).toBe(true);
		expect(ids[5]).toBe('ren-order-1');
	});
	it('gives the same paper for the same seed and a different one for another seed', () => {
		const counts = { leadership: { single: 5 } };
		expect(drawPaper(bank, counts, 7)).toEqual(drawPaper([...bank].reverse(), counts, 7));
		expect(drawPaper(bank, counts, 7)).not.toEqual(drawPaper(bank, counts, 8));
	});
	it('takes what there is when asked for more', () => {
		expect(drawPaper(bank, { coverage: { judge: 99 } }, 1)).toHaveLength(6);
	});
});

describe('availableCounts()', () => {
	it('counts the bank per capacity and type', () => {
		const c = availableCounts(bank);
		expect(c.leadership.single).toBe(10);
		expect(c.coverage.judge).toBe(6);
		expect(c.cohesion.single).toBe(0);
	});
});

describe('answerKey()', () => {
	it('letters the answer where the layout shows it, and gives the true order for order questions', () => {
		expect(answerKey(bank[0]!, { options: [0, 1] })).toEqual({ type: 'single', letters: ['B'] });
		expect(answerKey(bank[0]!, { options: [1, 0] })).toEqual({ type: 'single', letters: ['A'] });
		expect(answerKey(bank[16]!, { options: [] })).toEqual({
			type: 'order',
			items: ['一', '二', '三'],
		});
	});
});

describe('paperAvailability()', () => {
	it('keeps the paper order of known ids and names the unknown ones', () => {
		expect(paperAvailability(['b', 'x', 'a', 'y'], new Set(['a', 'b']))).toEqual({
			present: ['b', 'a'],
			missing: ['x', 'y'],
		});
	});
});
