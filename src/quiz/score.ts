/**
 * Scoring one answer to one question, per type, with the details the feedback shows.
 *
 *   single   1 when the chosen option is the answer          judge  1 when the choice equals answer
 *   multiple all-or-nothing: 1 only when exactly the right set is chosen; per-option right/wrong
 *   blank    1 when every blank is accepted (see ./normalise.ts); per-blank right/wrong
 *   match    1 when every left item has its own right item; per-left right/wrong
 *   order    1 when the sequence equals the items' order; per-position right/wrong
 *   short    self-assessed: the share of reference points the learner ticked (correct only when all)
 * Responses use original indices (not display positions), so they stay valid under any shuffle.
 * Owns: scoring and response shapes. Must not: render, shuffle or store.
 */
import type { Question, QuestionOf, QuestionType } from '../schemas/question';
import { isAcceptedAnswer } from './normalise';

/** What the learner answered, per type. `null` / empty means not answered. */
export interface ResponseByType {
	/** The chosen option's original index. */
	single: number | null;
	/** The chosen options' original indices. */
	multiple: number[];
	judge: boolean | null;
	/** One typed string per blank, in stem order. */
	blank: string[];
	/** For each pair (original order), the chosen index into `matchTargets()`, or -1. */
	match: number[];
	/** Original item indices in the order the learner arranged them. */
	order: number[];
	/** The written answer and the indices of the reference points the learner ticked. */
	short: { text: string; ticked: number[] };
}
export type ResponseOf<T extends QuestionType> = ResponseByType[T];
export type AnyResponse = ResponseByType[QuestionType];

export interface Grade {
	/** 0–1. */
	score: number;
	correct: boolean;
	selfAssessed: boolean;
	/**
	 * Per-part verdicts for feedback: multiple → per option (original index; true when the learner's
	 * choice for that option was right), blank → per blank, match → per pair, order → per position.
	 */
	parts: boolean[];
}

const whole = (ok: boolean, parts: boolean[] = []): Grade => ({
	score: ok ? 1 : 0,
	correct: ok,
	selfAssessed: false,
	parts,
});

export function scoreSingle(q: QuestionOf<'single'>, r: ResponseOf<'single'>): Grade {
	return whole(r === q.answer);
}

export function scoreMultiple(q: QuestionOf<'multiple'>, r: ResponseOf<'multiple'>): Grade {
	const chosen = new Set(r);
	const right = new Set(q.answer);
	const parts = q.options.map((_, i) => chosen.has(i) === right.has(i));
	return whole(parts.every(Boolean), parts);
}

export function scoreJudge(q: QuestionOf<'judge'>, r: ResponseOf<'judge'>): Grade {
	return whole(r === q.answer);
}

export function scoreBlank(q: QuestionOf<'blank'>, r: ResponseOf<'blank'>): Grade {
	const parts = q.blanks.map((b, i) => isAcceptedAnswer(r[i] ?? '', b.accept));
	return whole(parts.every(Boolean), parts);
}

export function scoreMatch(q: QuestionOf<'match'>, r: ResponseOf<'match'>): Grade {
	// Targets 0…pairs-1 are the pairs' own right items; equal texts count as the same target.
	const targets = [...q.pairs.map((p) => p.right), ...(q.distractors ?? [])];
	const parts = q.pairs.map((pair, i) => {
		const chosen = r[i];
		return chosen !== undefined && chosen >= 0 && targets[chosen] === pair.right;
	});
	return whole(parts.every(Boolean), parts);
}

export function scoreOrder(q: QuestionOf<'order'>, r: ResponseOf<'order'>): Grade {
	// Compare texts, so two identical items (which the content checks forbid anyway) cannot mis-score.
	const parts = q.items.map((item, i) => r[i] !== undefined && q.items[r[i]] === item);
	return whole(r.length === q.items.length && parts.every(Boolean), parts);
}

export function scoreShort(q: QuestionOf<'short'>, r: ResponseOf<'short'>): Grade {
	const ticked = new Set(r.ticked.filter((i) => i >= 0 && i < q.points.length));
	const parts = q.points.map((_, i) => ticked.has(i));
	const score = q.points.length ? ticked.size / q.points.length : 0;
	return { score, correct: score === 1, selfAssessed: true, parts };
}

/** Score any question; the response must be of the question's type. */
export function scoreQuestion(q: Question, r: AnyResponse): Grade {
	switch (q.type) {
		case 'single':
			return scoreSingle(q, r as ResponseOf<'single'>);
		case 'multiple':
			return scoreMultiple(q, r as ResponseOf<'multiple'>);
		case 'judge':
			return scoreJudge(q, r as ResponseOf<'judge'>);
		case 'blank':
			return scoreBlank(q, r as ResponseOf<'blank'>);
		case 'match':
			return scoreMatch(q, r as ResponseOf<'match'>);
		case 'order':
			return scoreOrder(q, r as ResponseOf<'order'>);
		case 'short':
			return scoreShort(q, r as ResponseOf<'short'>);
	}
}

/** The empty response a question starts with (order starts from the shown order). */
export function emptyResponse(q: Question, shownOrder: number[] = []): AnyResponse {
	switch (q.type) {
		case 'single':
		case 'judge':
			return null;
		case 'multiple':
			return [];
		case 'blank':
			return q.blanks.map(() => '');
		case 'match':
			return q.pairs.map(() => -1);
		case 'order':
			return [...shownOrder];
		case 'short':
			return { text: '', ticked: [] };
	}
}

/** True when the learner has given some answer (order always counts as answered). */
export function isAnswered(q: Question, r: AnyResponse): boolean {
	switch (q.type) {
		case 'single':
		case 'judge':
			return r !== null;
		case 'multiple':
			return (r as number[]).length > 0;
		case 'blank':
			return (r as string[]).some((s) => s.trim() !== '');
		case 'match':
			return (r as number[]).some((i) => i >= 0);
		case 'order':
			return true;
		case 'short':
			return (
				(r as ResponseOf<'short'>).text.trim() !== '' ||
				(r as ResponseOf<'short'>).ticked.length > 0
			);
	}
}

/**
 * A short answer with text but no reference point ticked: in a test it would score 0, because short
 * answers are self-assessed. The test shows a note before submitting.
 */
export function isUnassessedShort(q: Question, r: AnyResponse): boolean {
	if (q.type !== 'short') return false;
	const value = r as ResponseOf<'short'>;
	return value.text.trim() !== '' && value.ticked.length === 0;
}
