/**
 * Seeded randomness for quizzes: a small PRNG (mulberry32), seeds from strings, and shuffling.
 * The same seed always gives the same order, so an attempt's recorded seed reproduces what the
 * learner saw (option order, drawn questions).
 *
 * Owns: every random choice the quiz engine makes. Must not: know about questions (./layout.ts and
 * ./draw.ts use it) or read the clock (callers pass the seed; `randomSeed()` is the one exception).
 */

/** A 32-bit unsigned seed. */
export type Seed = number;

/** mulberry32: a fast 32-bit PRNG with good enough spread for shuffling. Returns numbers in [0, 1). */
export function prng(seed: Seed): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a hash of a string (UTF-16 code units) to a 32-bit seed. */
export function seedFromString(text: string): Seed {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** Combine a seed with a label (e.g. a question id) into a new seed. */
export function deriveSeed(seed: Seed, label: string): Seed {
	return seedFromString(`${seed >>> 0}:${label}`);
}

/** A fresh seed for a new attempt (not reproducible; record it in the attempt). */
export function randomSeed(): Seed {
	const buffer = new Uint32Array(1);
	globalThis.crypto.getRandomValues(buffer);
	return buffer[0]!;
}

/** Fisher–Yates with the given random source (e.g. one `prng` stream across several draws); a new array. */
export function shuffleWith<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/** A permutation of 0…n-1 (Fisher–Yates) from the seed. */
export function permutation(n: number, seed: Seed): number[] {
	return shuffleWith(
		Array.from({ length: n }, (_, i) => i),
		prng(seed),
	);
}

/** A new array with the items shuffled by the seed; the input is not changed. */
export function shuffle<T>(items: readonly T[], seed: Seed): T[] {
	return permutation(items.length, seed).map((i) => items[i]!);
}
