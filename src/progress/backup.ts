/**
 * Backups of stored values we could not use (corrupted JSON, a wrong type, a future version, a
 * foreign app's value under our key). They are kept, never silently dropped, under BACKUP_KEY as
 *   { "app": "zuzhili-yanxue-backup", "entries": [{ "at", "reason", "raw", "dismissed" }] }
 * and the learner is told, with a way to download them.
 * Owns: that shape and its validation. Must not: touch storage (the store does, via storage.ts).
 */
import * as z from 'zod/mini';
import type { FaultReason } from './migrations';

export const BACKUP_APP = 'zuzhili-yanxue-backup';
/** More entries than this: the oldest dismissed ones go first (undismissed ones are never dropped). */
export const MAX_BACKUPS = 5;

const FAULT_REASONS = [
	'corrupt',
	'wrong-type',
	'foreign',
	'future-version',
	'invalid',
] as const satisfies readonly FaultReason[];

export const BackupEntrySchema = z.object({
	at: z.number(),
	reason: z.enum(FAULT_REASONS),
	raw: z.string(),
	dismissed: z.boolean(),
});
export type BackupEntry = z.output<typeof BackupEntrySchema>;

export const BackupFileSchema = z.object({
	app: z.literal(BACKUP_APP),
	entries: z.array(BackupEntrySchema),
});

/** Entries from the stored backup value; a value that is not a valid backup becomes an entry itself. */
export function decodeBackups(raw: string | null, now: number): BackupEntry[] {
	if (raw === null || raw === '') return [];
	try {
		const parsed = BackupFileSchema.safeParse(JSON.parse(raw));
		if (parsed.success) return parsed.data.entries;
	} catch {
		// falls through: keep the unreadable backup itself
	}
	return [{ at: now, reason: 'corrupt', raw, dismissed: false }];
}

export function addBackup(entries: readonly BackupEntry[], entry: BackupEntry): BackupEntry[] {
	const all = [...entries, entry];
	while (all.length > MAX_BACKUPS) {
		const i = all.findIndex((e) => e.dismissed);
		if (i === -1) break;
		all.splice(i, 1);
	}
	return all;
}

export function encodeBackups(entries: readonly BackupEntry[]): string {
	return JSON.stringify({ app: BACKUP_APP, entries });
}

/** The download offered in the notice: every kept raw value, as it was found. */
export function backupDownload(entries: readonly BackupEntry[]): string {
	return JSON.stringify(
		{
			app: BACKUP_APP,
			note: 'Values found under the 组织力研学 progress key that could not be read, kept unchanged in "raw".',
			entries: entries.map(({ at, reason, raw }) => ({
				at: new Date(at).toISOString(),
				reason,
				raw,
			})),
		},
		null,
		1,
	);
}
