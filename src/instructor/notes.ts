/**
 * Teaching notes and the branch self-check list for the instructor pages, at build time (already
 * validated by the content checks): the notes in course order (the pages read them from the
 * `teachingNotes` collection), the session plan laid out as time spans, quotes shown with full-width
 * punctuation.
 * Owns: the data the notes, 学习心得 and checklist pages render. Must not: validate or render.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../article/parse';
import { toFullWidthPunctuation } from '../article/quote-rule';
import { checkChecklist, readChecklistFile } from '../content-checks/checklist';
import { ARTICLE_FILE } from '../content-kinds';
import type { Checklist } from '../schemas/checklist';
import type { TeachingNote } from '../schemas/teaching-note';

/** The notes of the `teachingNotes` collection (or any `{ data }` entries), in course order. */
export function inCourseOrder(entries: readonly { data: TeachingNote }[]): TeachingNote[] {
	return entries.map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** The branch self-check list under `root` (undefined when there is none or it is invalid). */
export function loadChecklist(root = '.'): Checklist | undefined {
	const article = parseArticle(readFileSync(join(root, ARTICLE_FILE), 'utf8'));
	const { list, problems } = checkChecklist(readChecklistFile(root), article);
	return problems.length ? undefined : list;
}

export interface PlanSpan {
	/** Minute the segment starts at (0-based) and ends at. */
	from: number;
	to: number;
	minutes: number;
	activity: string;
	detail: string;
}

/** The plan's segments with their running start and end minute: 10, 25 → 0–10, 10–35. */
export function planSpans(plan: TeachingNote['plan']): PlanSpan[] {
	let at = 0;
	return plan.map((s) => {
		const span = { from: at, to: at + s.minutes, ...s };
		at = span.to;
		return span;
	});
}

/** The short name of a lesson for titles: its title up to the first 「：」 (政治领导力：组织力建设的核心 → 政治领导力). */
export const shortTitle = (title: string): string => title.split('：')[0]!.trim();

/** A quote as shown on the page: the article's words with full-width punctuation (the seed's p12–p14 use ASCII). */
export const displayQuote = (quote: string): string => toFullWidthPunctuation(quote);
