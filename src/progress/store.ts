/**
 * The progress store: the one owner of the learner's saved state. Pages and islands subscribe to
 * `$progress` (nanostores) and call the functions below; nothing else touches localStorage.
 *
 * Storage (documented here, shapes in ./schema.ts and ./backup.ts):
 *   STORAGE_KEY `zuzhili-yanxue:progress`         the progress document, JSON, `{ app, version, … }`
 *   BACKUP_KEY  `zuzhili-yanxue:progress-backup`  values under STORAGE_KEY we could not use, kept raw
 *   (the pre-paint script in ./font-size-boot.ts only reads `settings.fontSize` from STORAGE_KEY)
 *
 * Lifecycle: `initProgress()` (idempotent, on every page) reads and validates STORAGE_KEY through
 * ./migrations.ts. Nothing stored → an empty document, written on the first change. A value we cannot
 * use (corrupt JSON, wrong type, future version, a foreign app's value, failed validation) → it is
 * added to BACKUP_KEY first; STORAGE_KEY may be overwritten only while that exact value is durably in
 * BACKUP_KEY (a copy in this page's memory does not count: it dies with the page), else the store
 * stays in memory, leaves the value alone and retries the backup on the next change. A read that
 * throws never leads to a write either: what could not be read is never overwritten. Every change
 * re-reads STORAGE_KEY and merges
 * it (./doc.ts mergeDocs) before writing, and the `storage` event merges changes from other tabs and
 * writes the merge back when the other tab's write lacked something (two tabs writing at once from
 * stale reads), so concurrent tabs lose nothing; a reset (new `createdAt`, `resetFrom` = the record
 * it replaced) replaces instead. Storage that throws or is
 * full → the store keeps working in memory, `health` says so and the notice tells the learner.
 * Migrations: ./migrations.ts (the document carries `version`; newer versions are never downgraded).
 *
 * Also listens for the quiz engine's `zuzhili:attempt` CustomEvent (detail: AttemptResult).
 */
import { atom } from 'nanostores';
import type { AttemptResult } from '../quiz/attempt';
import { ATTEMPT_EVENT } from '../quiz/attempt-sink';
import {
	addBackup,
	backupDownload,
	decodeBackups,
	encodeBackups,
	type BackupEntry,
} from './backup';
import * as ops from './doc';
import { itemStatus, type AssignmentItem, type ItemStatus } from './derive';
import { decodeDocument } from './migrations';
import {
	AttemptSchema,
	CaseEndingSchema,
	emptyDoc,
	isAssignmentId,
	isRecordId,
	type AssignmentRecord,
	type CaseEnding,
	type FontSize,
	type ProgressDoc,
} from './schema';
import { createStorage, type ProgressStorage, type StorageHealth } from './storage';
import { exportFile, exportFileName, parseImport, type ImportError } from './transfer';

/** The progress document. */
export const STORAGE_KEY = 'zuzhili-yanxue:progress';
/** Unusable values found under STORAGE_KEY, kept for the learner to download. */
export const BACKUP_KEY = 'zuzhili-yanxue:progress-backup';

export interface ProgressState {
	doc: ProgressDoc;
	/** Whether changes reach storage: 'ok', or in memory only ('unavailable' / 'full'). */
	health: StorageHealth;
	/** Backups the learner has not dismissed yet. */
	backups: BackupEntry[];
	/** Backups exist only in memory (they could not be written to BACKUP_KEY). */
	backupsInMemoryOnly: boolean;
	/** False until initProgress() has read storage (render nothing learner-specific before). */
	ready: boolean;
}

export const $progress = atom<ProgressState>({
	doc: emptyDoc(Date.now()),
	health: 'ok',
	backups: [],
	backupsInMemoryOnly: false,
	ready: false,
});

let storage: ProgressStorage = createStorage(null);
let allBackups: BackupEntry[] = [];
/** Raw values known to be in BACKUP_KEY in storage (not only in this page's memory). */
let durableBackups = new Set<string>();
let started = false;

function set(patch: Partial<ProgressState>): void {
	$progress.set({ ...$progress.get(), ...patch });
}

function publishBackups(inMemoryOnly: boolean): void {
	set({ backups: allBackups.filter((e) => !e.dismissed), backupsInMemoryOnly: inMemoryOnly });
}

function markDurable(entries: readonly BackupEntry[]): void {
	durableBackups = new Set(entries.map((e) => e.raw));
}

/** Keep an unusable raw value (once) and try to store the list. Returns whether it is durable. */
function keepBackup(raw: string, reason: BackupEntry['reason'], now: number): boolean {
	if (durableBackups.has(raw)) return true;
	if (!allBackups.some((e) => e.raw === raw))
		allBackups = addBackup(allBackups, { at: now, reason, raw, dismissed: false });
	const result = storage.write(BACKUP_KEY, encodeBackups(allBackups));
	if (result.ok) markDurable(allBackups);
	publishBackups(!result.ok);
	return result.ok;
}

