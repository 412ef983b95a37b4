/**
 * Work in progress: an unfinished quiz attempt or case walk, saved under a key in the progress
 * document (`inProgress`, document version 2) so a reload, an app switch in WeChat or a crash resumes
 * it instead of starting over.
 *
 * Keys: `quiz:<quizId>` (src/quiz/attempt-state.ts owns the data), `case:<caseId>` (the case player
 * owns it), `classroom:game` (src/classroom/game.ts: the 课堂竞答 game). Each record is
 * `{ updatedAt, data }`; `data` is the owner's plain JSON and is validated by the owner on every read
 * (`parse` below) — a record that does not parse reads as nothing.
 * Clearing leaves a tombstone (`data` absent) so a merge with an older copy (another tab, an import)
 * cannot bring a finished attempt back; records and tombstones older than MAX_AGE_MS are dropped.
 *
 * Owns: the API over the store (rules: ./in-progress-rules.ts). Must not: know any `data`'s shape.
 */
import {
	isInProgressKey,
	MAX_DATA_CHARS,
	readInProgress,
	withInProgress,
	withoutInProgress,
} from './in-progress-rules';
import type { ProgressDoc } from './schema';
import { $progress, applyChange } from './store';

export { MAX_AGE_MS, MAX_RECORDS, readInProgress } from './in-progress-rules';

/**
 * Save `data` (plain JSON) under `key`. Returns false, saving nothing, for an invalid key or data
 * that is not JSON or too large.
 */
export function saveInProgress(key: string, data: unknown): boolean {
	if (!isInProgressKey(key)) return false;
	let json: string | undefined;
	try {
		json = JSON.stringify(data);
	} catch {
		return false;
	}
	if (json === undefined || json.length > MAX_DATA_CHARS) return false;
	const plain: unknown = JSON.parse(json);
	applyChange((doc, now) => withInProgress(doc, key, plain, now));
	return true;
}

/** The saved data under `key`, validated by `parse` (return undefined to reject it). */
export function loadInProgress<T>(
	key: string,
	parse: (data: unknown) => T | undefined,
	doc: ProgressDoc = $progress.get().doc,
): { data: T; updatedAt: number } | undefined {
	return readInProgress(doc, key, parse);
}

/** Forget the work under `key` (finished, or the learner started over). */
export function clearInProgress(key: string): void {
	if (!isInProgressKey(key)) return;
	// Through the store, which merges the stored copy first: another tab's record is cleared too.
	applyChange((doc, now) => withoutInProgress(doc, key, now));
}
