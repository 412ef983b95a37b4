/** 组卷's count table: reading, checking and totalling typed counts; presets (issue 18). */
import { describe, expect, it } from 'vitest';
import { POWER_IDS, type PowerId } from '../../src/article/powers';
import { availableCounts, drawPaper } from '../../src/instructor/paper';
import {
	cellKey,
	countsTotal,
	presetCounts,
	presetPerCapacity,
	readCount,
	readCountTable,
	spreadOverTypes,
	tableProblem,
	type Available,
} from '../../src/instructor/paper-form';
import type { Question } from '../../src/schemas/question';
import { QUESTION_TYPES, type QuestionType } from '../../src/schemas/question-types';

/** A bank shape: every capacity has 3 单选, 2 多选, 1 判断 and nothing else, except as overridden. */
function available(over: Partial<Record<PowerId, Partial<Record<QuestionType, number>>>> = {}) {
	return Object.fromEntries(
		POWER_IDS.map((p) => [
			p,
			Object.fromEntries(
				QUESTION_TYPES.map((t) => [
					t,
					over[p]?.[t] ?? ({ single: 3, multiple: 2, judge: 1 } as Record<string, number>)[t] ?? 0,
				]),
			),
		]),
	) as Available;
}

describe('readCount', () => {
	it('reads blank as 0 and whole numbers as they are, full-width digits too', () => {
		expect(readCount('', 5)).toEqual({ ok: true, n: 0 });
		expect(readCount('  ', 5)).toEqual({ ok: true, n: 0 });
		expect(readCount(undefined, 5)).toEqual({ ok: true, n: 0 });
		expect(readCount('3', 5)).toEqual({ ok: true, n: 3 });
		expect(readCount(' ５ ', 5)).toEqual({ ok: true, n: 5 });
		expect(readCount('2.0', 5)).toEqual({ ok: true, n: 2 });
	});

	it('says why it refuses a count instead of capping it', () => {
		expect(readCount('6', 5)).toEqual({ ok: false, problem: { code: 'more-than-bank', max: 5 } });
		expect(readCount('-3', 5)).toEqual({ ok: false, problem: { code: 'negative' } });
		expect(readCount('－1', 5)).toEqual({ ok: false, problem: { code: 'negative' } });
		expect(readCount('1.5', 5)).toEqual({ ok: false, problem: { code: 'not-integer' } });
		expect(readCount('两', 5)).toEqual({ ok: false, problem: { code: 'not-a-number' } });
		expect(readCount('1e2', 500)).toEqual({ ok: false, problem: { code: 'not-a-number' } });
		expect(readCount('1', 0)).toEqual({ ok: false, problem: { code: 'more-than-bank', max: 0 } });
	});
});

describe('readCountTable', () => {
	it('totals each capacity, each type and the whole paper', () => {
		const table = readCountTable(
			{
				[cellKey('leadership', 'single')]: '2',
				[cellKey('leadership', 'judge')]: '1',
				[cellKey('coverage', 'single')]: '3',
				[cellKey('coverage', 'multiple')]: '0',
			},
			available(),
		);
		expect(table.problems).toEqual([]);
		expect(table.counts).toEqual({ leadership: { single: 2, judge: 1 }, coverage: { single: 3 } });
		expect(table.rowTotals.leadership).toBe(3);
		expect(table.rowTotals.coverage).toBe(3);
		expect(table.rowTotals.renewal).toBe(0);
		expect(table.columnTotals.single).toBe(5);
		expect(table.columnTotals.judge).toBe(1);
		expect(table.total).toBe(6);
	});

	it('lists every impossible cell in table order and leaves it out of counts and totals', () => {
		const table = readCountTable(
			{
				[cellKey('coverage', 'single')]: '-3',
				[cellKey('leadership', 'single')]: '5',
				[cellKey('leadership', 'multiple')]: '1',
				[cellKey('renewal', 'judge')]: '0.5',
			},
			available(),
		);
		expect(table.problems).toEqual([
			{ power: 'leadership', type: 'single', problem: { code: 'more-than-bank', max: 3 } },
			{ power: 'coverage', type: 'single', problem: { code: 'negative' } },
			{ power: 'renewal', type: 'judge', problem: { code: 'not-integer' } },
		]);
		expect(table.counts).toEqual({ leadership: { multiple: 1 } });
		expect(table.total).toBe(1);
	});
});

