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
import { MAX_CLOCK_SKEW_MS, mergeDocs } from './doc';
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
	| 'too-large'
	| 'not-json'
	| 'not-ours'
	| 'newer-version'
	| 'invalid'
	| 'backup-unreadable'
	| 'future-dates';

export { MAX_CLOCK_SKEW_MS };

/** The latest time anywhere in a document (every field that holds one). */
export function latestTime(doc: ProgressDoc): number {
	const times: number[] = [doc.createdAt, doc.updatedAt, doc.settings.updatedAt];
	if (doc.resetFrom !== undefined) times.push(doc.resetFrom);
	if (doc.lastLocation) times.push(doc.lastLocation.at);
	for (const l of Object.values(doc.lessons))
		times.push(l.firstVisitedAt, l.lastVisitedAt, l.readAt ?? 0, l.quizPassedAt ?? 0);
	for (const a of doc.attempts) times.push(a.startedAt, a.finishedAt);
	for (const q of Object.values(doc.quizzes)) times.push(q.lastAt, q.passedAt ?? 0);
	for (const q of Object.values(doc.questions)) for (const a of q.answers) times.push(a.at);
	for (const c of doc.cases) times.push(c.finishedAt);
	for (const a of Object.values(doc.assignments))
		times.push(a.acceptedAt, a.updatedAt, a.removedAt ?? 0);
	const lastDay = doc.days.at(-1);
	if (lastDay) times.push(Date.parse(`${lastDay}T00:00:00Z`) - MAX_CLOCK_SKEW_MS);
	return times.reduce((m, t) => Math.max(m, t), 0);
}

/** A document from the file, unless it holds times later than this device's clock allows. */
function judged(doc: ProgressDoc, now: number): ImportVerdict {
	return latestTime(doc) > now + MAX_CLOCK_SKEW_MS
		? { ok: false, error: 'future-dates' }
		: { ok: true, doc };
}

export type ImportVerdict = { ok: true; doc: ProgressDoc } | { ok: false; error: ImportError };

/**
 * Judge an import file. Times later than `now` plus MAX_CLOCK_SKEW_MS are refused: attempts dated
 * 2099 would otherwise outrank every real attempt when old ones are evicted.
 */
export function parseImport(text: string, now: number = Date.now()): ImportVerdict {
	if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
	let value: unknown;
	try {
		value = safeJsonParse(text);
	} catch {
		return { ok: false, error: 'not-json' };
	}
	if (typeof value === 'object' && value !== null && 'app' in value && value.app === BACKUP_APP)
		return parseBackupFile(value, now);
	if (typeof value === 'object' && value !== null && 'format' in value) {
		const f = value as { format: unknown; version: unknown };
		if (f.format === EXPORT_FORMAT && typeof f.version === 'number' && f.version > EXPORT_VERSION)
			return { ok: false, error: 'newer-version' };
	}
	const file = ExportFileSchema.safeParse(value);
	if (!file.success) return { ok: false, error: 'not-ours' };
	const decoded = migrateAndValidate(file.data.progress);
	// Dates are judged last: a file that is not a valid record says so first.
	if (decoded.kind === 'ok')
		return file.data.exportedAt > now + MAX_CLOCK_SKEW_MS
			? { ok: false, error: 'future-dates' }
			: judged(decoded.doc, now);
	if (decoded.kind === 'fault' && decoded.reason === 'future-version')
		return { ok: false, error: 'newer-version' };
	if (decoded.kind === 'fault' && decoded.reason === 'foreign')
		return { ok: false, error: 'not-ours' };
	return { ok: false, error: 'invalid' };
}

/** A backup download: merge every entry whose raw value is a valid document today. */
function parseBackupFile(file: object, now: number): ImportVerdict {
	const entries =
		'entries' in file && Array.isArray(file.entries) ? (file.entries as unknown[]) : [];
	let doc: ProgressDoc | undefined;
	for (const entry of entries) {
		const raw = typeof entry === 'object' && entry !== null && 'raw' in entry ? entry.raw : null;
		if (typeof raw !== 'string') continue;
		const decoded = decodeDocument(raw);
		if (decoded.kind === 'ok') doc = doc ? mergeDocs(doc, decoded.doc) : decoded.doc;
	}
	return doc ? judged(doc, now) : { ok: false, error: 'backup-unreadable' };
}
