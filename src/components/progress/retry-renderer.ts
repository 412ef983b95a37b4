/**
 * The seam for "retry in place" in 错题本 and 今日复习: the component that renders ONE question and
 * reports how it went. It must not record anything itself — MistakesNotebook records the outcome
 * (as an attempt with quizId `review`) so the store sees each answer exactly once.
 *
 * It is the quiz engine's own island (src/components/quiz/Quiz.tsx) in practice mode with one inline
 * question, so a retry looks, scores and gives feedback exactly like the quiz the learner first met.
 */
import { h, type ComponentType } from 'preact';
import type { Question } from '../../schemas/question';
import { Quiz } from '../quiz/Quiz';

export interface RetryOutcome {
	correct: boolean;
	/** 0–1. */
	score: number;
	/** True when the learner judged it themselves (简答). */
	selfAssessed: boolean;
	/** The engine's type-specific response, if any. */
	response?: unknown;
}

export interface RetryProps {
	question: Question;
	onResult: (outcome: RetryOutcome) => void;
}

export type QuestionRenderer = ComponentType<RetryProps>;

export const RetryQuestion: QuestionRenderer = ({ question, onResult }) =>
	h(Quiz, {
		quizId: `retry-${question.id}`,
		kind: 'custom',
		mode: 'practice',
		passMark: 1,
		source: { questions: [question] },
		// The notebook prints as a list of mistakes, not as one paper per question.
		printable: false,
		onFinish: (result) => {
			const outcome = result.questions[0];
			if (!outcome) return;
			onResult({
				correct: outcome.correct,
				score: outcome.score,
				selfAssessed: outcome.selfAssessed,
				response: outcome.response,
			});
		},
	});
