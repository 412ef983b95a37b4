/**
 * The items an instructor can assign, read at build time: lessons (src/lessons/catalog.ts), quiz sets
 * (the `quizSets` collection) and cases. Passed to the builder, checklist and class table as props, so
 * they know each item's title and page.
 *
 * Owns: listing assignable items with titles and links. Must not: run in the browser (astro:content).
 */
import { getCollection } from 'astro:content';
import { POWER_IDS, POWERS, type PowerId } from '../article/powers';
import { getCases, QUIZ_ANCHOR } from '../cases/catalog';
import { getLessons } from '../lessons/catalog';
import { withBase } from '../site/paths';
import { inCourseOrder } from './course-order';
import { makeRef, type ItemKind, type ItemRef } from './items';

export interface CatalogItem {
	ref: ItemRef;
	kind: ItemKind;
	title: string;
	/** The page where the learner does it, when it exists in this build. */
	href?: string;
	/** The capacity it belongs to (lessons, lesson and practice quizzes, a case's first capacity). */
	power?: PowerId;
}

/**
 * Where a quiz set is taken: a lesson quiz at its section inside its lesson (the same anchor as a
 * case's 「做随堂测验」), the others on their own page.
 */
function quizHref(id: string, kind: string, power: string | undefined): string | undefined {
	if (kind === 'lesson') {
		return power ? withBase(`/lessons/${power}/#${encodeURIComponent(QUIZ_ANCHOR)}`) : undefined;
	}
	if (kind === 'practice') return withBase(`/practice/${id}/`);
	// src/pages/exam.astro and daily.astro run the sets with these ids.
	if (id === 'exam' || id === 'daily') return withBase(`/${id}/`);
	return undefined;
}

async function getCaseItems(): Promise<CatalogItem[]> {
	return (await getCases()).map(({ data }) => ({
		ref: makeRef('case', data.id),
		kind: 'case',
		title: data.title,
		href: withBase(`/cases/${data.id}/`),
		...(data.powers[0] ? { power: data.powers[0] } : {}),
	}));
}

export async function getInstructorCatalog(): Promise<CatalogItem[]> {
	const written = await getLessons();
	const lessons =
		written.length > 0
			? written.map<CatalogItem>((l) => ({
					ref: makeRef('lesson', l.slug),
					kind: 'lesson',
					title: l.title || POWERS[l.data.power].name,
					href: withBase(`/lessons/${l.slug}/`),
					power: l.data.power,
				}))
			: // A build without lessons (a bare checkout) still offers the course's planned lessons, one
				// per power id, without links — so the builder always has something to assign.
				POWER_IDS.map<CatalogItem>((p) => ({
					ref: makeRef('lesson', p),
					kind: 'lesson',
					title: POWERS[p].name,
					power: p,
				}));
	const sets = (await getCollection('quizSets')).map<CatalogItem>((s) => {
		const href = quizHref(s.id, s.data.kind, s.data.power);
		return {
			ref: makeRef('quiz', s.id),
			kind: 'quiz',
			title: s.data.title,
			...(href ? { href } : {}),
			...(s.data.power ? { power: s.data.power } : {}),
		};
	});
	// Course order, whatever order the collections were read in (quiz sets come back by file name).
	return inCourseOrder([...lessons, ...sets, ...(await getCaseItems())]);
}
