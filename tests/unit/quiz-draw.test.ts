import { describe, expect, it } from 'vitest';
import { blueprintSize, chinaDay, dailySeed, drawBlueprint, drawDaily } from '../../src/quiz/draw';
import { syntheticBank } from '../fixtures/quizzes/questions';

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
