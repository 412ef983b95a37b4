/**
 * 班级汇总's answers (src/instructor/class-insights.ts): who needs help, the class's most-missed
 * questions from r2 receipts, mastery bands and the follow-up paper.
 */
import { describe, expect, it } from 'vitest';
import { decodePaper, encodePaper, encodeReceipt, type Receipt } from '../../src/instructor/codec';
import {
	attentionOf,
	classMistakes,
	followUpPaper,
	masteryBand,
	topMissed,
} from '../../src/instructor/class-insights';
import { summariseReceipts } from '../../src/instructor/class-summary';
import { KNOWN_QUESTIONS } from '../../src/instructor/question-index';

const base: Receipt = {
	assignmentId: 'k3v9x2qa',
	name: '学员',
	unit: '某村',
	passMark: 60,
	items: [
		{ ref: 'lesson:leadership', status: 'done', score: null },
		{ ref: 'quiz:lesson-leadership', status: 'done', score: 80 },
	],
	mastery: { leadership: 80, coverage: null, cohesion: 50, development: null, renewal: null },
	acceptedAt: 1_795_000_000_000,
	lastActivityAt: 1_795_000_100_000,
	issuedAt: 1_795_000_200_000,
	missed: [],
};
const rowsOf = (receipts: Receipt[]) =>
	summariseReceipts(receipts.map((r) => encodeReceipt(r)).join('\n')).rows;

describe('attentionOf()', () => {
	const rows = rowsOf([
		{ ...base, name: '甲' },
		{
			...base,
			name: '乙',
			items: base.items.map((i) => ({ ...i, status: 'todo', score: null })),
		},
		{
			...base,
			name: '丙',
			items: [base.items[0]!, { ref: 'quiz:lesson-leadership', status: 'done', score: 40 }],
		},
		{
			...base,
			name: '丁',
			items: [base.items[0]!, { ...base.items[1]!, status: 'doing', score: null }],
		},
	]);
	const names = (rs: { receipt: Receipt }[]) => rs.map((r) => r.receipt.name);
	it('lists who has not started, who failed and, after the due day, who is overdue', () => {
		const a = attentionOf(rows, { due: '2026-12-15', today: '2026-12-15', passMark: null });
		expect(names(a.notStarted)).toEqual(['乙']);
		expect(names(a.failed)).toEqual(['丙']);
		expect(a.overdue).toEqual([]);
		const late = attentionOf(rows, { due: '2026-12-15', today: '2026-12-16', passMark: null });
		expect(names(late.overdue)).toEqual(['乙', '丁']);
		expect(
			names(attentionOf(rows, { due: null, today: '2030-01-01', passMark: 90 }).failed),
		).toEqual(['甲', '丙']);
	});
});

describe('topMissed()', () => {
	const q = (i: number) => KNOWN_QUESTIONS[i]!;
	it('counts learners per missed question, most missed first, r1 receipts not reporting', () => {
		const rows = rowsOf([
			{ ...base, name: '甲', missed: [q(5), q(9)] },
			{ ...base, name: '乙', missed: [q(9), q(2)] },
			{ ...base, name: '丙', missed: [q(9), q(5)] },
			{ ...base, name: '丁', missed: undefined },
		]);
		expect(topMissed(rows)).toEqual({
			top: [
				{ id: q(9), count: 3 },
				{ id: q(5), count: 2 },
				{ id: q(2), count: 1 },
			],
			reporting: 3,
		});
	});
	it('keeps ten', () => {
		const rows = rowsOf([{ ...base, missed: KNOWN_QUESTIONS.slice(0, 30) }]);
		expect(topMissed(rows).top).toHaveLength(10);
		expect(topMissed(rows).top[0]).toEqual({ id: q(0), count: 1 });
	});
});

describe('classMistakes(), for 组卷 只考易错题', () => {
	const q = (i: number) => KNOWN_QUESTIONS[i]!;
	const codes = [
		{ ...base, name: '甲', missed: [q(5), q(9), q(12)] },
		{ ...base, name: '乙', missed: [q(9), q(12)] },
		{ ...base, name: '丙', missed: [q(12)] },
	].map((r) => encodeReceipt(r));
	it('lists the most-missed questions first, dropping ones the bank no longer holds', () => {
		expect(classMistakes(codes, (id) => id !== q(9))).toEqual([
			{ id: q(12), count: 3 },
			{ id: q(5), count: 1 },
		]);
	});
	it('keeps at most n, and nothing for a class whose receipts do not say what was missed', () => {
		expect(classMistakes(codes, () => true, 2).map((m) => m.id)).toEqual([q(12), q(9)]);
		expect(classMistakes([encodeReceipt({ ...base, missed: undefined })], () => true)).toEqual([]);
		expect(classMistakes(['not a receipt'], () => true)).toEqual([]);
	});
});

describe('masteryBand()', () => {
	it('bands at 60 and 80', () => {
		expect([null, 0, 59, 60, 79, 80, 100].map(masteryBand)).toEqual([
			'none',
			'low',
			'low',
			'mid',
			'mid',
			'high',
			'high',
		]);
	});
});

describe('followUpPaper()', () => {
	it('is a p1. paper of the most-missed questions, the same for the same data', () => {
		const top = [
			{ id: KNOWN_QUESTIONS[9]!, count: 3 },
			{ id: KNOWN_QUESTIONS[5]!, count: 2 },
		];
		const spec = followUpPaper(top, '巩固作业')!;
		expect(spec.questions).toEqual([KNOWN_QUESTIONS[9], KNOWN_QUESTIONS[5]]);
		expect(followUpPaper(top, '巩固作业')).toEqual(spec);
		expect(decodePaper(encodePaper(spec))).toEqual({ ok: true, value: spec });
		expect(followUpPaper([], 't')).toBeNull();
	});
});

describe('a class bound to its assignment', () => {
	it('refuses receipts for another assignment, one by one', () => {
		const text = [
			encodeReceipt({ ...base, name: '甲' }),
			encodeReceipt({ ...base, name: '乙', assignmentId: 'zzzz9999' }),
		].join('\n');
		const s = summariseReceipts(text, null, 'k3v9x2qa');
		expect(s.rows.map((r) => r.receipt.name)).toEqual(['甲']);
		expect(s.invalid).toEqual([expect.objectContaining({ line: 2, reason: 'other-assignment' })]);
		expect(summariseReceipts(text).rows).toHaveLength(2);
	});
});
