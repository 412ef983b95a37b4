/**
 * 我的学习 › 学习概况: lessons completed, the streak and 今日复习. Owns: the section's markup.
 * Must not: compute the numbers (src/progress/derive.ts, review.ts).
 */
import dict from '../../i18n/zh-CN/progress.json';
import { makeT } from '../../i18n/translate';
import { withBase } from '../../site/paths';

const t = makeT(dict);

export function StatsSection(props: { done: number; total: number; days: number; due: number }) {
	const { done, days, due } = props;
	return (
		<section aria-labelledby="stats">
			<h2 id="stats">{t('progress.me.stats')}</h2>
			<dl class="zz-stats">
				<div data-stat="completed">
					<dt>{t('progress.me.completed')}</dt>
					<dd>{t('progress.me.completedValue', { done, total: props.total })}</dd>
				</div>
				<div data-stat="streak">
					<dt>{t('progress.me.streak')}</dt>
					<dd>{t('progress.me.streakValue', { days })}</dd>
				</div>
				<div data-stat="due">
					<dt>{t('progress.me.dueToday')}</dt>
					<dd>{t('progress.me.dueTodayValue', { count: due })}</dd>
				</div>
			</dl>
			<p>{t('progress.me.streakRule')}</p>
			<p>
				<a href={withBase('/mistakes/#review')}>{t('progress.me.dueTodayLink')}</a>
			</p>
		</section>
	);
}
