/**
 * The sections of 我的学习 (/me/): their anchor ids and heading keys, shared by the page's table of
 * contents (src/pages/me.astro) and the dashboard's section components, so they cannot drift.
 * Owns: section ids and the dashboard's lesson prop type. Must not: hold UI text.
 */
export const ME_SECTIONS = [
	{ slug: 'continue', key: 'progress.me.continue' },
	{ slug: 'stats', key: 'progress.me.stats' },
	{ slug: 'course-map', key: 'progress.me.courseMap' },
	{ slug: 'mastery', key: 'progress.me.mastery' },
	{ slug: 'recent', key: 'progress.me.recent' },
	{ slug: 'data', key: 'progress.data.title' },
] as const;

export interface DashboardLesson {
	id: string;
	title: string;
	href: string;
}
