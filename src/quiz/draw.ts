/**
 * Drawing questions from the bank: by a blueprint (综合测试: so many per power, optionally only some
 * types) from a seed, and 每日一练 from the date (the same for everyone on one day in China's time
 * zone, different from day to day).
 *
 * Owns: which questions a drawn set holds and their order. Must not: shuffle options (./layout.ts)
 * or fetch the bank (callers pass it in).
 */
import { POWER_IDS, type PowerId } from '../article/powers';
import { isAboveRecall } from '../schemas/question-types';
import type { Question, QuestionType } from '../schemas/question';
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
 * Draw per power (in course order), at least the blueprint's `aboveRecall` share of each power's pick
 * above recall, each power's pick shuffled by the seed and sorted by bank order
 * so pools are stable whatever order the bank arrives in; then the whole set is shuffled. If a power
 * has fewer questions than asked, all of them are taken (the build's content checks forbid that).
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
		// The share above recall first (as many as the blueprint needs), then any level.
		const upper = mixed
			.filter((q) => isAboveRecall(q.level))
			.slice(0, aboveRecallNeeded(count, blueprint));
		const rest = mixed
			.filter((q) => !upper.includes(q))
			.slice(0, Math.max(0, count - upper.length));
		drawn.push(...mixed.filter((q) => upper.includes(q) || rest.includes(q)));
	}
	return shuffle(drawn, deriveSeed(seed, 'order'));
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
		drawn.push(...[...fresh, ...seen].slice(0, count));
	}
	return shuffle(drawn, deriveSeed(seed, 'order'));
}
