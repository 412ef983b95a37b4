/**
 * 班级汇总's form (src/instructor/class-form.ts): what a class keeps from what the instructor typed —
 * pass mark, assignment link, names — and one code per learner, the latest receipt winning.
 */
import { describe, expect, it } from 'vitest';
import { readClassForm, type ClassFormTexts } from '../../src/instructor/class-form';
import type { SavedClass } from '../../src/instructor/class-store';
import { encodeAssignment, encodeReceipt } from '../../src/instructor/codec';
import { CLASS_ASSIGNMENT, receiptOfLearner } from '../fixtures/class-attempts';

const blank: ClassFormTexts = {
	codes: '',
	passMark: '',
	assignmentLink: '',
	className: '',
	assignmentName: '',
};
const link = `https://example.org/assignment/#${encodeAssignment(CLASS_ASSIGNMENT)}`;
const code = (n: number, issuedAt?: number) =>
	encodeReceipt({ ...receiptOfLearner(n), ...(issuedAt ? { issuedAt } : {}) });

describe('readClassForm()', () => {
	it('a new class: names from the link when none typed, pass mark blank means each receipt’s own', () => {
		const read = readClassForm(
			{ ...blank, codes: `${code(1)}\n${code(2)}`, assignmentLink: link },
			undefined,
			'未命名班级',
		);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.fields).toMatchObject({
			className: CLASS_ASSIGNMENT.className,
			assignmentName: '',
			assignmentCode: link.slice(link.indexOf('#') + 1),
			passMark: null,
		});
		expect(read.fields.codes).toHaveLength(2);
		expect(readClassForm(blank, undefined, '未命名班级')).toMatchObject({
			ok: true,
			fields: { className: '未命名班级', codes: [] },
		});
	});

	it('refuses a bad pass mark, a bad link, and names with control characters or over the limit', () => {
		expect(readClassForm({ ...blank, passMark: '61.5' }, undefined, 'x')).toEqual({
			ok: false,
			problem: 'passMark',
		});
		expect(
			readClassForm({ ...blank, assignmentLink: 'https://x/#a1.@@@' }, undefined, 'x'),
		).toMatchObject({
			ok: false,
			problem: 'assignmentLink',
		});
		expect(readClassForm({ ...blank, className: 'A\u0007B' }, undefined, 'x')).toEqual({
			ok: false,
			problem: 'className',
		});
		expect(readClassForm({ ...blank, assignmentName: '作'.repeat(41) }, undefined, 'x')).toEqual({
			ok: false,
			problem: 'assignmentName',
		});
	});

	it('a saved class keeps one code per learner, the latest receipt winning, and its link limits what is taken', () => {
		const current: SavedClass = {
			id: 'a1',
			className: '一班',
			assignmentName: '开班前自学',
			assignmentCode: encodeAssignment(CLASS_ASSIGNMENT),
			passMark: 70,
			codes: [code(1, 1_768_000_000_000), code(2)],
			createdAt: 1,
			updatedAt: 1,
		};
		const newer = code(1, 1_769_000_000_000);
		const other = encodeReceipt({ ...receiptOfLearner(3), assignmentId: 'zzzzzzzz' });
		const read = readClassForm(
			{ ...blank, codes: `${newer}\n${other}`, passMark: '70' },
			current,
			'x',
		);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.fields.className).toBe('一班');
		expect(read.fields.codes.sort()).toEqual([newer, code(2)].sort());
		expect(read.pasted.invalid.map((i) => i.reason)).toEqual(['other-assignment']);
	});
});
