/**
 * An import dated in the future must not push real work out (issue 21 item 4): files with times
 * beyond a small clock skew are refused, the newest real attempt is never the one evicted, and an
 * assignment's quiz stays done even after its attempts have been evicted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotOf } from '../../src/instructor/progress-source';
import { itemProgress } from '../../src/instructor/status';
import { MAX_ATTEMPTS, recordAttempt as recordInDoc } from '../../src/progress/doc';
import { emptyDoc, type ProgressDoc } from '../../src/progress/schema';
import {
	$progress,
	exportProgress,
	importProgress,
	initProgress,
	recordAttempt,
	resetForTests,
} from '../../src/progress/store';
import { exportFile, MAX_CLOCK_SKEW_MS, parseImport } from '../../src/progress/transfer';
import { attempt, DAY, MemoryStorage } from './progress-fixtures';

const Y2099 = Date.UTC(2099, 0, 1);

function withAttempts(start: number, n: number, quizId = 'practice-renewal'): ProgressDoc {
	let doc = emptyDoc(Math.min(start, Date.now()));
	for (let i = 0; i < n; i++)
		doc = recordInDoc(
			doc,
			attempt(quizId, start + i * 1000, [{ id: `f${i}`, power: 'renewal', correct: true }]),
		);
	return doc;
}

afterEach(() => resetForTests());

describe('importing dates in the future', () => {
	it('refuses a file with attempts dated 2099, and changes nothing', () => {
		const now = Date.now();
		const text = exportFile(withAttempts(Y2099, MAX_ATTEMPTS), now);
		expect(parseImport(text, now)).toEqual({ ok: false, error: 'future-dates' });
		initProgress(new MemoryStorage());
		recordAttempt(attempt('exam', now, [{ id: 'q1', power: 'coverage', correct: true }]));
		expect(importProgress(text)).toEqual({ ok: false, error: 'future-dates' });
		expect($progress.get().doc.attempts.map((a) => a.quizId)).toEqual(['exam']);
	});

	it('accepts a clock a little ahead (within the skew)', () => {
		const now = Date.now();
		const text = exportFile(withAttempts(now + MAX_CLOCK_SKEW_MS / 2, 3), now);
		expect(parseImport(text, now).ok).toBe(true);
		expect(MAX_CLOCK_SKEW_MS).toBeLessThanOrEqual(DAY);
	});

	it('round-trips its own export', () => {
		initProgress(new MemoryStorage());
		recordAttempt(attempt('exam', Date.now(), [{ id: 'q1', power: 'coverage', correct: true }]));
		expect(parseImport(exportProgress().text).ok).toBe(true);
	});
});

describe('eviction', () => {
	it('never evicts the attempt being recorded because of attempts dated in the future', () => {
		const now = Date.now();
		const doc = recordInDoc(
			withAttempts(Y2099, MAX_ATTEMPTS),
			attempt('exam', now, [{ id: 'q1', power: 'coverage', correct: true }]),
		);
		expect(doc.attempts).toHaveLength(MAX_ATTEMPTS);
		expect(doc.attempts.some((a) => a.quizId === 'exam')).toBe(true);
	});

	it('an assignment quiz stays done after its attempts were evicted', () => {
		const now = Date.now();
		let doc = recordInDoc(
			emptyDoc(now - 10 * DAY),
			attempt('practice-coverage', now - 9 * DAY, [{ id: 'q1', power: 'coverage', correct: true }]),
		);
		doc = { ...doc, attempts: [] };
		expect(itemProgress('quiz:practice-coverage', snapshotOf(doc), 60)).toMatchObject({
			status: 'done',
			score: 100,
		});
	});
});
