/**
 * One question of an attempt: its legend, answer controls, the 提交本题 / 确认此顺序 buttons, a note
 * when it cannot be checked yet, and its feedback with 再试一次 (practice) once graded.
 *
 * Owns: the question's markup and ids (`<uid>-<i>-q`, `-feedback`). Must not: decide anything (the
 * attempt reducer in src/quiz/attempt-state.ts does; this reports actions).
 */
import type { Question } from '../../schemas/question';
import type { Slot } from '../../quiz/attempt-state';
import type { QuestionLayout } from '../../quiz/layout';
import type { AnyResponse } from '../../quiz/score';
import type quizStrings from '../../i18n/zh-CN/quiz.json';
import type { Translator } from '../../i18n/translate';
import { QuestionFeedback } from './QuestionFeedback';
import { blankStem, QuestionInput } from './QuestionInput';

export interface QuizQuestionProps {
	question: Question;
	layout: QuestionLayout;
	slot: Slot;
	index: number;
	/** The question's id prefix (`<quiz uid>-<index>`). */
	qid: string;
	mode: 'practice' | 'test';
	/** The attempt is over (test: after 交卷): nothing can change. */
	finished: boolean;
	/** Offer 再试一次 after feedback (practice, unless the host island offers its own button). */
	retryable: boolean;
	onAnswer: (index: number, response: AnyResponse) => void;
	onConfirmOrder: (index: number) => void;
	onReveal: (index: number) => void;
	onCheck: (index: number) => void;
	onRetry: (index: number) => void;
	announce: (message: string) => void;
	t: Translator<keyof typeof quizStrings>;
}

const NOTE_KEYS = {
	notAnswered: 'quiz.notAnswered',
	orderNotConfirmed: 'quiz.orderNotConfirmed',
	shortNeedReveal: 'quiz.shortNeedReveal',
} as const;

export function QuizQuestion(props: QuizQuestionProps) {
	const { question, layout, slot, index, qid, mode, t } = props;
	const locked = !!slot.shown || props.finished;
	const showConfirm = question.type === 'order' && !locked && !slot.touched;
	return (
		<li class="quiz-question">
			<fieldset
				id={`${qid}-q`}
				data-question-id={question.id}
				data-question-type={question.type}
				data-answered={String(slot.touched)}
				tabIndex={-1}
			>
				<legend>
					<span class="quiz-qnum">
						{t('quiz.questionNumber', { n: index + 1, type: t(`quiz.type.${question.type}`) })}
					</span>
					<span class="quiz-stem">
						{question.type === 'blank' ? blankStem(question.stem, t) : question.stem}
					</span>
				</legend>
				<QuestionInput
					question={question}
					layout={layout}
					response={slot.response}
					uid={qid}
					disabled={locked}
					revealed={slot.revealed}
					onChange={(response) => props.onAnswer(index, response)}
					onReveal={() => props.onReveal(index)}
					announce={props.announce}
					t={t}
				/>
				{question.type === 'order' && !locked && slot.touched && (
					<p class="quiz-note">{t('quiz.orderConfirmed')}</p>
				)}
				{slot.note && <p class="quiz-note quiz-note-warn">{t(NOTE_KEYS[slot.note])}</p>}
				{(showConfirm || (mode === 'practice' && !locked)) && (
					<div class="quiz-question-actions">
						{showConfirm && (
							<button
								type="button"
								class="quiz-button"
								data-confirm-order
								onClick={() => props.onConfirmOrder(index)}
							>
								{t('quiz.orderConfirm')}
							</button>
						)}
						{mode === 'practice' && !locked && (
							<button
								type="button"
								class="quiz-button quiz-button-primary"
								onClick={() => props.onCheck(index)}
							>
								{t('quiz.check')}
							</button>
						)}
					</div>
				)}
			</fieldset>
			{slot.shown && (
				<div
					class="quiz-feedback"
					id={`${qid}-feedback`}
					tabIndex={-1}
					data-feedback-for={question.id}
				>
					<QuestionFeedback
						question={question}
						layout={layout}
						response={slot.response}
						grade={slot.shown}
						t={t}
					/>
					{props.retryable && (
						<button type="button" class="quiz-button" onClick={() => props.onRetry(index)}>
							{t('quiz.retry')}
						</button>
					)}
				</div>
			)}
		</li>
	);
}
