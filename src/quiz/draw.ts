/**
 * Drawing questions from the bank: by a blueprint (综合测试: so many per power, optionally only some
 * types) from a seed, and 每日一练 from the date (the same for everyone on one day in China's time
 * zone, different from day to day).
 *
 * No drawn set holds two questions of which one prints the other's answer (./leaks.ts); the build
 * proves every blueprint can be filled that way (leakFreeShortfalls).
 * Owns: which questions a drawn set holds and their order. Must not: shuffle options (./layout.ts)
 * or fetch the bank (callers pass it in).
 */
import { POWER_IDS, type PowerId } from '../article/powers';
import { isAboveRecall } from '../schemas/question-types';
import type { Question, QuestionType } from '../schemas/question';
import { leakBetween } from './leaks';
import { deriveSeed, seedFromString, shuffle, type Seed } from './shuffle';

export interface Blueprint {
	perPower: Partial<Record<PowerId, number>>;
	types?: readonly QuestionType[] | undefined;
	/** Least share of each power's draw that is above recall (理解/应用/分析). */
	aboveRecall?: number | undefined;
}

/** The questions a blueprint may draw for one power. */
export function candidates(
	bank: readonly Question[],
	power: PowerId,
	blueprint: Blueprint,
): Question[] {
	return bank.filter(
		(q) => q.power === power && (!blueprint.types || blueprint.types.includes(q.type)),
	);
}

/** How many of `count` drawn questions of one power must be above recall. */
export function aboveRecallNeeded(count: number, blueprint: Blueprint): number {
	return Math.ceil(count * (blueprint.aboveRecall ?? 0) - 1e-9);
}

/** How many questions the blueprint asks for in all. */
export function blueprintSize(blueprint: Blueprint): number {
	return POWER_IDS.reduce((sum, p) => sum + (blueprint.perPower[p] ?? 0), 0);
}

/**
 * Pick `count` questions from `ordered` (in that order of preference), at least `needUpper` of them
 * above recall where the pool allows, none leaking to or from a question already `drawn` or picked.
 * Only if that cannot be done (the build's leakFreeShortfalls rules it out for every set it draws)
 * are leaking questions taken rather than a short set. Returns the picks in `ordered` order.
 */
function pick(
	ordered: readonly Question[],
	count: number,
	needUpper: number,
	drawn: readonly Question[],
): Question[] {
	const chosen: Question[] = [];
	const fits = (q: Question) =>
		!chosen.includes(q) && ![...drawn, ...chosen].some((d) => leakBetween(q, d));
	for (const q of ordered) {
		if (chosen.length >= Math.min(needUpper, count)) break;
		if (isAboveRecall(q.level) && fits(q)) chosen.push(q);
	}
	for (const q of ordered) {
		if (chosen.length >= count) break;
		if (fits(q)) chosen.push(q);
	}
	for (const q of ordered) {
		if (chosen.length >= count) break;
		if (!chosen.includes(q)) chosen.push(q);
	}
	return ordered.filter((q) => chosen.includes(q));
}

/**
 * Draw per power (in course order), at least the blueprint's `aboveRecall` share of each power's pick
 * above recall, each power's pool shuffled by the seed from bank order (sorted by id) so pools are
 * stable whatever order the bank arrives in, and no question that leaks to or from one drawn before;
 * then the whole set is shuffled. If a power has fewer questions than asked, all of them are taken
 * (the build's content checks forbid that).
 */
export function drawBlueprint(
	bank: readonly Question[],
	blueprint: Blueprint,
	seed: Seed,
): Question[] {
	const drawn: Question[] = [];
	for (const power of POWER_IDS) {
		const count = blueprint.perPower[power] ?? 0;
		if (count <= 0) continue;
		const pool = candidates(bank, power, blueprint).sort((a, b) => a.id.localeCompare(b.id));
		const mixed = shuffle(pool, deriveSeed(seed, power));
		drawn.push(...pick(mixed, count, aboveRecallNeeded(count, blueprint), drawn));
	}
	return shuffle(drawn, deriveSeed(seed, 'order'));
}

/** Where the build cannot prove a blueprint's draw leak-free: one power and pool (all or above recall). */
export interface LeakShortfall {
	power: PowerId;
	/** The whole pool of the power, or only its items above recall. */
	pool: 'all' | 'aboveRecall';
	/** How many the draw must take from that pool. */
	need: number;
	/** The pool's size less the most items that the other drawn questions could block. */
	free: number;
}

