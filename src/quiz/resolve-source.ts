/**
 * Which questions an attempt asks, from the island's `source` (src/quiz/quiz-props.ts) and the bank:
 * inline questions as given; ids picked from the bank; a blueprint drawn by the seed, or 每日一练 by
 * the day (avoiding what the learner answered in the last 30 days while the pool allows).
 *
 * Owns: turning a source into `{ questions, seed, day? }`. Must not: fetch, render or store.
 */
import type { Question } from '../schemas/question';
import { pickQuestions } from './bank-client';
import { chinaDay, dailySeed, drawBlueprint, drawDaily } from './draw';
import type { QuizSource } from './quiz-props';
import { randomSeed } from './shuffle';

export interface Resolved {
	questions: Question[];
	seed: number;
	/** 每日一练: the day (China time) the set belongs to. */
	day?: string;
}

export interface ResolveOptions {
	/** The bank (all questions); unused for inline sources. */
	bank: readonly Question[];
	/** The seed the host passed, if any. */
	seed: number | undefined;
	/** 再练: a new random draw even when the host passed a seed or the day fixes one. */
	again: boolean;
	now: Date;
	/** Questions the learner answered recently (每日一练 avoids them while it can). */
	recent?: ReadonlySet<string>;
}

export function resolveSource(source: QuizSource, o: ResolveOptions): Resolved {
	const seed = o.again || o.seed === undefined ? randomSeed() : o.seed;
	if ('questions' in source) return { questions: source.questions, seed };
	if ('ids' in source) return { questions: pickQuestions(o.bank, source.ids), seed };
	if (source.byDate && !o.again) {
		return {
			questions: drawDaily(o.bank, source.blueprint, o.now, o.recent),
			seed: dailySeed(o.now),
			day: chinaDay(o.now),
		};
	}
	return { questions: drawBlueprint(o.bank, source.blueprint, seed), seed };
}
