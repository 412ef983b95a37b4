/**
 * The case library (案例库): every case from the `cases` collection, in course order (by the first
 * capacity it exercises, then title), with the numbers the list shows.
 *
 * Owns: reading the collection for pages and the CaseLink/CaseEmbed components. Must not: validate
 * (the schema and src/content-checks/cases.ts do, with file and line).
 */
import { getCollection } from 'astro:content';
import { POWER_IDS } from '../article/powers';
import type { Case } from '../schemas/case';
import { longestDecisionPath, reachableEndings } from './graph';

export interface CaseSummary {
	data: Case;
	/** Decision points on the longest path. */
	decisions: number;
	/** Distinct endings. */
	endings: number;
}

export async function getCases(): Promise<CaseSummary[]> {
	const entries = await getCollection('cases');
	return entries
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
