/**
 * 我的学习 › 继续学习: where the learner left off (or the first lesson), accepted assignments and the
 * nearest due one. Owns: the section's markup. Must not: decide where to continue
 * (src/progress/today.ts, shared with the home page) or compute due dates (src/instructor/next-due.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/progress.json';
import { makeT } from '../../i18n/translate';
import type { NextDue } from '../../instructor/next-due';
import type { ProgressDoc } from '../../progress/schema';
import { listAssignments } from '../../progress/store';
import { continueFrom } from '../../progress/today';
import { withBase } from '../../site/paths';
import type { DashboardLesson } from './me-sections';

const t = makeT(dict);

/** The nearest due assignment, loaded (with the link codec) only when the learner has accepted one. */
function useNextDue(doc: ProgressDoc, accepted: number): NextDue | null {
	const [soonest, setSoonest] = useState<NextDue | null>(null);
	useEffect(() => {
		if (accepted === 0) {
			setSoonest(null);
			return;
		}
		let live = true;
		void import('../../instructor/next-due').then(
			(m) => live && setSoonest(m.nextDueOf(doc, new Date())),
		);
		return () => {
			live = false;
		};
	}, [doc, accepted]);
	return soonest;
}

export function ContinueSection({
	doc,
	lessons,
}: {
	doc: ProgressDoc;
	lessons: DashboardLesson[];
}) {
	const go = continueFrom(doc, lessons[0]);
	const assignments = listAssignments(doc).length;
	const soonest = useNextDue(doc, assignments);
	return (
		<section aria-labelledby="continue">
			<h2 id="continue">{t('progress.me.continue')}</h2>
			<p data-continue>
				{go ? (
					<a href={withBase(go.path)}>
						{t(go.kind === 'continue' ? 'progress.me.continueLink' : 'progress.me.continueStart', {
							title: go.title,
						})}
					</a>
				) : (
					t('progress.me.continueNone')
				)}
			</p>
			<p data-assignments={assignments}>
				{assignments > 0
					? t('progress.me.assignments', { count: assignments })
					: t('progress.me.assignmentsNone')}{' '}
				<a href={withBase('/assignment/')}>{t('progress.me.assignmentsLink')}</a>
			</p>
			{soonest && (
				<p data-next-due={soonest.due}>
					{t('progress.me.nextDue', {
						className: soonest.className,
						due: soonest.due,
						when:
							soonest.daysLeft > 0
								? t('progress.me.dueIn', { days: soonest.daysLeft })
								: soonest.daysLeft === 0
									? t('progress.me.dueToday')
									: t('progress.me.overdue', { days: -soonest.daysLeft }),
						done: soonest.done,
						total: soonest.total,
					})}
				</p>
			)}
		</section>
	);
}
