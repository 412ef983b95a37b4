/**
 * The seam for "retry in place" in 错题本 and 今日复习: the component that renders ONE question and
 * reports how it went. It must not record anything itself — MistakesNotebook records the outcome
 * (as an attempt with quizId `review`) so the store sees each answer exactly once.
 *
 * Until the quiz engine's question island is plugged in here, a self-check fallback is used: the
 * learner thinks of the answer, reveals the reference answer and says whether they were right.
 * To plug the engine in, change the one export below to a component with the same props.
 */
import type { ComponentType } from 'preact';
import type { Question } from '../../schemas/question';
import { SelfCheck } from './SelfCheck';

export interface RetryOutcome {
	correct: boolean;
	/** 0–1. */
	score: number;
	/** True when the learner judged it themselves (the fallback, 简答). */
	selfAssessed: boolean;
	/** The engine's type-specific response, if any. */
	response?: unknown;
}

export interface RetryProps {
	question: Question;
	onResult: (outcome: RetryOutcome) => void;
}

export type QuestionRenderer = ComponentType<RetryProps>;

export const RetryQuestion: QuestionRenderer = SelfCheck;