/**
 * What STORAGE_KEY holds: a valid document, nothing we must keep ('none': empty, or an unusable
 * value that is durably backed up), or something we must not overwrite ('keep': it could not be
 * read, or it is unusable and its backup could not be stored).
 */
type Stored = { kind: 'doc'; doc: ProgressDoc } | { kind: 'none' } | { kind: 'keep' };

function readStored(now: number): Stored {
	const read = storage.read(STORAGE_KEY);
	if (!read.ok) return { kind: 'keep' };
	const decoded = decodeDocument(read.value);
	if (decoded.kind === 'ok') return { kind: 'doc', doc: decoded.doc };
	if (decoded.kind === 'empty' || read.value === null) return { kind: 'none' };
	return keepBackup(read.value, decoded.reason, now) ? { kind: 'none' } : { kind: 'keep' };
}

/** Show `doc` and save it, unless what is stored must be kept (then only in memory). */
function write(doc: ProgressDoc, stored: Stored): void {
	if (stored.kind === 'keep') {
		set({ doc, health: storage.probe() === 'full' ? 'full' : 'unavailable' });
		return;
	}
	const result = storage.write(STORAGE_KEY, JSON.stringify(doc));
	set({ doc, health: result.health });
}

/** Whether `newer` is a reset that replaced `older`'s record (or a record that followed it). */
function replaced(newer: ProgressDoc, older: ProgressDoc): boolean {
	return newer.resetFrom !== undefined && newer.resetFrom >= older.createdAt;
}

/**
 * Combine this page's document with the stored one. Same record (createdAt): merge. Different
 * records: if the newer one is a reset of the older (`resetFrom`), the reset wins; otherwise two
 * tabs each started a record before either was stored — merge them under the older createdAt, so
 * every tab arrives at the same record.
 */
function reconcile(mine: ProgressDoc, stored: ProgressDoc): ProgressDoc {
	if (stored.createdAt === mine.createdAt) return ops.mergeDocs(mine, stored);
	const [older, newer] = stored.createdAt < mine.createdAt ? [stored, mine] : [mine, stored];
	return replaced(newer, older) ? newer : ops.mergeDocs(older, newer);
}

/** Apply a change: merge what another tab may have stored meanwhile, then write. */
function commit(change: (doc: ProgressDoc, now: number) => ProgressDoc): void {
	initProgress();
	const now = Date.now();
	const stored = readStored(now);
	const mine = $progress.get().doc;
	write(change(stored.kind === 'doc' ? reconcile(mine, stored.doc) : mine, now), stored);
}

function onStorage(event: StorageEvent): void {
	if (event.key === BACKUP_KEY) {
		allBackups = decodeBackups(event.newValue, Date.now());
		markDurable(allBackups);
		publishBackups(false);
		return;
	}
	if (event.key !== STORAGE_KEY || event.newValue === null) return;
	const stored = readStored(Date.now());
	if (stored.kind !== 'doc') return;
	const merged = reconcile($progress.get().doc, stored.doc);
	// Another tab wrote without something this page has (both wrote at once, each from a stale
	// read): write the merge back. Merges are order-independent, so the tabs agree and stop.
	if (ops.sameContent(merged, stored.doc)) set({ doc: merged });
	else write(merged, stored);
}

function onAttemptEvent(event: Event): void {
	if (event instanceof CustomEvent) recordAttempt(event.detail as AttemptResult);
}

/** Read storage once per page and start listening (other tabs, the quiz engine). Idempotent. */
export function initProgress(backend?: Parameters<typeof createStorage>[0]): void {
	if (started) return;
	started = true;
	storage = createStorage(backend);
	const now = Date.now();
	const backupRead = storage.read(BACKUP_KEY);
	allBackups = backupRead.ok ? decodeBackups(backupRead.value, now) : [];
	markDurable(backupRead.ok && backupRead.value !== null ? allBackups : []);
	publishBackups(false);
	const stored = readStored(now);
	const doc = stored.kind === 'doc' ? stored.doc : emptyDoc(now);
	const health: StorageHealth =
		stored.kind === 'keep'
			? storage.probe() === 'full'
				? 'full'
				: 'unavailable'
			: storage.probe();
	set({ doc, health, ready: true });
	if (typeof window !== 'undefined') {
		window.addEventListener('storage', onStorage);
		window.addEventListener(ATTEMPT_EVENT, onAttemptEvent);
	}
}

/** For unit tests: forget everything and stop listening. */
export function resetForTests(): void {
	if (typeof window !== 'undefined') {
		window.removeEventListener('storage', onStorage);
		window.removeEventListener(ATTEMPT_EVENT, onAttemptEvent);
	}
	started = false;
	durableBackups = new Set();
	allBackups = [];
	storage = createStorage(null);
	$progress.set({
		doc: emptyDoc(Date.now()),
		health: 'ok',
		backups: [],
		backupsInMemoryOnly: false,
		ready: false,
	});
}

