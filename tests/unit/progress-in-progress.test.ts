import { afterEach, describe, expect, it } from 'vitest';
import { mergeDocs } from '../../src/progress/doc';
import {
	clearInProgress,
	loadInProgress,
	MAX_AGE_MS,
	MAX_RECORDS,
	saveInProgress,
} from '../../src/progress/in-progress';
import {
	mergeInProgress,
	readInProgress,
	withInProgress,
	withoutInProgress,
} from '../../src/progress/in-progress-rules';
import { decodeDocument } from '../../src/progress/migrations';
import { DOC_VERSION, emptyDoc } from '../../src/progress/schema';
import { $progress, initProgress, resetForTests, STORAGE_KEY } from '../../src/progress/store';
import { T0 } from './progress-fixtures';

class MapStorage {
	map = new Map<string, string>();
	getItem(key: string) {
		return this.map.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.map.set(key, value);
	}
	removeItem(key: string) {
		this.map.delete(key);
	}
}

const asDraft = (d: unknown) =>
	typeof d === 'object' && d !== null && typeof (d as { n?: unknown }).n === 'number'
		? (d as { n: number })
		: undefined;

afterEach(() => resetForTests());

describe('in-progress records (pure rules)', () => {
	it('reads back what was saved, validated by the owner', () => {
		const doc = withInProgress(emptyDoc(T0), 'quiz:exam', { n: 3 }, T0 + 5);
		expect(readInProgress(doc, 'quiz:exam', asDraft)).toEqual({
			data: { n: 3 },
			updatedAt: T0 + 5,
		});
		// The owner rejects a shape it does not know: nothing to resume, never a crash.
		const bad = withInProgress(emptyDoc(T0), 'quiz:exam', { n: 'x' }, T0);
		expect(readInProgress(bad, 'quiz:exam', asDraft)).toBeUndefined();
		const throws = () => {
			throw new Error('bad');
		};
		expect(readInProgress(doc, 'quiz:exam', throws)).toBeUndefined();
		expect(readInProgress(doc, 'quiz:daily', asDraft)).toBeUndefined();
	});

	it('a clear is a tombstone that wins a merge with an older copy', () => {
		const saved = withInProgress(emptyDoc(T0), 'quiz:exam', { n: 1 }, T0 + 10);
		const cleared = withoutInProgress(saved, 'quiz:exam', T0 + 20);
		expect(readInProgress(cleared, 'quiz:exam', asDraft)).toBeUndefined();
		expect(readInProgress(mergeDocs(cleared, saved), 'quiz:exam', asDraft)).toBeUndefined();
		expect(readInProgress(mergeDocs(saved, cleared), 'quiz:exam', asDraft)).toBeUndefined();
		// A later save after the clear wins again.
		const again = withInProgress(cleared, 'quiz:exam', { n: 2 }, T0 + 30);
		expect(mergeInProgress(cleared.inProgress, again.inProgress)['quiz:exam']?.data).toEqual({
			n: 2,
		});
	});

	it('drops records older than 30 days and keeps at most MAX_RECORDS', () => {
		let doc = withInProgress(emptyDoc(T0), 'quiz:old', { n: 0 }, T0);
		doc = withInProgress(doc, 'quiz:new', { n: 1 }, T0 + MAX_AGE_MS + 1);
		expect(Object.keys(doc.inProgress)).toEqual(['quiz:new']);
		for (let i = 0; i < MAX_RECORDS + 5; i++)
			doc = withInProgress(doc, `case:c${i}`, { n: i }, T0 + MAX_AGE_MS + 10 + i);
		expect(Object.keys(doc.inProgress)).toHaveLength(MAX_RECORDS);
		expect(doc.inProgress['case:c0']).toBeUndefined();
	});
});

describe('document version 2', () => {
	it('migrates a version 1 document by adding an empty inProgress', () => {
		const { inProgress: _, ...v1 } = { ...emptyDoc(T0), version: 1 };
		const decoded = decodeDocument(JSON.stringify(v1));
		expect(decoded).toMatchObject({ kind: 'ok', migratedFrom: 1 });
		if (decoded.kind === 'ok') {
			expect(decoded.doc.version).toBe(DOC_VERSION);
			expect(decoded.doc.inProgress).toEqual({});
		}
	});

	it('rejects a record under a key that is not quiz:… or case:…', () => {
		const doc = { ...emptyDoc(T0), inProgress: { exam: { updatedAt: T0, data: 1 } } };
		expect(decodeDocument(JSON.stringify(doc))).toMatchObject({ kind: 'fault', reason: 'invalid' });
	});
});

describe('in-progress API on the store', () => {
	it('saves, loads and clears through storage', () => {
		const storage = new MapStorage();
		initProgress(storage);
		expect(saveInProgress('case:leadership-branch-meeting', { n: 4 })).toBe(true);
		expect(loadInProgress('case:leadership-branch-meeting', asDraft)?.data).toEqual({ n: 4 });
		const stored = JSON.parse(storage.map.get(STORAGE_KEY) ?? 'null') as {
			inProgress: Record<string, { data?: unknown }>;
		};
		expect(stored.inProgress['case:leadership-branch-meeting']?.data).toEqual({ n: 4 });
		clearInProgress('case:leadership-branch-meeting');
		expect(loadInProgress('case:leadership-branch-meeting', asDraft)).toBeUndefined();
	});

	it('refuses bad keys and data that is not JSON', () => {
		initProgress(new MapStorage());
		expect(saveInProgress('exam', { n: 1 })).toBe(false);
		expect(saveInProgress('quiz:__proto__', { n: 1 })).toBe(false);
		expect(saveInProgress('quiz:exam', { n: 1n })).toBe(false);
		expect(saveInProgress('quiz:exam', 'x'.repeat(70_000))).toBe(false);
		expect($progress.get().doc.inProgress).toEqual({});
	});
});
