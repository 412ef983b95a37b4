/**
 * Ids that are also names on Object.prototype (`constructor`, `__proto__`, `toString`, …) must never
 * corrupt or fake progress: links carrying them are refused, the store refuses to key records by them,
 * a document that holds them (written by an older version) still reads back, lookups never see
 * inherited members, and whatever the site exports can be imported again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
	decodeAssignment,
	decodePaper,
	decodeReceipt,
	encodeAssignment,
	encodePaper,
	encodeReceipt,
	toBase64Url,
	type Assignment,
	type Receipt,
} from '../../src/instructor/codec';
import { expandRef } from '../../src/instructor/items';
import { itemProgress, EMPTY_SNAPSHOT } from '../../src/instructor/status';
import { snapshotOf } from '../../src/instructor/progress-source';
import { itemStatus, lessonStatus } from '../../src/progress/derive';
import { addAssignment as addInDoc, mergeDocs, recordAttempt } from '../../src/progress/doc';
import { decodeDocument } from '../../src/progress/migrations';
import { emptyDoc } from '../../src/progress/schema';
import {
	$progress,
	addAssignment,
	BACKUP_KEY,
	exportProgress,
	initProgress,
	markLessonRead,
	recordLessonVisit,
	resetForTests,
	STORAGE_KEY,
} from '../../src/progress/store';
import { parseImport } from '../../src/progress/transfer';
import { isReservedId, RESERVED_IDS } from '../../src/schemas/ids';
import { attempt, T0, MemoryStorage } from './progress-fixtures';

const typicalAssignment: Assignment = {
	id: 'k3v9x2qa',
	className: '一班',
	note: '',
	due: null,
	passMark: 60,
	items: ['lesson:overview', 'quiz:exam'],
	createdAt: 1_795_000_000_000,
};
const typicalReceipt: Receipt = {
	assignmentId: 'k3v9x2qa',
	name: '王晓明',
	unit: '某村党支部',
	passMark: 60,
	items: [{ ref: 'lesson:overview', status: 'done', score: null }],
	mastery: { leadership: 80, coverage: null, cohesion: null, development: null, renewal: null },
	acceptedAt: 1_795_100_000_000,
	lastActivityAt: null,
	issuedAt: 1_795_300_000_000,
};

const NAMES = ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

afterEach(() => resetForTests());

describe('reserved ids', () => {
	it('names every Object.prototype member and `prototype`', () => {
		for (const name of [...Object.getOwnPropertyNames(Object.prototype), 'prototype'])
			expect(isReservedId(name), name).toBe(true);
		expect(RESERVED_IDS.size).toBeGreaterThanOrEqual(13);
		expect(isReservedId('leadership')).toBe(false);
	});
});

describe('links and codes refuse reserved ids', () => {
	it.each(['constructor', 'prototype'])('an assignment whose id is %s', (id) => {
		const code = encodeAssignment({ ...typicalAssignment, id });
		expect(decodeAssignment(code)).toMatchObject({ ok: false, reason: 'content', field: 'id' });
	});

	it.each(NAMES.flatMap((n) => ['l', 'q', 'c'].map((k) => `${k}:${n}`)))(
		'an item reference %s',
		(ref) => {
			expect(expandRef(ref)).toBeNull();
			const wire = { i: 'k3v9x2qa', c: '一班', m: 60, t: [0, ref], s: 1_795_000_000 };
			const code = `a1.${toBase64Url(JSON.stringify(wire))}`;
			expect(decodeAssignment(code)).toMatchObject({ ok: false, field: 'items' });
		},
	);

	it('a receipt for an assignment named constructor', () => {
		const code = encodeReceipt({ ...typicalReceipt, assignmentId: 'constructor' });
		expect(decodeReceipt(code)).toMatchObject({ ok: false, reason: 'content' });
	});

	it.each(['constructor', 'prototype'])('a paper with a question id %s', (id) => {
		const code = encodePaper({ seed: 1, questions: ['q-1', id], title: '测验', passMark: 60 });
		expect(decodePaper(code)).toMatchObject({ ok: false, field: 'questions' });
	});
});

describe('the progress document and its views', () => {
	it('a reserved id is never "done" (no inherited member counts as a record)', () => {
		const doc = emptyDoc(T0);
		for (const id of NAMES) {
			expect(lessonStatus(doc, id).state).toBe('not-started');
			for (const kind of ['lesson', 'quiz', 'case'] as const)
				expect(itemStatus(doc, { kind, id }).state, `${kind}:${id}`).toBe('todo');
			for (const kind of ['lesson', 'quiz', 'case'] as const)
				expect(itemProgress(`${kind}:${id}`, snapshotOf(doc), 60).status).toBe('todo');
			expect(itemProgress(`case:${id}`, EMPTY_SNAPSHOT, 60).status).toBe('todo');
		}
	});

	it('merging documents with such keys neither throws nor changes a prototype', () => {
		const raw = `{"a":{"__proto__":{"polluted":1},"constructor":{"x":1}}}`;
		const hostile = JSON.parse(raw) as { a: Record<string, never> };
		const a = { ...emptyDoc(T0), lessons: hostile.a };
		const merged = mergeDocs(emptyDoc(T0), a);
		expect(Object.getPrototypeOf(merged.lessons)).not.toHaveProperty('polluted');
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	it('addAssignment keyed constructor in a document does not read Object as the old record', () => {
		const doc = addInDoc(emptyDoc(T0), { id: 'constructor', code: 'x' }, T0 + 5);
		expect(doc.assignments['constructor']?.acceptedAt).toBe(T0 + 5);
	});

	it('a stored document an older version wrote with a constructor key still reads back', () => {
		const doc = recordAttempt(emptyDoc(T0), attempt('lesson-leadership', T0 + 10, []));
		const raw = JSON.stringify({
			...doc,
			assignments: {
				constructor: {
					id: 'constructor',
					acceptedAt: T0,
					updatedAt: T0,
					payload: { id: 'constructor', code: 'a1.x' },
				},
			},
		});
		const decoded = decodeDocument(raw);
		expect(decoded.kind).toBe('ok');
		if (decoded.kind === 'ok') {
			expect(decoded.doc.attempts).toHaveLength(1);
			expect(Object.keys(decoded.doc.assignments)).toEqual([]);
		}
	});
});

describe('the store', () => {
	it('refuses to key a record by a reserved id, keeps the record readable and exportable', () => {
		const storage = new MemoryStorage();
		initProgress(storage);
		for (const id of NAMES) {
			addAssignment({ id, code: 'a1.x' });
			recordLessonVisit(id);
			markLessonRead(id);
		}
		recordLessonVisit('leadership');
		expect(Object.keys($progress.get().doc.assignments)).toEqual([]);
		expect(Object.keys($progress.get().doc.lessons)).toEqual(['leadership']);
		// A fresh page reads it back without a backup, and the export imports.
		resetForTests();
		initProgress(storage);
		expect($progress.get().backups).toEqual([]);
		expect(storage.map.has(BACKUP_KEY)).toBe(false);
		expect(Object.keys($progress.get().doc.lessons)).toEqual(['leadership']);
		expect(parseImport(exportProgress().text).ok).toBe(true);
		expect(decodeDocument(storage.map.get(STORAGE_KEY) ?? null).kind).toBe('ok');
	});
});