describe('tableProblem', () => {
	const big = available({ leadership: { single: 80 }, coverage: { single: 80 } });
	it('refuses bad cells first, then an empty table, then more than the link format holds', () => {
		const bad = readCountTable({ [cellKey('leadership', 'single')]: '-1' }, big);
		expect(tableProblem(bad, 100)).toEqual({ code: 'cells', n: 1 });
		expect(tableProblem(readCountTable({}, big), 100)).toEqual({ code: 'empty' });
		const tooMany = readCountTable(
			{ [cellKey('leadership', 'single')]: '60', [cellKey('coverage', 'single')]: '41' },
			big,
		);
		expect(tableProblem(tooMany, 100)).toEqual({ code: 'too-many', n: 101, max: 100 });
		const fine = readCountTable({ [cellKey('leadership', 'single')]: '60' }, big);
		expect(tableProblem(fine, 100)).toBeNull();
	});
});

describe('presets', () => {
	it('spreads a capacity’s questions over its types, one type after another', () => {
		const shape = available().leadership;
		expect(spreadOverTypes(shape, 2)).toEqual({ single: 1, multiple: 1 });
		expect(spreadOverTypes(shape, 4)).toEqual({ single: 2, multiple: 1, judge: 1 });
		// Fewer than asked: all there are, never more than the bank holds.
		expect(spreadOverTypes(shape, 10)).toEqual({ single: 3, multiple: 2, judge: 1 });
		expect(spreadOverTypes(shape, 0)).toEqual({});
	});

	it('每种能力 2 题 asks 2 of each of the five capacities, not 总论 or 五力协同', () => {
		const counts = presetPerCapacity(available());
		expect(Object.keys(counts)).toEqual([
			'leadership',
			'coverage',
			'cohesion',
			'development',
			'renewal',
		]);
		expect(countsTotal(counts)).toBe(10);
		// What a preset writes reads back without a problem.
		const texts = Object.fromEntries(
			Object.entries(counts).flatMap(([p, byType]) =>
				Object.entries(byType).map(([t, n]) => [
					cellKey(p as PowerId, t as QuestionType),
					String(n),
				]),
			),
		);
		expect(readCountTable(texts, available()).problems).toEqual([]);
	});

	it('综合测试同款 follows the exam blueprint’s counts per capacity', () => {
		const perPower = { leadership: 4, coverage: 4, cohesion: 4, development: 4, renewal: 4 };
		const counts = presetCounts(perPower, available({ renewal: { single: 1 } }));
		expect(countsTotal(counts)).toBe(20);
		expect(counts.leadership).toEqual({ single: 2, multiple: 1, judge: 1 });
		expect(counts.renewal).toEqual({ single: 1, multiple: 2, judge: 1 });
	});
});

describe('drawPaper with a share above recall', () => {
	const question = (id: string, level: Question['level']): Question => ({
		id,
		power: 'leadership',
		type: 'judge',
		stem: id,
		explanation: '解析',
		source: { p: 'p2', quote: '核心' },
		level,
		difficulty: 1,
		answer: true,
	});
	const bank = [
		...Array.from({ length: 8 }, (_, i) => question(`recall-${i}`, 'recall')),
		question('apply-1', 'apply'),
		question('understand-1', 'understand'),
	];

	it('draws at least the share above recall when the bank has them, for any seed', () => {
		for (let seed = 1; seed <= 30; seed += 1) {
			const ids = drawPaper(bank, { leadership: { judge: 4 } }, seed, { aboveRecall: 0.5 });
			expect(ids).toHaveLength(4);
			expect(ids.filter((id) => !id.startsWith('recall')).length).toBe(2);
		}
	});

	it('draws only the chosen levels, and counts only them as available', () => {
		const upper = new Set(['understand', 'apply', 'analyze'] as const);
		expect(availableCounts(bank, upper).leadership.judge).toBe(2);
		expect(availableCounts(bank).leadership.judge).toBe(10);
		for (let seed = 1; seed <= 10; seed += 1) {
			const ids = drawPaper(bank, { leadership: { judge: 2 } }, seed, { levels: upper });
			expect([...ids].sort()).toEqual(['apply-1', 'understand-1']);
		}
	});

	it('draws the same as before without the option', () => {
		expect(drawPaper(bank, { leadership: { judge: 3 } }, 7)).toEqual(
			drawPaper(bank, { leadership: { judge: 3 } }, 7, { aboveRecall: 0 }),
		);
	});
});
