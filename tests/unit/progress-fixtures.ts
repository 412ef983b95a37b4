/**
 * Builders for progress unit tests: attempts shaped exactly like the quiz engine's AttemptResult, and a
 * Storage kept in memory.
 */
import type { PowerId } from '../../src/article/powers';
import type { AttemptResult } from '../../src/quiz/attempt';

export const T0 = new Date(2026, 10, 20, 10, 0, 0).getTime();
export const DAY = 24 * 60 * 60 * 1000;

export function attempt(
	quizId: string,
	at: number,
	answers: { id: string; power: PowerId; correct: boolean }[],
	passMark = 0.6,
): AttemptResult {
	const score = answers.filter((a) => a.correct).length;
	return {
		version: 1,
		quizId,
		kind: quizId.startsWith('lesson-') ? 'lesson' : 'custom',
		mode: 'practice',
		seed: 42,
		startedAt: at - 60_000,
		finishedAt: at,
		questions: answers.map((a) => ({
			questionId: a.id,
			power: a.power,
			type: 'single',
			score: a.correct ? 1 : 0,
			correct: a.correct,
			selfAssessed: false,
			response: 0,
		})),
		score,
		maxScore: answers.length,
		passMark,
		passed: answers.length > 0 && score / answers.length >= passMark,
	};
}

/** A `Storage` kept in a Map (the three methods the store uses). */
export class MemoryStorage {
	map = new Map<string, string>();
	getItem(key: string) {
		return this.map.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.map.set(key, value);
	}
	removeItem(key: string) {
		this.map.delete(key);
	}
}
