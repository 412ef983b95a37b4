import { describe, expect, it } from 'vitest';
import {
	decodeAssignment,
	decodePaper,
	decodeReceipt,
	encodeAssignment,
	encodePaper,
	toBase64Url,
	encodeReceipt,
	MAX_ASSIGNMENT_CHARS,
	MAX_RECEIPT_CHARS,
	receiptFits,
	type Assignment,
	type Receipt,
} from '../../src/instructor/codec';
import { crc32, crc32Hex } from '../../src/instructor/checksum';
import { compactRef, expandRef, KNOWN_ITEMS } from '../../src/instructor/items';
import { HOSTILE_PAYLOADS } from '../fixtures/hostile-payloads';

export const typicalAssignment: Assignment = {
	id: 'k3v9x2qa',
	className: '2026年秋季村（社区）书记培训一班',
	note: '请在开班前完成以下课程和测验，带着问题来研讨。',
	due: '2026-12-15',
	passMark: 60,
	items: [
		'lesson:overview',
		'lesson:leadership',
		'lesson:coverage',
		'quiz:lesson-leadership',
		'quiz:lesson-coverage',
		'quiz:exam',
		'case:village-meeting',
	],
	createdAt: 1_795_000_000_000,
};

export const typicalReceipt: Receipt = {
	assignmentId: 'k3v9x2qa',
	name: '王晓明',
	unit: '某县某镇某村党支部',
	passMark: 60,
	items: [
		{ ref: 'lesson:overview', status: 'done', score: null },
		{ ref: 'lesson:leadership', status: 'done', score: null },
		{ ref: 'lesson:coverage', status: 'doing', score: null },
		{ ref: 'quiz:lesson-leadership', status: 'done', score: 80 },
		{ ref: 'quiz:lesson-coverage', status: 'done', score: 100 },
		{ ref: 'quiz:exam', status: 'todo', score: null },
		{ ref: 'case:village-meeting', status: 'done', score: null },
	],
	mastery: { leadership: 80, coverage: 100, cohesion: null, development: null, renewal: 50 },
	acceptedAt: 1_795_100_000_000,
	lastActivityAt: 1_795_200_000_000,
	issuedAt: 1_795_300_000_000,
};

describe('crc32()', () => {
	it('matches the standard check value', () => {
		expect(crc32('123456789')).toBe(0xcbf43926);
		expect(crc32Hex('')).toBe('00000000');
	});
});

describe('item references', () => {
	it('compacts known items to their index and round-trips the rest', () => {
		expect(compactRef('lesson:overview')).toBe(0);
		expect(compactRef('quiz:daily')).toBe(KNOWN_ITEMS.length - 1);
		expect(compactRef('case:village-meeting')).toBe('c:village-meeting');
		for (const ref of [...KNOWN_ITEMS, 'case:a-1', 'quiz:custom-set'] as const) {
			expect(expandRef(compactRef(ref))).toBe(ref);
		}
		expect(expandRef('x:abc')).toBeNull();
		expect(expandRef('c:ABC')).toBeNull();
	});
	it('keeps the known-item table stable (append only)', () => {
		expect(KNOWN_ITEMS.slice(0, 3)).toEqual([
			'lesson:overview',
			'lesson:leadership',
			'lesson:coverage',
		]);
		expect(KNOWN_ITEMS[7]).toBe('quiz:lesson-overview');
		expect(KNOWN_ITEMS[14]).toBe('quiz:practice-overview');
		expect(KNOWN_ITEMS[21]).toBe('quiz:exam');
		expect(KNOWN_ITEMS).toHaveLength(23);
	});
});

describe('assignment links', () => {
	it('round-trips a typical assignment', () => {
		const code = encodeAssignment(typicalAssignment);
		expect(code).toMatch(/^a1\.[A-Za-z0-9_-]+$/u);
		expect(decodeAssignment(code)).toEqual({ ok: true, value: typicalAssignment });
		expect(decodeAssignment(`#${code}`).ok).toBe(true);
	});
	it('stays compact for a typical assignment', () => {
		expect(encodeAssignment(typicalAssignment).length).toBeLessThan(400);
	});
	it('rejects truncated links', () => {
		const code = encodeAssignment(typicalAssignment);
		for (const cut of [3, 10, code.length - 7, code.length - 1]) {
			expect(decodeAssignment(code.slice(0, cut)).ok, `cut at ${cut}`).toBe(false);
		}
	});
	it('rejects oversized, empty and wrong-kind input with a reason', () => {
		expect(decodeAssignment('a1.' + 'A'.repeat(MAX_ASSIGNMENT_CHARS))).toMatchObject({
			reason: 'too-long',
		});
		expect(decodeAssignment('')).toMatchObject({ reason: 'empty' });
		expect(decodeAssignment('a2.abcd')).toMatchObject({ reason: 'version' });
		expect(decodeAssignment('hello')).toMatchObject({ reason: 'kind' });
	});
	it('names the field whose content is wrong', () => {
		const code = encodeAssignment({ ...typicalAssignment, passMark: 60 }).slice(3);
		const wire = JSON.parse(Buffer.from(code, 'base64url').toString()) as Record<string, unknown>;
		wire['m'] = 140;
		const bad = 'a1.' + Buffer.from(JSON.stringify(wire)).toString('base64url');
		expect(decodeAssignment(bad)).toEqual({ ok: false, reason: 'content', field: 'passMark' });
	});
});

