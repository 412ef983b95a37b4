/**
 * 我的学习 › 最近成绩: the latest attempts with their quiz's name, score and date.
 * Owns: the section's markup and naming a quiz for it. Must not: compute results.
 */
import dict from '../../i18n/zh-CN/progress.json';
import { makeT } from '../../i18n/translate';
import { formatScore } from '../../quiz/format';
import { REVIEW_QUIZ_ID } from '../../quiz/attempt-sink';
import type { StoredAttempt } from '../../progress/schema';
import { own } from '../../schemas/ids';

const t = makeT(dict);

function quizName(
	a: StoredAttempt,
	quizTitles: Record<string, string>,
	powerNames: Record<string, string>,
): string {
	const title = own(quizTitles, a.quizId);
	if (title) return title;
	if (a.quizId === REVIEW_QUIZ_ID) return t('progress.me.quiz.review');
	const lesson = /^lesson-(.+)$/u.exec(a.quizId)?.[1];
	const name = lesson ? own(powerNames, lesson) : undefined;
	if (name) return t('progress.me.quiz.lesson', { name });
	return t('progress.me.quiz.other', { id: a.quizId });
}

export function RecentResults(props: {
	recent: StoredAttempt[];
	quizTitles: Record<string, string>;
	powerNames: Record<string, string>;
}) {
	const { recent, quizTitles, powerNames } = props;
	return (
		<section aria-labelledby="recent">
			<h2 id="recent">{t('progress.me.recent')}</h2>
			{recent.length === 0 ? (
				<p>{t('progress.me.recentEmpty')}</p>
			) : (
				<ul data-recent>
					{recent.map((a) => (
						<li key={`${a.quizId}-${a.finishedAt}`}>
							{t('progress.me.recentItem', {
								quiz: quizName(a, quizTitles, powerNames),
								score: formatScore(a.score),
								max: a.maxScore,
							})}{' '}
							· {a.passed ? t('progress.me.passed') : t('progress.me.notPassed')} ·{' '}
							<time dateTime={new Date(a.finishedAt).toISOString()}>
								{new Date(a.finishedAt).toLocaleString('zh-CN')}
							</time>
						</li>
					))}
				</ul>
			)}
		</section>
	);
}
