import { afterEach, describe, expect, it } from 'vitest';
import { createStoreRepository } from '../../src/instructor/assignment-repo';
import type { Assignment } from '../../src/instructor/codec';
import { addAssignment, initProgress, resetForTests, STORAGE_KEY } from '../../src/progress/store';

/** A Storage stand-in; `fail` makes every call throw like a blocked private mode. */
class MemoryStorage {
	data = new Map<string, string>();
	fail = false;
	getItem(k: string) {
		if (this.fail) throw new DOMException('blocked', 'SecurityError');
		return this.data.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		if (this.fail) throw new DOMException('blocked', 'SecurityError');
		this.data.set(k, v);
	}
	removeItem(k: string) {
		this.data.delete(k);
	}
}

const assignment = (id: string): Assignment => ({
	id,
	className: `班级${id}`,
	note: '',
	due: null,
	passMark: 60,
	items: ['lesson:leadership'],
	createdAt: 1_795_000_000_000,
});

afterEach(() => resetForTests());

describe('createStoreRepository()', () => {
	it('keeps several accepted assignments in the progress document, newest first, and removes one', async () => {
		const storage = new MemoryStorage();
		initProgress(storage);
		const repo = createStoreRepository();
		repo.accept(assignment('aaaaaa'));
		await new Promise((r) => setTimeout(r, 5));
		repo.accept(assignment('bbbbbb'));
		expect(repo.list().map((e) => e.assignment.id)).toEqual(['bbbbbb', 'aaaaaa']);
		expect(repo.list()[1]?.assignment.className).toBe('班级aaaaaa');
		repo.remove('bbbbbb');
		expect(repo.list().map((e) => e.assignment.id)).toEqual(['aaaaaa']);
		expect(storage.getItem(STORAGE_KEY)).toContain('a1.');
		expect(repo.persistent).toBe(true);
	});

	it('does not show a record whose code no longer decodes, and keeps it in storage', () => {
		const storage = new MemoryStorage();
		initProgress(storage);
		addAssignment({ id: 'broken', code: 'a1.<script>' });
		const repo = createStoreRepository();
		expect(repo.list()).toEqual([]);
		expect(storage.getItem(STORAGE_KEY)).toContain('a1.<script>');
	});

	it('tells subscribers about changes', () => {
		initProgress(new MemoryStorage());
		const repo = createStoreRepository();
		let calls = 0;
		const off = repo.subscribe(() => calls++);
		repo.accept(assignment('cccccc'));
		off();
		repo.remove('cccccc');
		expect(calls).toBe(1);
	});

	it('still works in memory when storage is blocked, and says so', () => {
		const storage = new MemoryStorage();
		storage.fail = true;
		initProgress(storage);
		const repo = createStoreRepository();
		repo.accept(assignment('dddddd'));
		expect(repo.list().map((e) => e.assignment.id)).toEqual(['dddddd']);
		expect(repo.persistent).toBe(false);
	});
});
