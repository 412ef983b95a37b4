import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	addRecent,
	clearRecent,
	MAX_RECENT,
	readRecent,
	RECENT_KEY,
} from '../../src/search/recent-searches';

function memoryStorage(): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		clear: () => map.clear(),
		getItem: (k) => map.get(k) ?? null,
		key: (i) => [...map.keys()][i] ?? null,
		removeItem: (k) => void map.delete(k),
		setItem: (k, v) => void map.set(k, v),
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('recent searches', () => {
	it('keeps the newest first, without duplicates, up to the limit', () => {
		vi.stubGlobal('localStorage', memoryStorage());
		for (let i = 0; i < MAX_RECENT + 2; i++) addRecent(`查询${i}`);
		addRecent('查询3');
		const list = readRecent();
		expect(list[0]).toBe('查询3');
		expect(list).toHaveLength(MAX_RECENT);
		expect(new Set(list).size).toBe(list.length);
	});

	it('ignores empty and very long queries', () => {
		vi.stubGlobal('localStorage', memoryStorage());
		addRecent('   ');
		addRecent('长'.repeat(500));
		expect(readRecent()).toEqual([]);
	});

	it('treats corrupt or foreign stored data as no recent searches', () => {
		const storage = memoryStorage();
		vi.stubGlobal('localStorage', storage);
		for (const raw of ['{', '{"a":1}', '[1,null,{}]', '"text"']) {
			storage.setItem(RECENT_KEY, raw);
			expect(readRecent()).toEqual([]);
		}
		storage.setItem(RECENT_KEY, '["软弱涣散", 3]');
		expect(readRecent()).toEqual(['软弱涣散']);
		clearRecent();
		expect(storage.getItem(RECENT_KEY)).toBeNull();
	});

	it('keeps working when storage throws (blocked or full)', () => {
		const throwing = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {
				throw new Error('SecurityError');
			},
		};
		vi.stubGlobal('localStorage', throwing);
		expect(readRecent()).toEqual([]);
		expect(addRecent('党建联盟')).toEqual(['党建联盟']);
		expect(() => clearRecent()).not.toThrow();
	});
});