/**
 * Proof that every draw of `blueprint` is leak-free (or where it fails). The draw takes a question
 * only if it leaks to or from none drawn before, so it can only be forced into a leak (its fallback)
 * when the questions already drawn block so many of a pool that fewer than needed remain. Powers are
 * drawn in course order, so while a power is drawn only questions of the powers up to it can have
 * been drawn (at most their counts less one). Only a question that leaks with one of those can be
 * blocked, and the drawn ones block at most the sum of their largest numbers of leak partners. When the pool less
 * the smaller of those two bounds still holds the number needed — for the whole pool of each power
 * and for its items above recall — no seed can put a leaking pair on a paper. Returns the pools
 * where the bound fails.
 */
export function leakFreeShortfalls(
	bank: readonly Question[],
	blueprint: Blueprint,
): LeakShortfall[] {
	const powers = POWER_IDS.filter((p) => (blueprint.perPower[p] ?? 0) > 0);
	const out: LeakShortfall[] = [];
	powers.forEach((power, i) => {
		// Powers are drawn in course order: while this one is drawn, only questions of the powers up
		// to it can have been drawn, at most their counts less one.
		const upTo = powers.slice(0, i + 1);
		const blockers = upTo.flatMap((p) => candidates(bank, p, blueprint));
		const drawnBefore = upTo.reduce((sum, p) => sum + (blueprint.perPower[p] ?? 0), 0) - 1;
		const blockable = (within: readonly Question[]) => {
			const byDegree = blockers
				.map((q) => within.filter((x) => x !== q && leakBetween(q, x)).length)
				.sort((a, b) => b - a)
				.slice(0, Math.max(0, drawnBefore))
				.reduce((sum, n) => sum + n, 0);
			const withPartner = within.filter((x) =>
				blockers.some((q) => q !== x && leakBetween(q, x)),
			).length;
			return Math.min(byDegree, withPartner);
		};
		const count = blueprint.perPower[power] ?? 0;
		const pool = candidates(bank, power, blueprint);
		const upper = pool.filter((q) => isAboveRecall(q.level));
		const needUpper = Math.min(aboveRecallNeeded(count, blueprint), upper.length);
		const checks: [LeakShortfall['pool'], Question[], number][] = [
			['all', pool, Math.min(count, pool.length)],
			['aboveRecall', upper, needUpper],
		];
		for (const [name, within, need] of checks) {
			if (need === 0) continue;
			const free = within.length - blockable(within);
			if (free < need) out.push({ power, pool: name, need, free });
		}
	});
	return out;
}

/** The calendar day `YYYY-MM-DD` in China Standard Time (UTC+8, no daylight saving) of an instant. */
export function chinaDay(at: Date): string {
	return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The seed of 每日一练 for the day of `at` (China time). */
export function dailySeed(at: Date): Seed {
	return seedFromString(`daily:${chinaDay(at)}`);
}

/**
 * 每日一练: the blueprint's draw seeded by the day. Questions in `recent` (what this learner answered
 * in the last 30 days) are drawn only when a power has too few others: each power's pool is the fresh
 * questions first, then the recent ones, so the same day still gives the same set to a learner with
 * the same history (and everyone without history gets the same set).
 */
export function drawDaily(
	bank: readonly Question[],
	blueprint: Blueprint,
	at: Date,
	recent: ReadonlySet<string> = new Set(),
): Question[] {
	const seed = dailySeed(at);
	if (recent.size === 0) return drawBlueprint(bank, blueprint, seed);
	const drawn: Question[] = [];
	for (const power of POWER_IDS) {
		const count = blueprint.perPower[power] ?? 0;
		if (count <= 0) continue;
		const pool = candidates(bank, power, blueprint).sort((a, b) => a.id.localeCompare(b.id));
		const mixed = shuffle(pool, deriveSeed(seed, power));
		const fresh = mixed.filter((q) => !recent.has(q.id));
		const seen = mixed.filter((q) => recent.has(q.id));
		// Fresh first: a recent question only where the fresh ones (that do not leak) run out.
		const ordered = [...fresh, ...seen];
		const picked = pick(ordered, count, 0, drawn);
		drawn.push(...picked);
	}
	return shuffle(drawn, deriveSeed(seed, 'order'));
}
