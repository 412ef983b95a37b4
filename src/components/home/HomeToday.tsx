/**
 * The home page's 「今天」 (island): for a returning learner, 继续学习 where they left off, today's
 * 每日一练, the 今日复习 count and the nearest due assignment; for a first visit, the first lesson.
 * Rules live in src/progress/today.ts, src/progress/review.ts and src/instructor/next-due.ts; the
 * review scheduler and the link codec are loaded only after the page is up (they are not small).
 */
import { useEffect, useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/home.json';
import { makeT } from '../../i18n/translate';
import type { NextDue } from '../../instructor/next-due';
import { emptyDoc, type ProgressDoc } from '../../progress/schema';
import { listAssignments } from '../../progress/store';
import { continueFrom, dailyDoneToday, type Lesson } from '../../progress/today';
import { withBase } from '../../site/paths';
import { useProgress } from '../progress/use-progress';

const t = makeT(dict);

interface Later {
	due: number;
	next: NextDue | null;
}

/** The review count and the nearest assignment, computed by modules imported on demand. */
function useLater(doc: ProgressDoc, ready: boolean): Later | null {
	const [later, setLater] = useState<Later | null>(null);
	useEffect(() => {
		if (!ready) return;
		let live = true;
		const hasAssignments = listAssignments(doc).length > 0;
		void Promise.all([
			import('../../progress/review'),
			hasAssignments ? import('../../instructor/next-due') : null,
		]).then(([review, nextDue]) => {
			if (!live) return;
			const now = Date.now();
			setLater({
				due: review.dueToday(doc, now).length,
				next: nextDue ? nextDue.nextDueOf(doc, new Date(now)) : null,
			});
		});
		return () => {
			live = false;
		};
	}, [doc, ready]);
	return later;
}

function when(next: NextDue): string {
	if (next.daysLeft > 0) return t('home.today.dueIn', { days: next.daysLeft });
	if (next.daysLeft === 0) return t('home.today.dueToday');
	return t('home.today.overdue', { days: -next.daysLeft });
}

export default function HomeToday({ first }: { first: Lesson }) {
	const state = useProgress();
	const now = Date.now();
	const doc = state.ready ? state.doc : emptyDoc(now);
	const go = continueFrom(doc, first);
	const dailyDone = dailyDoneToday(doc, now);
	const later = useLater(doc, state.ready);

	return (
		<ul class="home-today-list" aria-busy={!state.ready}>
			<li data-today="continue">
				<a class="home-today-main" href={withBase(`/${go.path}`)}>
					{t(go.kind === 'continue' ? 'home.today.continue' : 'home.today.start', {
						title: go.title,
					})}
				</a>
			</li>
			<li data-today="daily">
				<a href={withBase('/daily/')}>{t('home.today.daily')}</a>
				<span class="home-today-state">
					{t(dailyDone ? 'home.today.dailyDone' : 'home.today.dailyTodo')}
				</span>
			</li>
			<li data-today="review">
				<span>{t('home.today.review')}</span>
				<span class="home-today-state">
					{later === null
						? ''
						: later.due > 0
							? t('home.today.reviewCount', { count: later.due })
							: t('home.today.reviewNone')}
				</span>
				{later !== null && later.due > 0 && (
					<a href={withBase('/mistakes/#review')}>{t('home.today.reviewLink')}</a>
				)}
			</li>
			{later?.next && (
				<li data-today="assignment">
					<a href={withBase('/assignment/')}>
						{t('home.today.assignment', {
							className: later.next.className,
							due: later.next.due,
							when: when(later.next),
							done: later.next.done,
							total: later.next.total,
						})}
					</a>
				</li>
			)}
		</ul>
	);
}