// ——— Recording (the sinks the quiz engine, lessons and case studies call) ———

/** Record one quiz attempt. Returns false (and records nothing) if the result is malformed. */
export function recordAttempt(result: AttemptResult): boolean {
	const parsed = AttemptSchema.safeParse(result);
	if (!parsed.success) return false;
	commit((doc) => ops.recordAttempt(doc, parsed.data));
	return true;
}

/** Record a case study's ending. Returns false if malformed. */
export function recordCaseEnding(ending: CaseEnding): boolean {
	const parsed = CaseEndingSchema.safeParse(ending);
	if (!parsed.success) return false;
	commit((doc) => ops.recordCaseEnding(doc, parsed.data));
	return true;
}

/** A lesson page was opened (`location` makes it the dashboard's 继续学习 target). */
export function recordLessonVisit(
	lessonId: string,
	location?: { path: string; title: string },
): void {
	if (!isRecordId(lessonId)) return;
	commit((doc, now) => ops.recordLessonVisit(doc, lessonId, now, location));
}

/** The lesson's end marker scrolled into view. */
export function markLessonRead(lessonId: string): void {
	if (!isRecordId(lessonId)) return;
	commit((doc, now) => ops.markLessonRead(doc, lessonId, now));
}

// ——— Assignments (the instructor tools' API) ———

/**
 * Accept (or update) an assignment; the instructor tools validate `payload` themselves. Returns false
 * (and records nothing) for an id that may not key a record (e.g. `constructor`).
 */
export function addAssignment(assignment: { id: string } & Record<string, unknown>): boolean {
	if (!isAssignmentId(assignment.id)) return false;
	commit((doc, now) => ops.addAssignment(doc, assignment, now));
	return true;
}

export function removeAssignment(id: string): void {
	if (!isAssignmentId(id)) return;
	commit((doc, now) => ops.removeAssignment(doc, id, now));
}

/** Accepted assignments that were not removed, newest first. */
export function listAssignments(doc: ProgressDoc = $progress.get().doc): AssignmentRecord[] {
	return Object.values(doc.assignments)
		.filter((a) => a.removedAt === undefined)
		.sort((a, b) => b.acceptedAt - a.acceptedAt);
}

/** Status of a lesson, quiz set or case study for an assignment's checklist. */
export function getItemStatus(item: AssignmentItem, doc = $progress.get().doc): ItemStatus {
	return itemStatus(doc, item);
}

// ——— Settings ———

export function setFontSize(fontSize: FontSize): void {
	commit((doc, now) => ops.setFontSize(doc, fontSize, now));
}

// ——— Export, import, reset, backups ———

export function exportProgress(): { fileName: string; text: string } {
	const now = Date.now();
	return { fileName: exportFileName(now), text: exportFile($progress.get().doc, now) };
}

/** Merge an export file into the current progress. Nothing changes unless the file is valid. */
export function importProgress(text: string): { ok: true } | { ok: false; error: ImportError } {
	const verdict = parseImport(text);
	if (!verdict.ok) return verdict;
	commit((doc) => ops.mergeDocs(doc, verdict.doc));
	return { ok: true };
}

/** Start a new, empty record (the caller has asked the learner to confirm). Backups are kept. */
export function resetProgress(): void {
	initProgress();
	const stored = readStored(Date.now());
	const mine = $progress.get().doc;
	const resetFrom = Math.max(mine.createdAt, stored.kind === 'doc' ? stored.doc.createdAt : 0);
	const now = Math.max(Date.now(), resetFrom + 1);
	// What could not be read is not reset: without `resetFrom`, it merges back once it reads.
	const reset = stored.kind === 'keep' ? emptyDoc(now) : { ...emptyDoc(now), resetFrom };
	write({ ...reset, settings: mine.settings }, stored);
}

/** The backup download offered in the notice, or null when there is nothing kept. */
export function backupFile(): { fileName: string; text: string } | null {
	const entries = allBackups.filter((e) => !e.dismissed);
	if (entries.length === 0) return null;
	return { fileName: 'zuzhili-progress-backup.json', text: backupDownload(entries) };
}

/** The learner has seen the notice: hide it (the backup itself is kept). */
export function dismissBackups(): void {
	allBackups = allBackups.map((e) => ({ ...e, dismissed: true }));
	const result = storage.write(BACKUP_KEY, encodeBackups(allBackups));
	if (result.ok) markDurable(allBackups);
	publishBackups(!result.ok);
}

// ——— Parts of the document owned by other modules ———

/**
 * Apply a pure change to the document (merged with storage first, like every change here). For
 * modules that own a part of the document and its rules: ./in-progress.ts.
 */
export function applyChange(change: (doc: ProgressDoc, now: number) => ProgressDoc): void {
	commit(change);
}
