import { describe, expect, it } from 'vitest';
import { article } from '../../src/article/source';
import { readLessonFiles } from '../../src/content-checks/lessons';
import { checkQuizzes, readQuizFiles } from '../../src/content-checks/quizzes';
import {
	blueprintSize,
	chinaDay,
	dailySeed,
	drawBlueprint,
	drawDaily,
	leakFreeShortfalls,
} from '../../src/quiz/draw';
import { leakBetween } from '../../src/quiz/leaks';
import type { PowerId } from '../../src/article/powers';
import type { Question } from '../../src/schemas/question';
import { judge, single, syntheticBank } from '../fixtures/quizzes/questions';

const bank = syntheticBank(8);
const exam = { perPower: { leadership: 4, coverage: 4, cohesion: 4, development: 4, renewal: 4 } };

describe('drawBlueprint()', () => {
	it('draws the blueprint’s count per power without repeats', () => {
		const drawn = drawBlueprint(bank, exam, 5);
		expect(drawn).toHaveLength(blueprintSize(exam));
		expect(new Set(drawn.map((q) => q.id)).size).toBe(20);
		for (const power of Object.keys(exam.perPower)) {
			expect(drawn.filter((q) => q.power === power)).toHaveLength(4);
		}
	});
	it('is deterministic from the seed, whatever order the bank comes in', () => {
		const ids = (seed: number, b = bank) => drawBlueprint(b, exam, seed).map((q) => q.id);
		expect(ids(11)).toEqual(ids(11, [...bank].reverse()));
		expect(ids(11)).not.toEqual(ids(12));
	});
	it('restricts the draw to the blueprint’s types', () => {
		const drawn = drawBlueprint(bank, { perPower: { leadership: 2 }, types: ['judge'] }, 1);
		expect(drawn.map((q) => q.type)).toEqual(['judge', 'judge']);
	});
	it('takes what there is when a power has too few questions', () => {
		expect(drawBlueprint(bank, { perPower: { overview: 3, leadership: 2 } }, 1)).toHaveLength(2);
	});
});

