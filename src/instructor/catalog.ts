/**
 * The items an instructor can assign, read at build time: lessons (src/lessons/catalog.ts), quiz sets
 * (the `quizSets` collection) and cases. Passed to the builder, checklist and class table as props, so
 * they know each item's title and page.
 *
 * Owns: listing assignable items with titles and links. Must not: run in the browser (astro:content).
 */
import { getCollection } from 'astro:content';
import { POWER_IDS, POWERS } from '../article/powers';
import { getCases } from '../cases/catalog';
import { getLessons } from '../lessons/catalog';
import { withBase } from '../site/paths';
import { makeRef, type ItemKind, type ItemRef } from './items';

export interface CatalogItem {
	ref: ItemRef;
	kind: ItemKind;
	title: string;
	/** The page where the learner does it, when it exists in this build. */
	href?: string;
}

/** Where a quiz set is taken: lesson quizzes inside their lesson, the others on their own page. */
function quizHref(id: string, kind: string, power: string | undefined): string | undefined {
	if (kind === 'lesson') return power ? withBase(`/lessons/${power}/`) : undefined;
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
				}))
			: // A build without lessons (a bare checkout) still offers the course's planned lessons, one
				// per power id, without links — so the builder always has something to assign.
				POWER_IDS.map<CatalogItem>((p) => ({
					ref: makeRef('lesson', p),
					kind: 'lesson',
					title: POWERS[p].name,
				}));
	const sets = (await getCollection('quizSets'))
		.sort((a, b) => a.id.localeCompare(b.id))
		.map<CatalogItem>((s) => {
			const href = quizHref(s.id, s.data.kind, s.data.power);
			return {
				ref: makeRef('quiz', s.id),
				kind: 'quiz',
				title: s.data.title,
				...(href ? { href } : {}),
			};
		});
	return [...lessons, ...sets, ...(await getCaseItems())];
}
