/**
 * How quiz numbers read: percentages, scores (at most two decimals) and the countdown clock.
 * Owns: number formatting for quiz results. Must not: hold UI text.
 */

/** Whole percent of `score` out of `max` (0 when max is 0). */
export const percent = (score: number, max: number): number =>
	max ? Math.round((score / max) * 100) : 0;

/** A score with at most two decimals: 1.25 stays 1.25, 16 stays 16. */
export const formatScore = (score: number): string => String(Math.round(score * 100) / 100);

/** Remaining milliseconds as mm:ss, rounded up to the second. */
export const clock = (ms: number): string => {
	const s = Math.max(0, Math.ceil(ms / 1000));
	return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
