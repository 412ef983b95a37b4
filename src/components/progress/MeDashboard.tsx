/**
 * 我的学习: the dashboard island, composed of its sections — 继续学习 (./ContinueSection.tsx), 学习概况
 * (./StatsSection.tsx), 课程地图 (./CourseMap.tsx), 五力掌握度 (./MasterySection.tsx), 最近成绩
 * (./RecentResults.tsx) and 数据 (./DataTools.tsx); section ids in ./me-sections.ts. Renders the store's
 * state; every rule lives in src/progress/ (derive.ts, review.ts).
 */
import { completedCount, recentAttempts, streak } from '../../progress/derive';
import { dueToday } from '../../progress/review';
import { emptyDoc } from '../../progress/schema';
import { ContinueSection } from './ContinueSection';
import { CourseMap } from './CourseMap';
import { DataTools } from './DataTools';
import { MasterySection } from './MasterySection';
import type { DashboardLesson } from './me-sections';
import { RecentResults } from './RecentResults';
import { StatsSection } from './StatsSection';
import { useProgress } from './use-progress';

export type { DashboardLesson };

interface Props {
	lessons: DashboardLesson[];
	/** The five capacities: id and name, in the article's order. */
	capacities: { id: string; name: string }[];
	/** Quiz set titles by id. */
	quizTitles: Record<string, string>;
	/** Power names by id (for lesson quiz names). */
	powerNames: Record<string, string>;
	/** Question id → level (记忆 / 理解 / 应用 / 分析), for the mastery split. */
	levels: Record<string, string>;
}

export default function MeDashboard({
	lessons,
	capacities,
	quizTitles,
	powerNames,
	levels,
}: Props) {
	const state = useProgress();
	const now = Date.now();
	// Before the store is read (and at build time) render the empty state: the page keeps its
	// sections and anchors in the HTML and does not jump when the real data arrives.
	const doc = state.ready ? state.doc : emptyDoc(now);
	return (
		<div class="zz-me" data-dashboard aria-busy={!state.ready}>
			<ContinueSection doc={doc} lessons={lessons} />
			<StatsSection
				done={completedCount(
					doc,
					lessons.map((l) => l.id),
				)}
				total={lessons.length}
				days={streak(doc, now)}
				due={dueToday(doc, now).length}
			/>
			<CourseMap doc={doc} lessons={lessons} />
			<MasterySection doc={doc} capacities={capacities} levels={levels} />
			<RecentResults
				recent={recentAttempts(doc, 5)}
				quizTitles={quizTitles}
				powerNames={powerNames}
			/>
			<DataTools fontSize={doc.settings.fontSize} />
		</div>
	);
}
