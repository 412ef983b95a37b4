import { afterEach, describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../src/progress/backup';
import { recordAttempt as recordInDoc } from '../../src/progress/doc';
import { DOC_VERSION, emptyDoc, type ProgressDoc } from '../../src/progress/schema';
import {
	$progress,
	addAssignment,
	BACKUP_KEY,
	backupFile,
	dismissBackups,
	exportProgress,
	getItemStatus,
	importProgress,
	initProgress,
	listAssignments,
	recordAttempt,
	recordCaseEnding,
	recordLessonVisit,
	removeAssignment,
	resetForTests,
	resetProgress,
	setFontSize,
	STORAGE_KEY,
} from '../../src/progress/store';
import { parseImport } from '../../src/progress/transfer';
import { attempt, T0 } from './progress-fixtures';

/** A Storage stand-in; `fail` makes calls throw like private modes or a full quota. */
class FakeStorage {
	map = new Map<string, string>();
	/** 'backup': only the (larger) backup value hits the quota; 'read': reading throws, writing works. */
	fail: 'none' | 'all' | 'quota' | 'backup' | 'read' = 'none';
	getItem(key: string) {
		if (this.fail === 'all' || this.fail === 'read')
			throw new DOMException('blocked', 'SecurityError');
		return this.map.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.fail === 'all') throw new DOMException('blocked', 'SecurityError');
		if (this.fail === 'quota' || (this.fail === 'backup' && key === BACKUP_KEY))
			throw new DOMException('full', 'QuotaExceededError');
		this.map.set(key, value);
	}
	removeItem(key: string) {
		this.map.delete(key);
	}
}

function storedDoc(storage: FakeStorage): ProgressDoc {
	return JSON.parse(storage.map.get(STORAGE_KEY) ?? 'null') as ProgressDoc;
}
function storedBackups(storage: FakeStorage): BackupEntry[] {
	return (JSON.parse(storage.map.get(BACKUP_KEY) ?? 'null') as { entries: BackupEntry[] }).entries;
}

const wrong = () =>
	attempt('practice-coverage', Date.now(), [{ id: 'q1', power: 'coverage', correct: false }]);

afterEach(() => resetForTests());

