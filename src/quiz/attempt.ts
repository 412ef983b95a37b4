/**
 * The result of one quiz attempt: the single interface between the quiz engine (which produces it)
 * and the progress store (which records it), the dashboard, 错题本 and receipts (which read it).
 *
 * Owns: the shape only. Versioned: a change of meaning needs a new `version` and a store migration.
 * Must not: hold display text or whole questions (ids only; questions come from the bank).
 */
import type { PowerId } from '../article/powers';
import type { QuestionType } from '../schemas/question';
import type { QuizKind } from '../schemas/quiz-set';

/** How one question went. */
export interface QuestionOutcome {
	questionId: string;
	power: PowerId;
	type: QuestionType;
	/** 0–1. Multiple choice is all-or-nothing; short answers score the share of points ticked. */
	score: number;
	/** score === 1. */
	correct: boolean;
	/** True for 简答 (short): the learner ticked the points their answer covered. */
	selfAssessed: boolean;
	/** What the learner answered, in the engine's type-specific JSON form (for the review). */
	response: unknown;
	/**
	 * Test mode: the learner left it unanswered. It scores 0 in the attempt but is not a mistake: the
	 * store adds nothing to the question's history (not answered, not in 错题本, not scheduled).
	 */
	skipped?: boolean;
}

export interface AttemptResult {
	version: 1;
	/** The quiz set id (e.g. `lesson-leadership`, `exam`, `daily`) or a generated id for ad-hoc quizzes. */
	quizId: string;
	kind: QuizKind | 'custom';
	mode: 'practice' | 'test';
	/** The seed that shuffled options and drew questions, so a review shows what the learner saw. */
	seed: number;
	/** Epoch milliseconds. */
	startedAt: number;
	finishedAt: number;
	questions: QuestionOutcome[];
	/** Sum of question scores. */
	score: number;
	/** Number of questions. */
	maxScore: number;
	/** Share of maxScore needed to pass, 0–1. */
	passMark: number;
	passed: boolean;
}
