/**
 * The result of an attempt: score, pass/fail, the pass mark, the questions missed (with their level,
 * so 「记得原话但不会用」 shows at a glance), the completion rule of a lesson quiz, and the next steps:
 * 下一课, 去错题本, 再练一次.
 *
 * Owns: the result's markup. Must not: compute the result (src/quiz/build-attempt.ts) or store it.
 */
import { POWER_IDS, type PowerId } from '../../article/powers';
import type quizStrings from '../../i18n/zh-CN/quiz.json';
import type { Translator } from '../../i18n/translate';
import type { AttemptResult } from '../../quiz/attempt';
import type { StoredAttempt } from '../../progress/schema';
import { formatScore, percent } from '../../quiz/format';
import { levelOf } from '../../quiz/levels';
import type { Question } from '../../schemas/question';
import { withBase } from '../../site/paths';

export interface QuizResultProps {
	/** A result just made, or one from the store (每日一练 already done today). */
	result: AttemptResult | StoredAttempt;
	/** The attempt's questions (for the missed list). */
	questions: readonly Question[];
	uid: string;
	timedOut: boolean;
	heading: 'h2' | 'h3';
	/** 每日一练 already done today: say so above the result. */
	doneToday?: boolean;
	onAgain: () => void;
	t: Translator<keyof typeof quizStrings>;
}

/** The lesson after the one whose quiz this is, in course order (none after the last). */
function nextLesson(quizId: string): PowerId | undefined {
	const id = /^lesson-(.+)$/u.exec(quizId)?.[1];
	const at = POWER_IDS.findIndex((p) => p === id);
	return at >= 0 ? POWER_IDS[at + 1] : undefined;
}

export function QuizResult(props: QuizResultProps) {
	const { result, t } = props;
	const Heading = props.heading;
	const selfAssessed = result.questions.some((q) => q.selfAssessed);
	const byId = new Map(props.questions.map((q) => [q.id, q]));
	const missed = result.questions.filter((q) => !q.correct && !q.skipped && !q.selfAssessed);
	const skipped = result.questions.filter((q) => q.skipped).length;
	const isLesson = result.kind === 'lesson';
	const next = isLesson ? nextLesson(result.quizId) : undefined;
	return (
		<div
			class="quiz-result"
			id={`${props.uid}-result`}
			tabIndex={-1}
			data-passed={String(result.passed)}
		>
			<Heading>{t(props.doneToday ? 'quiz.dailyDoneTitle' : 'quiz.resultTitle')}</Heading>
			{props.timedOut && <p class="quiz-note quiz-note-warn">{t('quiz.timeUp')}</p>}
			{result.mode === 'practice' && !props.doneToday && <p>{t('quiz.practiceDone')}</p>}
			<p class="quiz-score">
				{t('quiz.score', {
					score: formatScore(result.score),
					max: result.maxScore,
					percent: percent(result.score, result.maxScore),
				})}
				<span class={result.passed ? 'quiz-pass' : 'quiz-fail'}>
					{' '}
					{t(result.passed ? 'quiz.passed' : 'quiz.failed')}
				</span>
			</p>
			<p>{t('quiz.passMark', { pass: Math.round(result.passMark * 100) })}</p>
			{skipped > 0 && <p class="quiz-note">{t('quiz.skippedNote', { n: skipped })}</p>}
			{selfAssessed && <p class="quiz-note">{t('quiz.selfAssessedNote')}</p>}
			{missed.length > 0 && (
				<div class="quiz-missed" data-missed>
					<p>{t('quiz.missedTitle', { n: missed.length })}</p>
					<ul>
						{missed.map((outcome) => {
							const question = byId.get(outcome.questionId);
							const level = question ? levelOf(question) : undefined;
							const n = result.questions.findIndex((q) => q.questionId === outcome.questionId) + 1;
							return (
								<li key={outcome.questionId} data-level={level ?? ''}>
									{t('quiz.missedItem', { n })}
									{level && <span class="quiz-level">{t(`quiz.level.${level}`)}</span>}
								</li>
							);
						})}
					</ul>
				</div>
			)}
			{isLesson && (
				<p class="quiz-note" data-completion-rule>
					{t('quiz.lessonRule')}
				</p>
			)}
			<div class="quiz-next" data-next-steps>
				{next && (
					<a class="quiz-button quiz-button-primary" href={withBase(`/lessons/${next}/`)}>
						{t('quiz.nextLesson')}
					</a>
				)}
				{missed.length > 0 && (
					<a class="quiz-button" href={withBase('/mistakes/')}>
						{t('quiz.toMistakes')}
					</a>
				)}
				<button
					type="button"
					class={next ? 'quiz-button' : 'quiz-button quiz-button-primary'}
					onClick={props.onAgain}
				>
					{t(props.doneToday ? 'quiz.dailyMore' : 'quiz.again')}
				</button>
			</div>
		</div>
	);
}
