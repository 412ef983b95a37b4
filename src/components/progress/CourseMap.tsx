/**
 * 我的学习 › 课程地图: every lesson with its state and why (read to the end? quiz passed?).
 * Owns: the section's markup. Must not: decide completion (src/progress/derive.ts lessonStatus).
 */
import dict from '../../i18n/zh-CN/progress.json';
import { makeT } from '../../i18n/translate';
import { lessonStatus } from '../../progress/derive';
import type { ProgressDoc } from '../../progress/schema';
import type { DashboardLesson } from './me-sections';

const t = makeT(dict);

export function CourseMap({ doc, lessons }: { doc: ProgressDoc; lessons: DashboardLesson[] }) {
	return (
		<section aria-labelledby="course-map">
			<h2 id="course-map">{t('progress.me.courseMap')}</h2>
			<p>{t('progress.me.completionRule')}</p>
			<ul class="zz-course-map">
				{lessons.map((lesson) => {
					const s = lessonStatus(doc, lesson.id);
					return (
						<li key={lesson.id} data-lesson={lesson.id} data-state={s.state}>
							<a href={lesson.href}>{lesson.title}</a>
							<span class="zz-state" data-state={s.state}>
								{t(`progress.me.lessonState.${s.state}`)}
							</span>
							<span class="zz-lesson-detail">
								{s.read ? t('progress.me.lessonRead') : t('progress.me.lessonNotRead')} ·{' '}
								{s.quizPassed
									? t('progress.me.lessonQuizPassed')
									: t('progress.me.lessonQuizNotPassed')}
							</span>
						</li>
					);
				})}
			</ul>
		</section>
	);
}
