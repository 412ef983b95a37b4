import { describe, expect, it } from 'vitest';
import {
	decodeDocument,
	migrate,
	migrateAndValidate,
	type Migration,
} from '../../src/progress/migrations';
import { emptyDoc, DOC_VERSION } from '../../src/progress/schema';
import { recordAttempt } from '../../src/progress/doc';
import { attempt, T0 } from './progress-fixtures';

describe('decodeDocument()', () => {
	it('treats nothing stored as empty', () => {
		expect(decodeDocument(null)).toEqual({ kind: 'empty' });
		expect(decodeDocument('')).toEqual({ kind: 'empty' });
	});

	it('accepts a valid document and keeps what it recorded', () => {
		const doc = recordAttempt(
			emptyDoc(T0),
			attempt('lesson-coverage', T0, [{ id: 'q1', power: 'coverage', correct: true }]),
		);
		const decoded = decodeDocument(JSON.stringify(doc));
		expect(decoded).toEqual({ kind: 'ok', doc });
	});

	it('classifies corrupted JSON, wrong types, foreign values and future versions', () => {
		expect(decodeDocument('{"app":"zuzhili-yanxue",')).toMatchObject({
			kind: 'fault',
			reason: 'corrupt',
		});
		expect(decodeDocument('42')).toMatchObject({ kind: 'fault', reason: 'wrong-type' });
		expect(decodeDocument('[1,2]')).toMatchObject({ kind: 'fault', reason: 'wrong-type' });
		expect(decodeDocument('"text"')).toMatchObject({ kind: 'fault', reason: 'wrong-type' });
		expect(decodeDocument('{"theme":"dark","visits":3}')).toMatchObject({
			kind: 'fault',
			reason: 'foreign',
		});
		const future = { ...emptyDoc(T0), version: DOC_VERSION + 1 };
		expect(decodeDocument(JSON.stringify(future))).toMatchObject({
			kind: 'fault',
			reason: 'future-version',
		});
	});

	it('rejects a document of ours whose fields are wrong', () => {
		const bad = { ...emptyDoc(T0), lessons: { overview: { firstVisitedAt: 'yesterday' } } };
		expect(decodeDocument(JSON.stringify(bad))).toMatchObject({ kind: 'fault', reason: 'invalid' });
	});

	it('drops prototype keys without polluting anything, and keeps the rest of the record', () => {
		const raw = JSON.stringify(emptyDoc(T0)).replace(
			'"lessons":{}',
			'"lessons":{"__proto__":{"x":1},"constructor":{"y":1},"leadership":{"firstVisitedAt":' +
				`${T0},"lastVisitedAt":${T0}}}`,
		);
		const decoded = decodeDocument(raw);
		expect(decoded.kind).toBe('ok');
		if (decoded.kind === 'ok') expect(Object.keys(decoded.doc.lessons)).toEqual(['leadership']);
		expect(({} as Record<string, unknown>)['x']).toBeUndefined();
	});
});

describe('migrate()', () => {
	const steps: Record<number, Migration> = {
		1: (doc) => ({ ...doc, lessons: doc['visited'] }),
		2: ({ visited: _dropped, ...rest }) => ({ ...rest, settings: { fontSize: 'standard' } }),
	};

	it('runs each step in order up to the target version', () => {
		expect(migrate({ version: 1, visited: ['overview'] }, 1, 3, steps)).toEqual({
			version: 3,
			lessons: ['overview'],
			settings: { fontSize: 'standard' },
		});
	});

	it('leaves a current document unchanged', () => {
		expect(migrate({ version: 3, a: 1 }, 3, 3, steps)).toEqual({ version: 3, a: 1 });
	});

	it('returns undefined when a step is missing instead of guessing', () => {
		expect(migrate({ version: 0 }, 0, 3, steps)).toBeUndefined();
	});
});

describe('migrateAndValidate()', () => {
	it('refuses a version below the first one', () => {
		expect(migrateAndValidate({ ...emptyDoc(T0), version: 0 })).toMatchObject({
			kind: 'fault',
			reason: 'invalid',
		});
	});
});
