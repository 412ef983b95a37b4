/**
 * 课堂竞答 question parts shared by the projector stage and the printed host sheet: the question with
 * lettered options (laid out by the quiz engine from the game's seed, so the stage, the sheet and a
 * `p1.` paper show the same letters) and the answer with its 原文 quote and 「第 N 段」.
 */
import dict from '../../i18n/zh-CN/classroom.json';
import { makeT } from '../../i18n/translate';
import { answerKey, letter } from '../../quiz/answer-key';
import { layoutQuestion } from '../../quiz/layout';
import type { Question } from '../../schemas/question';
import { withBase } from '../../site/paths';

const t = makeT(dict);

/** 填空 and 简答 are asked aloud and judged by the host against the reference answer. */
export const isOral = (q: Question) => q.type === 'blank' || q.type === 'short';

export function Options({ question, seed }: { question: Question; seed: number }) {
	if (question.type === 'single' || question.type === 'multiple')
		return (
			<ol class="zz-cr-options">
				{layoutQuestion(question, seed).options.map((o, i) => (
					<li>
						<span class="zz-cr-letter">{letter(i)}</span>
						<span>{question.options[o]!.text}</span>
					</li>
				))}
			</ol>
		);
	if (question.type === 'judge')
		return (
			<ol class="zz-cr-options">
				<li>
					<span class="zz-cr-letter">A</span>
					<span>{t('classroom.stage.true')}</span>
				</li>
				<li>
					<span class="zz-cr-letter">B</span>
					<span>{t('classroom.stage.false')}</span>
				</li>
			</ol>
		);
	return null;
}

/**
 * The answer key as the room or the host needs it. `model`: the 简答 reference wording too (the host
 * sheet prints it; the projector shows the points only, so the answer fits the screen).
 */
export function AnswerBody({
	question,
	seed,
	model,
}: {
	question: Question;
	seed: number;
	model: boolean;
}) {
	const key = answerKey(question, layoutQuestion(question, seed));
	switch (key.type) {
		case 'single':
		case 'multiple':
			return <p class="zz-cr-key">{key.letters.join('')}</p>;
		case 'judge':
			return (
				<p class="zz-cr-key">
					{key.value ? `A ${t('classroom.stage.true')}` : `B ${t('classroom.stage.false')}`}
				</p>
			);
		case 'blank':
			return (
				<ul class="zz-cr-points">
					{key.blanks.map((accept, i) => (
						<li>
							{t('classroom.stage.blank', {
								n: i + 1,
								text: accept.join(` ${t('classroom.stage.or')} `),
							})}
						</li>
					))}
				</ul>
			);
		case 'short':
			return (
				<>
					<p class="zz-cr-points-h">{t('classroom.stage.points')}</p>
					<ul class="zz-cr-points">
						{key.points.map((p) => (
							<li>{p}</li>
						))}
					</ul>
					{model && key.model && (
						<p>
							{t('classroom.stage.model')}：{key.model}
						</p>
					)}
				</>
			);
		default:
			return null;
	}
}

/** The 原文 quote the answer rests on, with its paragraph (a link on screen, 「第 N 段」 on paper). */
export function SourceQuote({ question }: { question: Question }) {
	return (
		<figure class="zz-cr-source">
			<blockquote data-source={question.source.p}>{question.source.quote}</blockquote>
			<figcaption>
				<a href={`${withBase('/source/')}#${question.source.p}`}>
					{t('classroom.stage.source', { n: question.source.p.slice(1) })}
				</a>
			</figcaption>
		</figure>
	);
}
