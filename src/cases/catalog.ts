/**
 * The case library (案例库): every case from the `cases` collection, in course order (by the first
 * capacity it exercises, then title), with the numbers the list shows.
 *
 * Owns: reading the collection for pages and the CaseLink/CaseEmbed components. Must not: validate
 * (the schema and src/content-checks/cases.ts do, with file and line).
 */
import { getCollection } from 'astro:content';
import { POWER_IDS } from '../article/powers';
import { getLessons } from '../lessons/catalog';
import type { Case } from '../schemas/case';
import { withBase } from '../site/paths';
import { longestDecisionPath, reachableEndings } from './graph';

/** Where an ending points the learner: the lesson, its quiz, the next case, the all-branches view. */
export interface CaseNextSteps {
	lesson: { href: string; title: string } | undefined;
	quiz: { href: string } | undefined;
	nextCase: { href: string; title: string } | undefined;
	library: string;
	print: string;
}

export interface CaseSummary {
	data: Case;
	/** Decision points on the longest path. */
	decisions: number;
	/** Distinct endings. */
	endings: number;
	/** The ending's next steps (the lesson of the case's first capacity, its quiz, the next case). */
	next: CaseNextSteps;
}

/** The heading of the lesson quiz section (Starlight's anchor is the heading's text). */
export const QUIZ_ANCHOR = '随堂测验';

export async function getCases(): Promise<CaseSummary[]> {
	const entries = await getCollection('cases');
	const lessons = await getLessons();
	const sorted = entries
		.map((entry) => ({
			data: entry.data,
			decisions: longestDecisionPath(entry.data),
			endings: reachableEndings(entry.data).length,
		}))
		.sort(
			(a, b) =>
				POWER_IDS.indexOf(a.data.powers[0]!) - POWER_IDS.indexOf(b.data.powers[0]!) ||
				a.data.powers.length - b.data.powers.length ||
				a.data.title.localeCompare(b.data.title, 'zh-CN'),
		);
	return sorted.map((summary, i) => {
		const lesson = lessons.find((l) => l.slug === summary.data.powers[0]);
		const following = sorted[i + 1];
		const lessonHref = lesson ? withBase(`/lessons/${lesson.slug}/`) : undefined;
		return {
			...summary,
			next: {
				lesson: lesson && lessonHref ? { href: lessonHref, title: lesson.title } : undefined,
				quiz: lessonHref ? { href: `${lessonHref}#${encodeURIComponent(QUIZ_ANCHOR)}` } : undefined,
				nextCase: following
					? { href: withBase(`/cases/${following.data.id}/`), title: following.data.title }
					: undefined,
				library: withBase('/cases/'),
				print: withBase(`/cases/${summary.data.id}/print/`),
			},
		};
	});
}

/** One case by id; throws (failing the build) for an unknown id, so a lesson cannot link to nothing. */
export async function getCase(id: string): Promise<CaseSummary> {
	const found = (await getCases()).find((c) => c.data.id === id);
	if (!found)
		throw new Error(
			`未知的案例 id「${id}」：content/cases/ 下没有 ${id}.yaml，请检查 <CaseLink id> 的拼写`,
		);
	return found;
}

/** getStaticPaths() of the per-case pages (/cases/<id>/ and its print view): one per case. */
export async function casePaths(): Promise<
	{ params: { id: string }; props: { summary: CaseSummary } }[]
> {
	return (await getCases()).map((summary) => ({
		params: { id: summary.data.id },
		props: { summary },
	}));
}
