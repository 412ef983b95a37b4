/**
 * What a returning learner does next, for the home page's 「今天」 and 我的学习's 继续学习: where to
 * continue, and whether today's 每日一练 is done (a finished daily attempt on the learner's local
 * calendar day).
 * Owns: those two rules. Must not: touch storage or the DOM (the review queue and assignments have
 * their own modules: ./review and ../instructor/next-due).
 */
import { localDay } from './dates';
import type { ProgressDoc } from './schema';

export interface Lesson {
	id: string;
	title: string;
}

export type Continue =
	| { kind: 'continue'; path: string; title: string }
	| { kind: 'start'; path: string; title: string };

/**
 * The last place the learner read, else the first lesson of the course (none when there is no
 * lesson). `path` is relative to the site's base.
 */
export function continueFrom(doc: ProgressDoc, first: Lesson): Continue;
export function continueFrom(doc: ProgressDoc, first: Lesson | undefined): Continue | undefined;
export function continueFrom(doc: ProgressDoc, first: Lesson | undefined): Continue | undefined {
	if (doc.lastLocation) {
		return { kind: 'continue', path: doc.lastLocation.path, title: doc.lastLocation.title };
	}
	return first && { kind: 'start', path: `lessons/${first.id}/`, title: first.title };
}

/** True when a 每日一练 attempt was finished today (local day of `now`). */
export function dailyDoneToday(doc: ProgressDoc, now: number): boolean {
	const today = localDay(now);
	return doc.attempts.some((a) => a.kind === 'daily' && localDay(a.finishedAt) === today);
}
