import { describe, expect, it } from 'vitest';
import { defaultTeamName, newGame, roundsOf, type GameSettings } from '../../src/classroom/game';
import {
	blueprintRounds,
	classroomPool,
	MAX_QUESTIONS,
	paperCodeOf,
	paperRounds,
	poolSizes,
	spread,
	type BlueprintChoice,
} from '../../src/classroom/rounds';
import type { Question } from '../../src/schemas/question';
import { oneOfEach, syntheticBank } from '../fixtures/quizzes/questions';

// Levels vary with the id so a level filter has something to keep and something to drop.
const levels = ['recall', 'understand', 'apply', 'analyze'] as const;
const bank: Question[] = [...syntheticBank(8), ...oneOfEach].map((q, i) => ({
	...q,
	level: levels[i % 4]!,
}));
const everything: BlueprintChoice = {
	powers: ['leadership', 'coverage', 'cohesion', 'development', 'renewal', 'synthesis'],
	types: ['single', 'multiple', 'judge', 'blank', 'short'],
	levels: [...levels],
};
const byId = new Map(bank.map((q) => [q.id, q]));

describe('spread()', () => {
	it('spreads evenly, the remainder to the first capacities in course order', () => {
		expect(spread(7, { renewal: 9, leadership: 9 })).toEqual({ leadership: 4, renewal: 3 });
	});
	it('gives what a small capacity lacks to the others, never more than the pool holds', () => {
		expect(spread(9, { leadership: 1, coverage: 9, cohesion: 9 })).toEqual({
			leadership: 1,
			coverage: 4,
			cohesion: 4,
		});
		expect(spread(50, { leadership: 2, coverage: 3 })).toEqual({ leadership: 2, coverage: 3 });
		expect(spread(3, {})).toEqual({});
	});
});

describe('blueprint rounds', () => {
	it('asks only the chosen capacities, types and levels; never 连线 or 排序', () => {
		const choice: BlueprintChoice = {
			powers: ['leadership', 'coverage'],
			types: ['judge'],
			levels: ['recall', 'apply'],
		};
		const pool = classroomPool(bank, choice);
		expect(pool.length).toBeGreaterThan(0);
		for (const q of pool) {
			expect(['leadership', 'coverage']).toContain(q.power);
			expect(q.type).toBe('judge');
			expect(['recall', 'apply']).toContain(q.level);
		}
		const ids = blueprintRounds(bank, choice, 40, 7);
		expect(ids).toHaveLength(pool.length);
		const types = classroomPool(bank, everything).map((q) => q.type);
		expect(types).not.toContain('match');
		expect(types).not.toContain('order');
	});
	it('draws the number asked, spread over capacities, the same for the same seed', () => {
		const ids = blueprintRounds(bank, everything, 10, 99);
		expect(ids).toHaveLength(10);
		expect(new Set(ids).size).toBe(10);
		const sizes = poolSizes(ids.map((id) => byId.get(id)!));
		expect(Math.max(...Object.values(sizes))).toBeLessThanOrEqual(2);
		expect(blueprintRounds(bank, everything, 10, 99)).toEqual(ids);
		expect(blueprintRounds(bank, everything, 10, 100)).not.toEqual(ids);
		expect(blueprintRounds(bank, everything, 500, 1)).toHaveLength(MAX_QUESTIONS);
	});
});

describe('paper rounds', () => {
	it('plays a paper in its order, leaving out (and counting) unknown, 连线/排序 and excess questions', () => {
		const r = paperRounds(bank, ['fx-short', 'nope', 'fx-match', 'coverage-01', 'fx-order']);
		expect(r).toEqual({
			questions: ['fx-short', 'coverage-01'],
			missing: 1,
			unplayable: 2,
			over: 0,
		});
		const big = syntheticBank(10).map((q) => q.id);
		expect(paperRounds(syntheticBank(10), big).over).toBe(50 - MAX_QUESTIONS);
	});
	it('finds the code in a pasted link or code', () => {
		expect(paperCodeOf(' https://x.cn/xuexi/paper/#p1.abc_- ')).toBe('p1.abc_-');
		expect(paperCodeOf('p1.abc')).toBe('p1.abc');
		expect(paperCodeOf('#p1.abc')).toBe('p1.abc');
	});
	it("makes a game of a paper with the paper's seed", () => {
		const settings: GameSettings = {
			teams: [0, 1, 2].map(defaultTeamName),
			mode: 'buzz',
			rounds: {
				kind: 'paper',
				title: '第一次测验',
				questions: ['fx-judge', 'fx-blank', 'fx-match'],
			},
			seed: 5,
			seconds: 0,
		};
		expect(roundsOf(settings, bank)).toEqual(['fx-judge', 'fx-blank']);
		const g = newGame(settings, bank, 0);
		expect(g.questions).toEqual(['fx-judge', 'fx-blank']);
		expect(g.deadline).toBeNull();
	});
});
