import { describe, expect, it } from 'vitest';
import { deriveSeed, permutation, prng, seedFromString, shuffle } from '../../src/quiz/shuffle';

describe('prng()', () => {
	it('repeats the same sequence for the same seed and stays in [0, 1)', () => {
		const a = prng(42);
		const b = prng(42);
		const xs = Array.from({ length: 100 }, () => a());
		expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(new Set(xs).size).toBe(100);
	});
});

describe('seedFromString() and deriveSeed()', () => {
	it('gives stable, distinct 32-bit seeds', () => {
		expect(seedFromString('exam')).toBe(seedFromString('exam'));
		expect(seedFromString('exam')).not.toBe(seedFromString('daily'));
		expect(deriveSeed(1, 'q1')).not.toBe(deriveSeed(1, 'q2'));
		expect(seedFromString('组织力')).toBeGreaterThanOrEqual(0);
		expect(seedFromString('组织力')).toBeLessThan(2 ** 32);
	});
});

describe('permutation() and shuffle()', () => {
	it('returns every index exactly once', () => {
		for (let seed = 0; seed < 50; seed++) {
			expect([...permutation(7, seed)].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
		}
	});
	it('is reproducible from the seed and varies across seeds', () => {
		expect(shuffle(['a', 'b', 'c', 'd', 'e'], 7)).toEqual(shuffle(['a', 'b', 'c', 'd', 'e'], 7));
		const orders = new Set(Array.from({ length: 40 }, (_, s) => permutation(5, s).join()));
		expect(orders.size).toBeGreaterThan(20);
	});
	it('puts each item first about equally often', () => {
		const firsts = [0, 0, 0, 0];
		for (let s = 0; s < 4000; s++) firsts[permutation(4, s)[0]!]!++;
		for (const count of firsts) expect(count).toBeGreaterThan(850);
	});
	it('does not change its input', () => {
		const items = [1, 2, 3];
		shuffle(items, 9);
		expect(items).toEqual([1, 2, 3]);
	});
});
