import { describe, expect, it } from 'vitest';
import { ASSIGNMENTS_KEY, createLocalRepository } from '../../src/instructor/assignment-repo';
import type { Assignment } from '../../src/instructor/codec';

class MemoryStorage {
	data = new Map<string, string>();
	getItem(k: string) {
		return this.data.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		this.data.set(k, v);
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

describe('createLocalRepository()', () => {
	it('keeps several accepted assignments, newest first, and removes one', () => {
		const storage = new MemoryStorage();
		const repo = createLocalRepository(() => storage as unknown as Storage);
		repo.accept(assignment('aaaaaa'), 1000);
		repo.accept(assignment('bbbbbb'), 2000);
		expect(repo.list().map((e) => e.assignment.id)).toEqual(['bbbbbb', 'aaaaaa']);
		repo.accept(assignment('aaaaaa'), 3000);
		expect(repo.list().find((e) => e.assignment.id === 'aaaaaa')?.acceptedAt).toBe(1000);
		repo.remove('bbbbbb');
		expect(repo.list().map((e) => e.assignment.id)).toEqual(['aaaaaa']);
		expect(storage.getItem(ASSIGNMENTS_KEY)).toContain('a1.');
	});
	it('validates stored entries like links and keeps unreadable data aside', () => {
		const storage = new MemoryStorage();
		const raw = JSON.stringify({ v: 1, list: [{ code: 'a1.<script>', acceptedAt: 1 }] });
		storage.setItem(ASSIGNMENTS_KEY, raw);
		const repo = createLocalRepository(() => storage as unknown as Storage);
		expect(repo.list()).toEqual([]);
		expect(storage.getItem(`${ASSIGNMENTS_KEY}.bad`)).toBe(raw);
	});
	it('falls back to memory when storage throws, and says so', () => {
		const repo = createLocalRepository(() => {
			throw new Error('SecurityError');
		});
		repo.accept(assignment('cccccc'), 1);
		expect(repo.list()).toHaveLength(1);
		expect(repo.persistent).toBe(false);
	});
});