describe('progress store', () => {
	it('starts empty and writes the versioned document on the first change', () => {
		const storage = new FakeStorage();
		initProgress(storage);
		expect($progress.get()).toMatchObject({ ready: true, health: 'ok' });
		expect(storage.map.has(STORAGE_KEY)).toBe(false);
		expect(recordAttempt(wrong())).toBe(true);
		const stored = storedDoc(storage);
		expect(stored).toMatchObject({ app: 'zuzhili-yanxue', version: DOC_VERSION });
		expect(stored.questions['q1']?.answers).toHaveLength(1);
	});

	it('rejects a malformed attempt and records nothing', () => {
		initProgress(new FakeStorage());
		expect(recordAttempt({ ...wrong(), questions: 'all of them' } as never)).toBe(false);
		expect(
			recordCaseEnding({ caseId: 'Bad Id', endingId: 'x', path: [], finishedAt: Date.now() }),
		).toBe(false);
		expect($progress.get().doc.attempts).toEqual([]);
	});

	it.each([
		['corrupt', '{"app":"zuzhili-yanxue","vers'],
		['wrong-type', '12345'],
		['foreign', '{"user":"someone","cart":[1,2]}'],
		['future-version', JSON.stringify({ ...emptyDoc(T0), version: 99 })],
	])('keeps a %s value as a backup and starts fresh', (reason, raw) => {
		const storage = new FakeStorage();
		storage.map.set(STORAGE_KEY, raw);
		initProgress(storage);
		expect($progress.get().backups).toEqual([expect.objectContaining({ reason, raw })]);
		expect(storedBackups(storage)[0]?.raw).toBe(raw);
		expect(backupFile()?.text).toContain(JSON.stringify(raw).slice(1, 20));
		recordAttempt(wrong());
		expect(storedDoc(storage).app).toBe('zuzhili-yanxue');
		dismissBackups();
		expect($progress.get().backups).toEqual([]);
		expect(storedBackups(storage)[0]?.raw).toBe(raw);
	});

	it('never overwrites an unusable value it could not back up', () => {
		const storage = new FakeStorage();
		storage.map.set(STORAGE_KEY, 'not json');
		storage.fail = 'quota';
		initProgress(storage);
		expect($progress.get()).toMatchObject({ backupsInMemoryOnly: true, health: 'full' });
		recordAttempt(wrong());
		expect(storage.map.get(STORAGE_KEY)).toBe('not json');
		expect($progress.get().doc.attempts).toHaveLength(1);
		expect(backupFile()?.text).toContain('not json');
	});

	it('never overwrites an unreadable value whose backup only reached memory, on any later change', () => {
		const storage = new FakeStorage();
		storage.map.set(STORAGE_KEY, 'not json');
		storage.fail = 'backup';
		initProgress(storage);
		expect($progress.get()).toMatchObject({ backupsInMemoryOnly: true });
		// Every later change re-reads the value; finding it in the in-memory list is not a backup.
		recordAttempt(wrong());
		recordLessonVisit('leadership');
		setFontSize('large');
		expect(storage.map.get(STORAGE_KEY)).toBe('not json');
		expect($progress.get().doc.attempts).toHaveLength(1);
		expect($progress.get().health).not.toBe('ok');
		// Once the backup can be written, the next change backs it up, then saves.
		storage.fail = 'none';
		recordAttempt(attempt('x', Date.now() + 5, [{ id: 'q2', power: 'renewal', correct: true }]));
		expect(storedBackups(storage).map((e) => e.raw)).toEqual(['not json']);
		expect(storedDoc(storage).attempts).toHaveLength(2);
		expect($progress.get()).toMatchObject({ health: 'ok', backupsInMemoryOnly: false });
	});

	it('never overwrites what it could not read, even when writing works', () => {
		const storage = new FakeStorage();
		const saved = JSON.stringify(recordInDoc(emptyDoc(T0), wrong()));
		storage.map.set(STORAGE_KEY, saved);
		storage.fail = 'read';
		initProgress(storage);
		expect($progress.get().health).toBe('unavailable');
		recordAttempt(attempt('x', Date.now() + 5, [{ id: 'q2', power: 'renewal', correct: true }]));
		setFontSize('xlarge');
		resetProgress();
		expect(storage.map.get(STORAGE_KEY)).toBe(saved);
		// Reading works again: the next change merges both.
		storage.fail = 'none';
		recordLessonVisit('leadership');
		expect(storedDoc(storage).attempts.length).toBeGreaterThanOrEqual(1);
		expect(storedDoc(storage).lessons['leadership']).toBeDefined();
	});

	it('keeps working in memory when storage throws', () => {
		const storage = new FakeStorage();
		storage.fail = 'all';
		initProgress(storage);
		expect($progress.get().health).toBe('unavailable');
		recordAttempt(wrong());
		setFontSize('large');
		expect($progress.get().doc.attempts).toHaveLength(1);
		expect($progress.get().doc.settings.fontSize).toBe('large');
	});

	it('reports a full quota and recovers when space returns', () => {
		const storage = new FakeStorage();
		initProgress(storage);
		storage.fail = 'quota';
		recordAttempt(wrong());
		expect($progress.get().health).toBe('full');
		storage.fail = 'none';
		recordAttempt(attempt('x', Date.now() + 5, [{ id: 'q2', power: 'renewal', correct: true }]));
		expect($progress.get().health).toBe('ok');
		expect(storedDoc(storage).attempts).toHaveLength(2);
	});

	it('merges what another tab stored before writing', () => {
		const storage = new FakeStorage();
		initProgress(storage);
		recordAttempt(wrong());
		const other = storedDoc(storage);
		other.lessons['overview'] = { firstVisitedAt: T0, lastVisitedAt: T0, readAt: T0 };
		storage.map.set(STORAGE_KEY, JSON.stringify(other));
		setFontSize('xlarge');
		const stored = storedDoc(storage);
		expect(stored.lessons['overview']?.readAt).toBe(T0);
		expect(stored.attempts).toHaveLength(1);
		expect(stored.settings.fontSize).toBe('xlarge');
	});

	it('adopts a record another tab started after this page loaded, keeping both sides', () => {
		const storage = new FakeStorage();
		initProgress(storage);
		const theirs = recordInDoc(
			emptyDoc(Date.now() + 1000),
			attempt('exam', Date.now() + 2000, [{ id: 'q5', power: 'renewal', correct: true }]),
		);
		storage.map.set(STORAGE_KEY, JSON.stringify(theirs));
		const mine = $progress.get().doc.createdAt;
		recordAttempt(wrong());
		const stored = storedDoc(storage);
		// Two records started apart merge under the older createdAt (every tab picks the same).
		expect(stored.createdAt).toBe(mine);
		expect(stored.attempts.map((a) => a.quizId).sort()).toEqual(['exam', 'practice-coverage']);
	});

	it('follows a reset made in another tab', () => {
		const storage = new FakeStorage();
		initProgress(storage);
		recordAttempt(wrong());
		const resetFrom = storedDoc(storage).createdAt;
		storage.map.set(STORAGE_KEY, JSON.stringify({ ...emptyDoc(Date.now() + 5000), resetFrom }));
		setFontSize('large');
		expect(storedDoc(storage).attempts).toEqual([]);
	});

	it('manages assignments and reports item status', () => {
		initProgress(new FakeStorage());
		addAssignment({
			id: 'week-1',
			title: '第一周',
			items: [{ kind: 'quiz', id: 'practice-coverage' }],
		});
		addAssignment({ id: 'week-2', title: '第二周' });
		removeAssignment('week-2');
		expect(listAssignments().map((a) => a.id)).toEqual(['week-1']);
		expect(listAssignments()[0]?.payload['title']).toBe('第一周');
		expect(getItemStatus({ kind: 'quiz', id: 'practice-coverage' }).state).toBe('todo');
		recordAttempt(wrong());
		expect(getItemStatus({ kind: 'quiz', id: 'practice-coverage' }).state).toBe('started');
	});

	it('exports a file that imports into another browser, and merges by timestamp', () => {
		initProgress(new FakeStorage());
		recordAttempt(wrong());
		const file = exportProgress();
		resetForTests();
		const other = new FakeStorage();
		initProgress(other);
		recordAttempt(
			attempt('exam', Date.now() + 10, [{ id: 'q9', power: 'renewal', correct: true }]),
		);
		expect(importProgress(file.text)).toEqual({ ok: true });
		const doc = $progress.get().doc;
		expect(doc.attempts.map((a) => a.quizId).sort()).toEqual(['exam', 'practice-coverage']);
		expect(storedDoc(other).attempts).toHaveLength(2);
	});

	it('changes nothing when an import is refused', () => {
		const storage = new FakeStorage();
		initProgress(storage);
		recordAttempt(wrong());
		const before = storage.map.get(STORAGE_KEY);
		expect(
			importProgress(
				'{"format":"zuzhili-yanxue-progress","version":1,"exportedAt":1,"progress":{}}',
			),
		).toEqual({ ok: false, error: 'not-ours' });
		expect(importProgress('<script>alert(1)</script>')).toEqual({ ok: false, error: 'not-json' });
		expect(storage.map.get(STORAGE_KEY)).toBe(before);
	});

	it('resets to an empty record but keeps the font size', () => {
		const storage = new FakeStorage();
		initProgress(storage);
		recordAttempt(wrong());
		setFontSize('large');
		resetProgress();
		const stored = storedDoc(storage);
		expect(stored.attempts).toEqual([]);
		expect(stored.settings.fontSize).toBe('large');
	});
});

