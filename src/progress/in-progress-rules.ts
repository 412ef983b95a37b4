/**
 * The rules of work in progress (the `inProgress` part of the progress document), pure: caps, merge,
 * save, clear and validated read. ./in-progress.ts is the API pages and islands call; ./doc.ts
 * mergeDocs uses the merge. Owns: the envelope's rules. Must not: touch storage or know any `data`.
 */
import { inProgressKey, type InProgressRecord, type ProgressDoc } from './schema';

/** Unfinished work older than this is dropped (a 30-day-old exam is not worth resuming). */
export const MAX_AGE_MS = 30 * 24 * 3600_000;
/** At most this many records (the oldest go first). */
export const MAX_RECORDS = 40;
/** One record's data, as JSON, at most (an exam of 50 questions needs ≈ 6 KB). */
export const MAX_DATA_CHARS = 64_000;

export type InProgressMap = Readonly<Record<string, InProgressRecord>>;

/** Whether `key` is a valid in-progress key (`quiz:<id>`, `case:<id>` or `classroom:<id>`). */
export function isInProgressKey(key: string): boolean {
	return inProgressKey.safeParse(key).success;
}

/** Drop records older than MAX_AGE_MS before `now` and keep the newest MAX_RECORDS. */
export function pruneInProgress(map: InProgressMap, now: number): Record<string, InProgressRecord> {
	const kept = Object.entries(map)
		.filter(([, r]) => now - r.updatedAt <= MAX_AGE_MS)
		.sort((a, b) => b[1].updatedAt - a[1].updatedAt)
		.slice(0, MAX_RECORDS);
	return Object.fromEntries(kept);
}

/** Merge two maps: per key the later change wins (a clear is a change). */
export function mergeInProgress(
	a: InProgressMap,
	b: InProgressMap,
): Record<string, InProgressRecord> {
	const out: Record<string, InProgressRecord> = { ...a };
	for (const [key, record] of Object.entries(b)) {
		const mine = out[key];
		if (!mine || record.updatedAt > mine.updatedAt) out[key] = record;
	}
	return out;
}

/** Pure: the document with `data` saved under `key` at `at`. */
export function withInProgress(
	doc: ProgressDoc,
	key: string,
	data: unknown,
	at: number,
): ProgressDoc {
	const inProgress = pruneInProgress({ ...doc.inProgress, [key]: { updatedAt: at, data } }, at);
	return { ...doc, inProgress, updatedAt: Math.max(doc.updatedAt, at) };
}

/** Pure: the document with `key` cleared (a tombstone) at `at`. */
export function withoutInProgress(doc: ProgressDoc, key: string, at: number): ProgressDoc {
	if (!doc.inProgress[key]) return doc;
	const inProgress = pruneInProgress({ ...doc.inProgress, [key]: { updatedAt: at } }, at);
	return { ...doc, inProgress, updatedAt: Math.max(doc.updatedAt, at) };
}

/** Pure: the record under `key` if it exists, is not cleared and its data parses. */
export function readInProgress<T>(
	doc: ProgressDoc,
	key: string,
	parse: (data: unknown) => T | undefined,
): { data: T; updatedAt: number } | undefined {
	const record = Object.hasOwn(doc.inProgress, key) ? doc.inProgress[key] : undefined;
	if (!record || record.data === undefined) return undefined;
	let data: T | undefined;
	try {
		data = parse(record.data);
	} catch {
		return undefined;
	}
	return data === undefined ? undefined : { data, updatedAt: record.updatedAt };
}
