/**
 * Building the AttemptResult (./attempt.ts) from what happened in an attempt: the questions, the
 * learner's responses and their grades. The one place that sums scores and decides pass/fail.
 *
 * Owns: the result object. Must not: store it (./attempt-sink.ts hands it on) or render.
 */
import type { Question } from '../schemas/question';
import type { AttemptResult } from './attempt';
import type { AnyResponse, Grade } from './score';

export interface AttemptInput {
	quizId: string;
	kind: AttemptResult['kind'];
	mode: AttemptResult['mode'];
	seed: number;
	startedAt: number;
	finishedAt: number;
	passMark: number;
	/** Each question with the learner's response and its grade (unanswered in a test: `skipped`, score 0). */
	answers: readonly {
		question: Question;
		response: AnyResponse;
		grade: Grade;
		skipped?: boolean;
	}[];
}

/** Round to 4 decimals so self-assessed shares (1/3 …) do not carry float noise into storage. */
const round = (n: number): number => Math.round(n * 10_000) / 10_000;

export function buildAttempt(input: AttemptInput): AttemptResult {
	const questions = input.answers.map(({ question, response, grade, skipped }) => ({
		questionId: question.id,
		power: question.power,
		type: question.type,
		score: round(grade.score),
		correct: grade.correct,
		selfAssessed: grade.selfAssessed,
		response: structuredClone(response),
		...(skipped ? { skipped: true } : {}),
	}));
	const score = round(questions.reduce((sum, q) => sum + q.score, 0));
	const maxScore = questions.length;
	return {
		version: 1,
		quizId: input.quizId,
		kind: input.kind,
		mode: input.mode,
		seed: input.seed >>> 0,
		startedAt: input.startedAt,
		finishedAt: input.finishedAt,
		questions,
		score,
		maxScore,
		passMark: input.passMark,
		// A tiny epsilon so 16/20 passes a 0.8 mark despite floating point.
		passed: maxScore > 0 && score + 1e-9 >= input.passMark * maxScore,
	};
}
