/**
 * 学习回执 r2: the receipt also carries the questions the learner missed, as a bitmap over the
 * append-only question index. Round trip, size for a 7-item assignment (worst case: every question
 * missed), r1 compatibility, and hostile r2 input through the same decode pipeline as r1.
 */
import { describe, expect, it } from 'vitest';
import {
	decodeReceipt,
	encodeReceipt,
	MAX_RECEIPT_CHARS,
	toBase64Url,
	type Receipt,
} from '../../src/instructor/codec';
import { crc32Hex } from '../../src/instructor/checksum';
import { MAX_MISSED_CHARS, packMissed, unpackMissed } from '../../src/instructor/missed';
import { KNOWN_QUESTIONS } from '../../src/instructor/question-index';
import { typicalReceipt } from './instructor-codec.test';

const seal = (version: string, wire: unknown) => {
	const head = `${version}.${toBase64Url(typeof wire === 'string' ? wire : JSON.stringify(wire))}`;
	return `${head}.${crc32Hex(head)}`;
};
const r1Wire = (r: Receipt) => {
	const code = encodeReceipt({ ...r, missed: undefined });
	return JSON.parse(Buffer.from(code.split('.')[1]!, 'base64url').toString()) as unknown[];
};

const missedSome = ['lead-single-01', 'lead-match-03', 'cov-single-08', 'ren-order-01'];
const withMissed: Receipt = { ...typicalReceipt, missed: missedSome };

describe('missed-question bitmap', () => {
	it('round-trips any set of indexed questions in index order', () => {
		const ids = [...missedSome].reverse();
		const { bits, unindexed } = packMissed(ids);
		expect(unindexed).toEqual([]);
		const back = unpackMissed(bits)!;
		expect(new Set(back)).toEqual(new Set(ids));
		expect(back).toEqual(
			[...back].sort((a, b) => KNOWN_QUESTIONS.indexOf(a) - KNOWN_QUESTIONS.indexOf(b)),
		);
		expect(unpackMissed(packMissed(KNOWN_QUESTIONS).bits)).toEqual([...KNOWN_QUESTIONS]);
		expect(packMissed([]).bits).toBe('');
		expect(unpackMissed('')).toEqual([]);
	});
	it('leaves out ids not in the index and says which', () => {
		expect(packMissed(['lead-single-01', 'no-such-q'])).toMatchObject({ unindexed: ['no-such-q'] });
	});
	it('refuses unknown indices, non-canonical and foreign characters', () => {
		const last = KNOWN_QUESTIONS.length; // first index past the end
		const chars = Math.floor(last / 6);
		const past =
			'A'.repeat(chars) +
			'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[1 << (last % 6)];
		if (past.length <= MAX_MISSED_CHARS) expect(unpackMissed(past)).toBeNull();
		expect(unpackMissed('_'.repeat(MAX_MISSED_CHARS + 1))).toBeNull();
		expect(unpackMissed('BA')).toBeNull();
		expect(unpackMissed('B=')).toBeNull();
		expect(unpackMissed('<')).toBeNull();
	});
});

describe('r2 receipts', () => {
	it('round-trip with the missed questions', () => {
		const code = encodeReceipt(withMissed);
		expect(code).toMatch(/^r2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/u);
		expect(decodeReceipt(code)).toEqual({ ok: true, value: withMissed });
		expect(decodeReceipt(encodeReceipt({ ...typicalReceipt, missed: [] }))).toEqual({
			ok: true,
			value: { ...typicalReceipt, missed: [] },
		});
	});
	it('stay under the size limit for a 7-item assignment even with every question missed', () => {
		const worst: Receipt = {
			...typicalReceipt,
			name: '王'.repeat(20),
			unit: '某'.repeat(40),
			items: typicalReceipt.items.map((i) => ({ ...i, status: 'done', score: 100 })),
			mastery: { leadership: 100, coverage: 100, cohesion: 100, development: 100, renewal: 100 },
			acceptedAt: 4_102_444_800_000,
			lastActivityAt: 4_102_444_800_000,
			issuedAt: 4_102_444_800_000,
			missed: KNOWN_QUESTIONS,
		};
		const code = encodeReceipt(worst);
		const typical = encodeReceipt(withMissed);
		const r1 = encodeReceipt({ ...worst, missed: undefined });
		console.info(
			`r2 sizes: typical ${typical.length} chars (4 missed), worst ${code.length} chars ` +
				`(${KNOWN_QUESTIONS.length} missed; r1 worst ${r1.length}); limit ${MAX_RECEIPT_CHARS}`,
		);
		expect(code.startsWith('r2.')).toBe(true);
		expect(code.length).toBeLessThanOrEqual(MAX_RECEIPT_CHARS);
		expect(code.length - r1.length).toBeLessThanOrEqual(
			Math.ceil(((MAX_MISSED_CHARS + 3) * 4) / 3) + 1,
		);
		expect(typical.length).toBeLessThan(320);
	});
	it('fall back to r1 when the r2 code would not fit', () => {
		const receiptWith = (n: number): Receipt => ({
			...typicalReceipt,
			name: '王'.repeat(20),
			unit: '某'.repeat(40),
			items: Array.from({ length: n }, (_, i) => ({
				ref: `case:${'x'.repeat(30)}-${String(i).padStart(2, '0')}` as const,
				status: 'done' as const,
				score: 100,
			})),
			missed: KNOWN_QUESTIONS,
		});
		// The most items whose r1 code still fits: its r2 code does not.
		let n = 1;
		while (encodeReceipt({ ...receiptWith(n + 1), missed: undefined }).length <= MAX_RECEIPT_CHARS)
			n++;
		const code = encodeReceipt(receiptWith(n));
		expect(code.length).toBeLessThanOrEqual(MAX_RECEIPT_CHARS);
		expect(code.startsWith('r1.')).toBe(true);
		expect(decodeReceipt(code).ok).toBe(true);
	});
	it('catch every single-character typo', () => {
		const code = encodeReceipt(withMissed);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
		for (let i = 0; i < code.length; i++)
			for (const ch of alphabet) {
				if (ch === code[i]) continue;
				expect(decodeReceipt(code.slice(0, i) + ch + code.slice(i + 1)).ok).toBe(false);
			}
	});
});

