/**
 * What the quiz island (src/components/quiz/Quiz.tsx) takes: plain JSON, so Astro pages can pass it
 * with `client:visible` and other islands (错题本, instructor papers) can render <Quiz {...props} />.
 * The island's header comment documents each field's behaviour.
 *
 * Owns: the island's public API types. Must not: hold behaviour.
 */
import type { Question } from '../schemas/question';
import type { AttemptResult } from './attempt';
import type { Blueprint } from './draw';

/** Where the questions come from: exactly one of these. */
export type QuizSource =
	/** Inline questions (lesson and practice sets; rendered at build time, no fetch). */
	| { questions: Question[] }
	/** Question ids, fetched from /data/questions.json (错题本 retry, an instructor's paper online). */
	| { ids: string[] }
	/** A draw from /data/questions.json: by the seed, or by today's date (每日一练). */
	| { blueprint: Blueprint; byDate?: boolean };

export interface QuizProps {
	/** A set id (`lesson-leadership`, `exam`, `daily`) or an ad-hoc id; becomes AttemptResult.quizId. */
	quizId: string;
	kind: AttemptResult['kind'];
	/** practice: feedback per question and retry; test: graded at 交卷 with a full review. */
	mode: AttemptResult['mode'];
	/** Share of the maximum score needed to pass, 0–1. */
	passMark: number;
	source: QuizSource;
	/** Shuffles options (and draws). Pass a recorded AttemptResult.seed to show the same layout again. */
	seed?: number;
	/** A countdown the learner may switch on (test mode). */
	timerMinutes?: number;
	/** A heading (h2) shown above the questions. */
	title?: string;
	/**
	 * On paper the quiz prints as a paper with its answer key on its own page (default). False for a
	 * quiz that is one item of another island's list (错题本 retries), which prints as that list.
	 */
	printable?: boolean;
	/**
	 * Host islands only: receives the finished attempt instead of publishAttempt (so the host decides
	 * how it is recorded, e.g. 错题本 retry records it as one review answer).
	 */
	onFinish?: (result: AttemptResult) => void;
}
