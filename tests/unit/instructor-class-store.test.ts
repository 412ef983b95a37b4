/**
 * Saved classes (src/instructor/class-store.ts): survive a reload, several classes, corrupt storage kept
 * aside, blocked or full storage reported, class files round-trip and a bad file changes nothing.
 */
import { describe, expect, it } from 'vitest';
import {
	addClass,
	CLASSES_BACKUP_KEY,
	CLASSES_KEY,
	classFile,
	EMPTY_BOOK,
	openShelf,
	parseClassFile,
	removeClass,
	updateClass,
} from '../../src/instructor/class-store';
import { createStorage } from '../../src/progress/storage';

function memoryBackend(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k),
	};
}
const fields = {
	className: '村书记培训一班',
	assignmentName: '开班前自学',
	assignmentCode: null,
	passMark: null,
	codes: ['r1.abc.00000000'],
};

describe('class book', () => {
	it('keeps several classes across a reload, updates and removes them', () => {
		const backend = memoryBackend();
		const shelf = openShelf(createStorage(backend));
		expect(shelf.book).toEqual(EMPTY_BOOK);
		const one = addClass(shelf.book, fields, 1000);
		const two = addClass(one.book, { ...fields, className: '社区书记二班' }, 2000);
		expect(shelf.save(two.book)).toBe('ok');
		const again = openShelf(createStorage(backend));
		expect(again.book.classes.map((c) => c.className)).toEqual(['村书记培训一班', '社区书记二班']);
		const later = updateClass(again.book, one.id, { codes: ['a', 'b'] }, 3000);
		expect(later.classes[0]).toMatchObject({ codes: ['a', 'b'], updatedAt: 3000, createdAt: 1000 });
		expect(removeClass(later, one.id).classes.map((c) => c.id)).toEqual([two.id]);
	});
	it('keeps a corrupt stored book aside and starts empty with a notice', () => {
		const backend = memoryBackend({ [CLASSES_KEY]: '{"v":1,"classes":[{"id":"<x>"}]}' });
		const shelf = openShelf(createStorage(backend));
		expect(shelf.notice).toBe('corrupt');
		expect(shelf.book).toEqual(EMPTY_BOOK);
		expect(backend.data.get(CLASSES_BACKUP_KEY)).toBe('{"v":1,"classes":[{"id":"<x>"}]}');
		shelf.save(addClass(shelf.book, fields, 1).book);
		// A later corrupt value does not overwrite the first one kept aside.
		backend.data.set(CLASSES_KEY, 'not json');
		openShelf(createStorage(backend));
		expect(backend.data.get(CLASSES_BACKUP_KEY)).toBe('{"v":1,"classes":[{"id":"<x>"}]}');
	});
	it('says when storage is blocked or full, and keeps the classes in memory', () => {
		const blocked = openShelf(createStorage(null));
		expect(blocked.notice).toBe('unavailable');
		const full = memoryBackend();
		full.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		const shelf = openShelf(createStorage(full));
		const next = addClass(shelf.book, fields, 1).book;
		expect(shelf.save(next)).toBe('full');
		expect(shelf.book.classes).toHaveLength(1);
	});
});

describe('class files', () => {
	const saved = addClass(EMPTY_BOOK, fields, 1).book.classes[0]!;
	it('round-trip', () => {
		expect(parseClassFile(classFile(saved))).toEqual({ ok: true, value: fields });
		expect(parseClassFile(`\uFEFF${classFile(saved)}`).ok).toBe(true);
	});
	it('refuse anything else with a reason', () => {
		expect(parseClassFile('hello')).toEqual({ ok: false, reason: 'not-json' });
		expect(parseClassFile('{"a":1}')).toEqual({ ok: false, reason: 'not-class' });
		const file = JSON.parse(classFile(saved)) as Record<string, unknown>;
		for (const bad of [
			{ ...file, className: '' },
			{ ...file, className: '一\u200b班' },
			{ ...file, codes: ['x'.repeat(1201)] },
			{ ...file, passMark: 101 },
			{ ...file, extra: 1 },
			{ ...file, v: 2 },
		])
			expect(parseClassFile(JSON.stringify(bad))).toEqual({ ok: false, reason: 'content' });
		expect(parseClassFile(' '.repeat(2_000_001))).toEqual({ ok: false, reason: 'too-big' });
	});
});
