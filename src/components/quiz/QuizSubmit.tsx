/**
 * 交卷 in test mode: the button with notes on unanswered and not yet self-assessed questions, then,
 * when questions are unanswered, the confirmation (交卷 anyway or go back).
 * Owns: the markup and ids (`<uid>-submit`, `<uid>-confirm`). Must not: decide (the reducer does).
 */
import type quizStrings from '../../i18n/zh-CN/quiz.json';
import type { Translator } from '../../i18n/translate';
import type { AttemptAction } from '../../quiz/attempt-state';

export interface QuizSubmitProps {
	uid: string;
	confirming: boolean;
	unanswered: number;
	unassessed: number;
	apply: (action: AttemptAction) => void;
	t: Translator<keyof typeof quizStrings>;
}

export function QuizSubmit({ uid, confirming, unanswered, unassessed, apply, t }: QuizSubmitProps) {
	if (!confirming) {
		return (
			<div class="quiz-actions">
				{unanswered > 0 && <p class="quiz-note">{t('quiz.unansweredNote', { n: unanswered })}</p>}
				{unassessed > 0 && <p class="quiz-note">{t('quiz.unassessedNote', { n: unassessed })}</p>}
				<button
					type="button"
					id={`${uid}-submit`}
					class="quiz-button quiz-button-primary"
					onClick={() => apply({ type: 'submit', at: Date.now() })}
				>
					{t('quiz.submit')}
				</button>
			</div>
		);
	}
	return (
		<div
			class="quiz-actions quiz-confirm"
			role="group"
			aria-labelledby={`${uid}-confirm-text`}
			data-confirm-submit
		>
			<p id={`${uid}-confirm-text`} class="quiz-note quiz-note-warn">
				{t('quiz.confirmSubmit', { n: unanswered })}
			</p>
			<button
				type="button"
				id={`${uid}-confirm`}
				class="quiz-button quiz-button-primary"
				onClick={() => apply({ type: 'confirmSubmit', at: Date.now() })}
			>
				{t('quiz.confirmSubmitYes')}
			</button>
			<button type="button" class="quiz-button" onClick={() => apply({ type: 'cancelSubmit' })}>
				{t('quiz.confirmSubmitNo')}
			</button>
		</div>
	);
}
