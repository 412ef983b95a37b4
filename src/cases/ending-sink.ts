/**
 * Where a finished case goes: the progress store records it (ending and path), and a
 * `zuzhili:case-ending` CustomEvent is dispatched on `window` for anything else listening.
 *
 * Owns: the ending record's shape, its translation to the store's form, and the event name.
 * Must not: read or write storage itself (the store does).
 */
import { initProgress, recordCaseEnding } from '../progress/store';
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

/** The path as the store keeps it: `node` for passages, `node:choice` for decisions. */
export function pathForStore(path: readonly CaseStep[]): string[] {
	return path.map((step) =>
		step.choice === undefined ? step.node : `${step.node}:${step.choice}`,
	);
}

/** Publish one finished case. Does nothing outside a browser. */
export function publishCaseEnding(record: CaseEndingRecord): void {
	if (typeof window === 'undefined') return;
	initProgress();
	recordCaseEnding({
		caseId: record.caseId,
		endingId: record.endingId,
		path: pathForStore(record.path),
		finishedAt: Date.parse(record.finishedAt),
	});
	window.dispatchEvent(new CustomEvent<CaseEndingRecord>(CASE_ENDING_EVENT, { detail: record }));
}
