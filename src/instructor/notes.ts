/**
 * Teaching notes and the branch self-check list for the instructor pages: read once at build time
 * (already validated by the content checks), in course order, with the session plan laid out as
 * time spans and quotes shown with full-width punctuation.
 * Owns: the data the notes, 学习心得 and checklist pages render. Must not: validate or render.
 */
import { parseArticle } from '../article/parse';
import { toFullWidthPunctuation } from '../article/quote-rule';
import { readFileSync } from 'node:fs';
import { checkChecklist, readChecklistFile } from '../content-checks/checklist';
import { parseNote, readNoteFiles } from '../content-checks/teaching-notes';
import type { Checklist } from '../schemas/checklist';
import type { TeachingNote } from '../schemas/teaching-note';

/** Every teaching note under `root`, in course order. */
export function loadNotes(root = '.'): TeachingNote[] {
	return readNoteFiles(root)
		.map((f) => parseNote(f).note)
		.filter((n): n is TeachingNote => n !== undefined)
		.sort((a, b) => a.order - b.order);
}

/** The branch self-check list under `root` (undefined when there is none or it is invalid). */
export function loadChecklist(root = '.'): Checklist | undefined {
	const article = parseArticle(readFileSync(`${root}/content/article/source.txt`, 'utf8'));
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
