/**
 * Feedback on one answered question (practice: right after 提交本题; test: in the review after 交卷):
 * the verdict, what the learner answered and the right answer, per-option / per-blank / per-item
 * marks, option feedback, the explanation and the source quote linked to 原文#pN.
 *
 * Owns: rendering a grade. Must not: score or render any text as HTML.
 */
import type quizStrings from '../../i18n/zh-CN/quiz.json';
import type { Translator } from '../../i18n/translate';
import type { ComponentChildren } from 'preact';
import type { Question } from '../../schemas/question';
import { toFullWidthPunctuation } from '../../article/quote-rule';
import { matchTargets, type QuestionLayout } from '../../quiz/layout';
import type { AnyResponse, Grade, ResponseOf } from '../../quiz/score';
import { sourceLink } from '../../site/paths';

export interface QuestionFeedbackProps {
	question: Question;
	layout: QuestionLayout;
	response: AnyResponse;
	grade: Grade;
	t: Translator<keyof typeof quizStrings>;
}

export function QuestionFeedback({ question, layout, response, grade, t }: QuestionFeedbackProps) {
	const verdict = grade.selfAssessed
		? t('quiz.selfScore', { ticked: grade.parts.filter(Boolean).length, total: grade.parts.length })
		: t(grade.correct ? 'quiz.correct' : 'quiz.wrong');
	const tone = grade.selfAssessed ? 'self' : grade.correct ? 'right' : 'wrong';
	const paragraph = Number(question.source.p.slice(1));
	return (
		<>
			<p class={`quiz-verdict quiz-verdict-${tone}`}>
				<span aria-hidden="true">{tone === 'right' ? '✓ ' : tone === 'wrong' ? '✗ ' : '✎ '}</span>
				{verdict}
			</p>
			{grade.selfAssessed && <p class="quiz-note">{t('quiz.selfAssessedNote')}</p>}
			<Details question={question} layout={layout} response={response} grade={grade} t={t} />
			<p class="quiz-explanation">
				<strong>{t('quiz.explanation')}</strong>
				{question.explanation}
			</p>
			<figure class="quiz-source">
				<blockquote data-source={question.source.p}>
					{toFullWidthPunctuation(question.source.quote)}
				</blockquote>
				<figcaption>
					{t('quiz.source')}：
					<a href={sourceLink(question.source.p)}>{t('quiz.sourceLink', { n: paragraph })}</a>
				</figcaption>
			</figure>
		</>
	);
}

function Mark({ ok, t }: { ok: boolean; t: QuestionFeedbackProps['t'] }) {
	return (
		<span class={ok ? 'quiz-mark quiz-mark-right' : 'quiz-mark quiz-mark-wrong'}>
			{t(ok ? 'quiz.partRight' : 'quiz.partWrong')}
		</span>
	);
}

function Line({ label, children }: { label: string; children: ComponentChildren }) {
	return (
		<p class="quiz-line">
			<strong>{label}</strong>
			{children}
		</p>
	);
}

function Details({ question, layout, response, grade, t }: QuestionFeedbackProps) {
	const none = t('quiz.noAnswer');
	switch (question.type) {
		case 'single': {
			const chosen = response as ResponseOf<'single'>;
			const option = chosen === null ? undefined : question.options[chosen];
			return (
				<>
					<Line label={t('quiz.yourAnswer')}>{option?.text ?? none}</Line>
					{option?.feedback && <p class="quiz-option-feedback">{option.feedback}</p>}
					{!grade.correct && (
						<Line label={t('quiz.rightAnswer')}>{question.options[question.answer]?.text}</Line>
					)}
				</>
			);
		}
		case 'multiple': {
			const chosen = response as ResponseOf<'multiple'>;
			return (
				<ul class="quiz-option-review">
					{layout.options.map((i) => {
						const option = question.options[i]!;
						const right = question.answer.includes(i);
						return (
							<li key={i}>
								<Mark ok={grade.parts[i] ?? false} t={t} /> <span>{option.text}</span>
								<span class="quiz-tags">
									（{t(right ? 'quiz.optionRight' : 'quiz.optionNotRight')}，
									{t(chosen.includes(i) ? 'quiz.optionChosen' : 'quiz.optionNotChosen')}）
								</span>
								{option.feedback && <span class="quiz-option-feedback">{option.feedback}</span>}
							</li>
						);
					})}
				</ul>
			);
		}
		case 'judge': {
			const chosen = response as ResponseOf<'judge'>;
			const word = (v: boolean) => t(v ? 'quiz.judge.true' : 'quiz.judge.false');
			return (
				<>
					<Line label={t('quiz.yourAnswer')}>{chosen === null ? none : word(chosen)}</Line>
					<Line label={t('quiz.rightAnswer')}>{word(question.answer)}</Line>
				</>
			);
		}
		case 'blank': {
			const typed = response as ResponseOf<'blank'>;
			return (
				<ul class="quiz-option-review">
					{question.blanks.map((blank, i) => (
						<li key={i}>
							<Mark ok={grade.parts[i] ?? false} t={t} /> {t('quiz.blankLabel', { n: i + 1 })}：
							{t('quiz.yourAnswer')}
							{typed[i]?.trim() ? `「${typed[i]}」` : none}；{t('quiz.rightAnswer')}「
							{blank.accept[0]}」
							{blank.accept.length > 1 &&
								t('quiz.alsoAccepted', { list: blank.accept.slice(1).join('、') })}
						</li>
					))}
				</ul>
			);
		}
		case 'match': {
			const chosen = response as ResponseOf<'match'>;
			const targets = matchTargets(question);
			return (
				<ul class="quiz-option-review">
					{question.pairs.map((pair, i) => {
						const pick = chosen[i] ?? -1;
						return (
							<li key={i}>
								<Mark ok={grade.parts[i] ?? false} t={t} /> {pair.left} → {t('quiz.yourAnswer')}
								{pick >= 0 ? `「${targets[pick]}」` : none}；{t('quiz.rightAnswer')}「{pair.right}」
							</li>
						);
					})}
				</ul>
			);
		}
		case 'order': {
			const sequence = response as ResponseOf<'order'>;
			return (
				<div class="quiz-order-review">
					<div>
						<strong>{t('quiz.yourOrder')}</strong>
						<ol>
							{sequence.map((index, position) => (
								<li key={index}>
									<Mark ok={grade.parts[position] ?? false} t={t} /> {question.items[index]}
								</li>
							))}
						</ol>
					</div>
					{!grade.correct && (
						<div>
							<strong>{t('quiz.rightOrder')}</strong>
							<ol>
								{question.items.map((item) => (
									<li key={item}>{item}</li>
								))}
							</ol>
						</div>
					)}
				</div>
			);
		}
		case 'short': {
			const value = response as ResponseOf<'short'>;
			return (
				<>
					<Line label={t('quiz.yourAnswer')}>{value.text.trim() || none}</Line>
					<ul class="quiz-option-review">
						{question.points.map((point, i) => (
							<li key={i}>
								<span class="quiz-mark">
									{t(grade.parts[i] ? 'quiz.pointCovered' : 'quiz.pointMissed')}
								</span>{' '}
								{point}
							</li>
						))}
					</ul>
					{question.answer && <Line label={t('quiz.modelAnswer')}>{question.answer}</Line>}
				</>
			);
		}
	}
}