describe('每日一练: chinaDay() and drawDaily()', () => {
	const daily = {
		perPower: { leadership: 1, coverage: 1, cohesion: 1, development: 1, renewal: 1 },
	};
	it('uses the calendar day in China time', () => {
		expect(chinaDay(new Date('2026-11-27T15:59:00Z'))).toBe('2026-11-27');
		expect(chinaDay(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
	});
	it('gives everyone the same five questions all day long', () => {
		const morning = drawDaily(bank, daily, new Date('2026-11-27T00:30:00+08:00'));
		const night = drawDaily(bank, daily, new Date('2026-11-27T23:30:00+08:00'));
		expect(morning).toHaveLength(5);
		expect(night.map((q) => q.id)).toEqual(morning.map((q) => q.id));
	});
	it('changes from day to day', () => {
		const sets = new Set(
			Array.from({ length: 10 }, (_, d) =>
				drawDaily(bank, daily, new Date(Date.UTC(2026, 10, 1 + d, 4)))
					.map((q) => q.id)
					.join(),
			),
		);
		expect(sets.size).toBe(10);
		expect(dailySeed(new Date('2026-11-27T04:00:00Z'))).not.toBe(
			dailySeed(new Date('2026-11-28T04:00:00Z')),
		);
	});
	it('avoids questions the learner answered in the last 30 days while the pool allows', () => {
		const day = new Date('2026-11-27T09:00:00+08:00');
		const first = drawDaily(bank, daily, day);
		const recent = new Set(first.map((q) => q.id));
		const second = drawDaily(bank, daily, day, recent);
		expect(second).toHaveLength(5);
		expect(second.filter((q) => recent.has(q.id))).toEqual([]);
		// The same history gives the same set all day.
		expect(drawDaily(bank, daily, day, recent).map((q) => q.id)).toEqual(second.map((q) => q.id));
		// When a power has nothing fresh left, it repeats rather than draws fewer.
		const allLeadership = new Set(bank.filter((q) => q.power === 'leadership').map((q) => q.id));
		const drawn = drawDaily(bank, daily, day, allLeadership);
		expect(drawn).toHaveLength(5);
		expect(drawn.filter((q) => q.power === 'leadership')).toHaveLength(1);
	});
});

describe('drawn papers hold no two questions of which one prints the other’s answer', () => {
	// keyed: a single whose key is 推行一站式服务; printer: a judge that prints it in its stem.
	const keyed = (id: string, power: PowerId): Question => ({
		...single,
		id,
		power,
		level: 'understand',
		stem: '文章提出把服务窗口下移后推行什么？',
		options: ['推行一站式服务', '推行联合审批', '推行集中办公'].map((text) => ({
			text,
			feedback: undefined,
		})),
		answer: 0,
	});
	const printer = (id: string, power: PowerId): Question => ({
		...judge,
		id,
		power,
		level: 'understand',
		stem: '文章提出推行一站式服务，让群众在家门口享受便利服务。',
	});
	const neutral = (id: string, power: PowerId): Question => ({
		...judge,
		id,
		power,
		level: 'understand',
		stem: `判断第 ${id} 题`,
	});
	const both = (drawn: readonly Question[], a: string, b: string) =>
		drawn.some((q) => q.id === a) && drawn.some((q) => q.id === b);
	const seeds = Array.from({ length: 200 }, (_, i) => i);

	it('the fixture pair leaks, the others do not', () => {
		expect(leakBetween(keyed('a', 'leadership'), printer('b', 'leadership'))).toBe(true);
		expect(leakBetween(keyed('a', 'leadership'), neutral('c', 'leadership'))).toBe(false);
	});
	it('never draws a leaking pair within one power (old draw: 1 seed in 6)', () => {
		const bank = [
			keyed('a', 'leadership'),
			printer('b', 'leadership'),
			neutral('c', 'leadership'),
			neutral('d', 'leadership'),
		];
		const blueprint = { perPower: { leadership: 2 } };
		for (const seed of seeds) {
			const drawn = drawBlueprint(bank, blueprint, seed);
			expect(drawn, `seed ${seed}`).toHaveLength(2);
			expect(both(drawn, 'a', 'b'), `seed ${seed}`).toBe(false);
		}
		// Still deterministic for a seed, and both members of the pair are still drawn on some seeds.
		expect(drawBlueprint(bank, blueprint, 7)).toEqual(
			drawBlueprint([...bank].reverse(), blueprint, 7),
		);
		const ever = new Set(
			seeds.flatMap((seed) => drawBlueprint(bank, blueprint, seed).map((q) => q.id)),
		);
		expect([...ever].sort()).toEqual(['a', 'b', 'c', 'd']);
	});
	it('never draws a leaking pair across powers, nor in 每日一练 with a history', () => {
		const bank = [
			keyed('a', 'leadership'),
			neutral('c', 'leadership'),
			printer('b', 'coverage'),
			neutral('d', 'coverage'),
		];
		const blueprint = { perPower: { leadership: 1, coverage: 1 } };
		for (const seed of seeds)
			expect(both(drawBlueprint(bank, blueprint, seed), 'a', 'b')).toBe(false);
		for (const day of seeds.slice(0, 60)) {
			const at = new Date(Date.UTC(2026, 0, 1 + day, 4));
			expect(both(drawDaily(bank, blueprint, at), 'a', 'b')).toBe(false);
			expect(both(drawDaily(bank, blueprint, at, new Set(['c', 'd'])), 'a', 'b')).toBe(false);
		}
	});
	it('proves a blueprint leak-free, or names the pool where it cannot', () => {
		const pair = [keyed('a', 'leadership'), printer('b', 'leadership')];
		expect(leakFreeShortfalls(pair, { perPower: { leadership: 2 } })).toEqual([
			{ power: 'leadership', pool: 'all', need: 2, free: 1 },
		]);
		const roomy = [...pair, neutral('c', 'leadership'), neutral('d', 'leadership')];
		expect(leakFreeShortfalls(roomy, { perPower: { leadership: 2 } })).toEqual([]);
		expect(leakFreeShortfalls(roomy, { perPower: { leadership: 2 }, aboveRecall: 1 })).toEqual([]);
		expect(leakFreeShortfalls(pair, { perPower: { leadership: 1 } })).toEqual([]);
	});
	it('holds for the real bank: 综合测试 and 每日一练 are proven leak-free, and 300 papers show it', () => {
		const { questions, sets } = checkQuizzes(readQuizFiles('.'), readLessonFiles('.'), article);
		const bank = [...questions.values()];
		for (const id of ['exam', 'daily']) {
			const blueprint = sets.get(id)?.blueprint;
			expect(blueprint, id).toBeDefined();
			if (!blueprint) continue;
			expect(leakFreeShortfalls(bank, blueprint), id).toEqual([]);
			for (const seed of Array.from({ length: 300 }, (_, i) => i)) {
				const paper = drawBlueprint(bank, blueprint, seed);
				const pairs = paper.flatMap((a, i) =>
					paper
						.slice(i + 1)
						.filter((b) => leakBetween(a, b))
						.map((b) => `${a.id}/${b.id}`),
				);
				expect(pairs, `${id} seed ${seed}`).toEqual([]);
			}
		}
	}, 60_000);
});
