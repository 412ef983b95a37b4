/**
 * Where a finished case goes. For now one function that dispatches a `zuzhili:case-ending`
 * CustomEvent on `window`; the progress store subscribes to it (wired at merge), so the player never
 * touches storage.
 *
 * Owns: the ending record's shape and the event name. Must not: read or write storage.
 */
import type { CaseStep } from './graph';

/** The event's name on `window`. */
export const CASE_ENDING_EVENT = 'zuzhili:case-ending';

/** What is recorded when a learner reaches an ending. */
export interface CaseEndingRecord {
	/** The case id (file name in content/cases/). */
	caseId: string;
	/** The ending node's id. */
	endingId: string;
	/** The path taken: every node visited, with the choice index at each decision. */
	path: CaseStep[];
	/** When the ending was reached, ISO 8601. */
	finishedAt: string;
}

/** Publish one finished case. Does nothing outside a browser. */
export function publishCaseEnding(record: CaseEndingRecord): void {
	if (typeof window === 'undefined') return;
	window.dispatchEvent(new CustomEvent<CaseEndingRecord>(CASE_ENDING_EVENT, { detail: record }));
}