describe('parseImport()', () => {
	const valid = () => {
		initProgress(new FakeStorage());
		recordAttempt(wrong());
		return exportProgress().text;
	};

	it('accepts our export file', () => {
		expect(parseImport(valid()).ok).toBe(true);
	});

	it('accepts the backup file the notice offers: every kept value that reads now is merged', () => {
		const a = recordInDoc(emptyDoc(T0), attempt('exam', T0 + 10, []));
		const b = recordInDoc(emptyDoc(T0), attempt('daily', T0 + 20, []));
		const storage = new FakeStorage();
		storage.map.set(STORAGE_KEY, JSON.stringify(a).replace('"app"', '"broken'));
		initProgress(storage);
		const broken = backupFile()?.text ?? '';
		expect(parseImport(broken)).toEqual({ ok: false, error: 'backup-unreadable' });
		const file = JSON.parse(broken) as { entries: { at: string; reason: string; raw: string }[] };
		file.entries = [
			{ at: new Date(T0).toISOString(), reason: 'future-version', raw: JSON.stringify(a) },
			{ at: new Date(T0).toISOString(), reason: 'corrupt', raw: '{nope' },
			{ at: new Date(T0).toISOString(), reason: 'invalid', raw: JSON.stringify(b) },
		];
		const verdict = parseImport(JSON.stringify(file));
		expect(verdict.ok && verdict.doc.attempts.map((x) => x.quizId)).toEqual(['exam', 'daily']);
	});

	it('rejects files that are too large, not JSON, not ours, newer or invalid', () => {
		const text = valid();
		expect(parseImport(' '.repeat(6 * 1024 * 1024))).toEqual({ ok: false, error: 'too-large' });
		expect(parseImport(text.slice(0, 40))).toEqual({ ok: false, error: 'not-json' });
		expect(parseImport('{"hello":"world"}')).toEqual({ ok: false, error: 'not-ours' });
		expect(parseImport(text.replace('"version": 1,', '"version": 7,'))).toEqual({
			ok: false,
			error: 'newer-version',
		});
		const file = JSON.parse(text) as { progress: ProgressDoc | Record<string, unknown> };
		((file.progress as ProgressDoc).attempts[0] as unknown as Record<string, unknown>)['score'] =
			'lots';
		expect(parseImport(JSON.stringify(file))).toEqual({ ok: false, error: 'invalid' });
		file.progress = { ...file.progress, app: 'other' };
		expect(parseImport(JSON.stringify(file))).toEqual({ ok: false, error: 'not-ours' });
		// Prototype keys are dropped (no record may carry one), the rest of the file imports.
		const hostile = parseImport(text.replace('"lessons": {}', '"lessons": {"__proto__": {}}'));
		expect(hostile.ok).toBe(true);
		expect(hostile.ok && Object.keys(hostile.doc.lessons)).toEqual([]);
	});
});