describe('receipts', () => {
	it('round-trips a typical receipt', () => {
		const code = encodeReceipt(typicalReceipt);
		expect(code).toMatch(/^r1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/u);
		expect(decodeReceipt(code)).toEqual({ ok: true, value: typicalReceipt });
		expect(decodeReceipt(`  ${code}\n`).ok).toBe(true);
	});
	it('stays short for a typical receipt', () => {
		expect(encodeReceipt(typicalReceipt).length).toBeLessThan(300);
	});

	const code = encodeReceipt(typicalReceipt);
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
	it('catches every single-character typo anywhere in the code', () => {
		let tried = 0;
		for (let i = 0; i < code.length; i++) {
			for (const ch of alphabet) {
				if (ch === code[i]) continue;
				const typo = code.slice(0, i) + ch + code.slice(i + 1);
				tried++;
				expect(decodeReceipt(typo).ok, `position ${i} → ${ch}`).toBe(false);
			}
		}
		expect(tried).toBeGreaterThan(10_000);
	});
	it('catches every swap of two neighbouring characters', () => {
		for (let i = 0; i + 1 < code.length; i++) {
			if (code[i] === code[i + 1]) continue;
			const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
			expect(decodeReceipt(swapped).ok, `swap at ${i}`).toBe(false);
		}
	});
	it('says a tampered payload fails its checksum', () => {
		const body = code.split('.')[1]!;
		const forged = `r1.${body.slice(0, -2)}AA.${code.split('.')[2]!}`;
		expect(decodeReceipt(forged)).toMatchObject({ ok: false, reason: 'checksum' });
	});
	it('rejects truncated receipts', () => {
		for (let cut = 1; cut < code.length; cut += 7) {
			expect(decodeReceipt(code.slice(0, cut)).ok, `cut at ${cut}`).toBe(false);
		}
	});
});

describe('paper links', () => {
	it('round-trips seed, order, title and pass mark', () => {
		const spec = {
			seed: 4_000_000_123,
			questions: ['lead-single-01', 'cov-judge-02'],
			title: '第一次测验',
			passMark: 75,
		};
		expect(decodePaper(encodePaper(spec))).toEqual({ ok: true, value: spec });
	});
	it('still opens a link made before papers carried a pass mark, at 60%', () => {
		const old = `p1.${toBase64Url(JSON.stringify({ s: 7, q: ['lead-single-01'], t: '旧试卷' }))}`;
		expect(decodePaper(old)).toEqual({
			ok: true,
			value: { seed: 7, questions: ['lead-single-01'], title: '旧试卷', passMark: 60 },
		});
	});
	it('rejects repeated and malformed question ids and an impossible pass mark', () => {
		const paper = (questions: string[], passMark = 60) =>
			decodePaper(encodePaper({ seed: 1, questions, title: 't', passMark }));
		expect(paper(['a', 'a']).ok).toBe(false);
		expect(paper(['<b>']).ok).toBe(false);
		expect(paper(['a'], 101)).toMatchObject({ ok: false, reason: 'content', field: 'passMark' });
		expect(paper(['a'], 100).ok).toBe(true);
	});
});

describe('hostile payloads', () => {
	it('has at least 20 cases', () => {
		expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(20);
	});
	for (const c of HOSTILE_PAYLOADS) {
		it(`${c.target}: ${c.name} → ${c.expect}`, () => {
			const before = ({} as Record<string, unknown>)['polluted'];
			const result = c.target === 'assignment' ? decodeAssignment(c.input) : decodeReceipt(c.input);
			expect(({} as Record<string, unknown>)['polluted']).toBe(before);
			if (c.expect === 'reject') {
				expect(result.ok).toBe(false);
			} else {
				expect(result.ok).toBe(true);
				// Inert: decoded text is kept as data (verbatim), for the page to render as text.
				const value = result.ok ? result.value : null;
				expect(JSON.stringify(value)).toMatch(/script|img|javascript|&lt;|HYPERLINK/u);
			}
		});
	}
});

describe('assignments whose receipts could not fit', () => {
	const longItems = Array.from(
		{ length: 30 },
		(_, i) => `case:${'x'.repeat(44)}-${String(i).padStart(2, '0')}` as const,
	);
	const big: Assignment = { ...typicalAssignment, items: longItems };

	it('are refused by the decoder although the link itself is within its limit', () => {
		const code = encodeAssignment(big);
		expect(code.length).toBeLessThanOrEqual(MAX_ASSIGNMENT_CHARS);
		expect(decodeAssignment(code)).toEqual({
			ok: false,
			reason: 'receipt-too-long',
			field: 'items',
		});
		expect(receiptFits(big)).toBe(false);
	});

	it('accept a typical assignment, whose longest possible receipt fits', () => {
		expect(receiptFits(typicalAssignment)).toBe(true);
		expect(decodeAssignment(encodeAssignment(typicalAssignment)).ok).toBe(true);
		const worst: Receipt = {
			...typicalReceipt,
			name: '王'.repeat(20),
			unit: '某'.repeat(40),
			items: typicalAssignment.items.map((ref) => ({ ref, status: 'done', score: 100 })),
			mastery: { leadership: 100, coverage: 100, cohesion: 100, development: 100, renewal: 100 },
		};
		expect(encodeReceipt(worst).length).toBeLessThanOrEqual(MAX_RECEIPT_CHARS);
		expect(decodeReceipt(encodeReceipt(worst)).ok).toBe(true);
	});
});
