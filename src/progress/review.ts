/**
 * The spaced-repetition review queue, scheduled by FSRS (ts-fsrs, a maintained implementation).
 *
 * Owns: replaying each question's answer history through FSRS (wrong → Again, correct → Good) to get
 * its next due date, and 今日复习 (due by the end of the learner's local today).
 * Must not: store scheduler state: it is derived from the history, so imports, merges and other
 * tabs can never leave a stale card behind. Loaded only by pages that show the queue (it weighs
 * ≈ 13 KB gzip), never by the every-page indicator.
 *
 * Settings: no short-term learning steps and no fuzz, so intervals are whole days and deterministic
 * (a wrong answer comes back the next day; a first correct one in three days; then longer).
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from 'ts-fsrs';
import type { PowerId } from '../article/powers';
import { endOfLocalDay } from './dates';
import type { Answer, ProgressDoc } from './schema';

const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));

/** The FSRS card after replaying a question's answers, oldest first. */
export function cardFor(answers: readonly Answer[]): Card | undefined {
	const first = answers[0];
	if (!first) return undefined;
	let card = createEmptyCard(new Date(first.at));
	for (const answer of answers) {
		card = scheduler.next(
			card,
			new Date(answer.at),
			answer.correct ? Rating.Good : Rating.Again,
		).card;
	}
	return card;
}

export interface ReviewItem {
	questionId: string;
	power: PowerId;
	due: number;
}

/** Every answered question with its due time, soonest first. */
export function reviewSchedule(doc: ProgressDoc): ReviewItem[] {
	const items: ReviewItem[] = [];
	for (const [questionId, q] of Object.entries(doc.questions)) {
		const card = cardFor(q.answers);
		if (card) items.push({ questionId, power: q.power, due: card.due.getTime() });
	}
	return items.sort((a, b) => a.due - b.due || a.questionId.localeCompare(b.questionId));
}

/** 今日复习: questions due by the end of today (local time). */
export function dueToday(doc: ProgressDoc, now: number): ReviewItem[] {
	const end = endOfLocalDay(now);
	return reviewSchedule(doc).filter((item) => item.due <= end);
}
