/**
 * Export and import of progress as a versioned JSON file:
 *   { "format": "zuzhili-yanxue-progress", "version": 1, "exportedAt": <ms>, "progress": <document> }
 * The backup file the damage notice offers (./backup.ts backupDownload) imports too: every kept raw
 * value that reads now (after an update of the site, say) is merged; a backup none of whose values
 * reads is refused with its own reason.
 * Owns: building the file and judging an imported one (size, JSON, format, version, the document
 * through the same migrations and schema as storage). Must not: change anything — the store merges
 * only a file this module accepted.
 */
import { BACKUP_APP } from './backup';
import { mergeDocs } from './doc';
import { decodeDocument, migrateAndValidate, safeJsonParse } from './migrations';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema, type ProgressDoc } from './schema';

/** A bigger file is not ours (a full record is a few hundred KB at most). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function exportFile(doc: ProgressDoc, now: number): string {
	return JSON.stringify(
		{ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, progress: doc },
		null,
		1,
	);
}

export function exportFileName(now: number): string {
	const d = new Date(now);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `zuzhili-progress-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}.json`;
}

/** Why an import was refused: a key into progress.json (`progress.import.error.<reason>`). */
export type ImportError =
	'too-large' | 'not-json' | 'not-ours' | 'newer-version' | 'invalid' | 'backup-unreadable';

export type ImportVerdict = { ok: true; doc: ProgressDoc } | { ok: false; error: ImportError };

export function parseImport(text: string): ImportVerdict {
	if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
	let value: unknown;
	try {
		value = safeJsonParse(text);
	} catch {
		return { ok: false, error: 'not-json' };
	}
	if (typeof value === 'object' && value !== null && 'app' in value && value.app === BACKUP_APP)
		return parseBackupFile(value);
	if (typeof value === 'object' && value !== null && 'format' in value) {
		const f = value as { format: unknown; version: unknown };
		if (f.format === EXPORT_FORMAT && typeof f.version === 'number' && f.version > EXPORT_VERSION)
			return { ok: false, error: 'newer-version' };
	}
	const file = ExportFileSchema.safeParse(value);
	if (!file.success) return { ok: false, error: 'not-ours' };
	const decoded = migrateAndValidate(file.data.progress);
	if (decoded.kind === 'ok') return { ok: true, doc: decoded.doc };
	if (decoded.kind === 'fault' && decoded.reason === 'future-version')
		return { ok: false, error: 'newer-version' };
	if (decoded.kind === 'fault' && decoded.reason === 'foreign')
		return { ok: false, error: 'not-ours' };
	return { ok: false, error: 'invalid' };
}

/** A backup download: merge every entry whose raw value is a valid document today. */
function parseBackupFile(file: object): ImportVerdict {
	const entries =
		'entries' in file && Array.isArray(file.entries) ? (file.entries as unknown[]) : [];
	let doc: ProgressDoc | undefined;
	for (const entry of entries) {
		const raw = typeof entry === 'object' && entry !== null && 'raw' in entry ? entry.raw : null;
		if (typeof raw !== 'string') continue;
		const decoded = decodeDocument(raw);
		if (decoded.kind === 'ok') doc = doc ? mergeDocs(doc, decoded.doc) : decoded.doc;
	}
	return doc ? { ok: true, doc } : { ok: false, error: 'backup-unreadable' };
}