describe('r1 compatibility', () => {
	it('an r1 receipt still decodes, without missed questions', () => {
		const code = encodeReceipt(typicalReceipt);
		expect(code.startsWith('r1.')).toBe(true);
		const decoded = decodeReceipt(code);
		expect(decoded).toEqual({ ok: true, value: typicalReceipt });
		expect(decoded.ok && 'missed' in decoded.value).toBe(false);
	});
	it('r1 with a tenth field and r2 without one are refused', () => {
		const wire = r1Wire(typicalReceipt);
		expect(decodeReceipt(seal('r1', [...wire, 'B'])).ok).toBe(false);
		expect(decodeReceipt(seal('r2', wire))).toMatchObject({ ok: false, reason: 'content' });
		expect(decodeReceipt(seal('r3', [...wire, 'B']))).toMatchObject({
			ok: false,
			reason: 'version',
		});
	});
});

describe('hostile r2 input', () => {
	const wire = r1Wire(typicalReceipt);
	const r2 = (patch: (w: unknown[]) => void) => {
		const w = [...structuredClone(wire), 'B'];
		patch(w);
		return seal('r2', w);
	};
	it('keeps script in every text field as inert text or rejects it', () => {
		for (const [at, max] of [
			[1, 20],
			[2, 40],
		] as const) {
			for (const payload of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>']) {
				const result = decodeReceipt(r2((w) => (w[at] = payload.slice(0, max))));
				if (result.ok)
					expect(JSON.stringify(result.value)).toContain(
						payload.slice(0, max).replace(/"/gu, '\\"'),
					);
			}
		}
		// The id and the bitmap are patterns: markup never passes them.
		expect(decodeReceipt(r2((w) => (w[0] = '<script>')))).toMatchObject({
			reason: 'content',
			field: 'id',
		});
		expect(decodeReceipt(r2((w) => (w[9] = '<img>')))).toMatchObject({
			reason: 'content',
			field: 'missed',
		});
		expect(decodeReceipt(r2((w) => (w[9] = 5)))).toMatchObject({
			reason: 'content',
			field: 'missed',
		});
		expect(decodeReceipt(r2((w) => (w[9] = ['lead-single-01'])))).toMatchObject({
			reason: 'content',
			field: 'missed',
		});
	});
	it('rejects unknown question indices', () => {
		const beyond = 'A'.repeat(MAX_MISSED_CHARS - 1) + '_';
		const result = decodeReceipt(r2((w) => (w[9] = beyond)));
		if (KNOWN_QUESTIONS.length % 6 !== 0)
			expect(result).toMatchObject({ ok: false, reason: 'content', field: 'missed' });
		expect(decodeReceipt(r2((w) => (w[9] = 'B'.repeat(MAX_MISSED_CHARS + 1))))).toMatchObject({
			ok: false,
			field: 'missed',
		});
	});
	it('rejects oversized and forged codes', () => {
		const code = encodeReceipt(withMissed);
		expect(decodeReceipt(code + 'A'.repeat(MAX_RECEIPT_CHARS))).toMatchObject({
			reason: 'too-long',
		});
		const [v, body, sum] = code.split('.') as [string, string, string];
		expect(decodeReceipt(`${v}.${body.slice(0, -2)}AA.${sum}`)).toMatchObject({
			reason: 'checksum',
		});
		expect(decodeReceipt(`r1.${body}.${sum}`)).toMatchObject({ reason: 'checksum' });
	});
	it('refuses prototype keys and bad JSON inside a correct checksum', () => {
		expect(decodeReceipt(seal('r2', '{"__proto__":{"polluted":1}}')).ok).toBe(false);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(decodeReceipt(seal('r2', '[1,')).ok).toBe(false);
	});
});
