/**
 * Invisible characters never travel in links and receipts (issue 21 item 7): the rule is Unicode's
 * Default_Ignorable_Code_Point plus controls, format characters, private use, line/paragraph
 * separators and the blank-looking characters Unicode does not class as ignorable (U+2800). Names
 * are compared after NFKC, so look-alike spellings of one learner make one row.
 */
import { describe, expect, it } from 'vitest';
import {
	decodeReceipt,
	encodeReceipt,
	isCleanLine,
	isCleanNote,
	type Receipt,
} from '../../src/instructor/codec';
import { summariseReceipts } from '../../src/instructor/class-summary';
import { hasInvisible, learnerKey } from '../../src/instructor/text-rules';
import { receiptOf } from '../fixtures/receipts';

const cp = (n: number) => String.fromCodePoint(n);

/** Every character the issue names, plus the ones the old hand list already covered. */
const NAMED: [string, number][] = [
	['tag: language tag', 0xe0001],
	['tag: space', 0xe0020],
	['tag: latin small a', 0xe0061],
	['tag: cancel', 0xe007f],
	['Hangul filler', 0x3164],
	['Hangul choseong filler', 0x115f],
	['Hangul jungseong filler', 0x1160],
	['halfwidth Hangul filler', 0xffa0],
	['combining grapheme joiner', 0x034f],
	['variation selector 1', 0xfe00],
	['variation selector 16', 0xfe0f],
	['variation selector 17', 0xe0100],
	['variation selector 256', 0xe01ef],
	['braille pattern blank', 0x2800],
	['zero width space', 0x200b],
	['zero width non-joiner', 0x200c],
	['zero width joiner', 0x200d],
	['left-to-right mark', 0x200e],
	['right-to-left override', 0x202e],
	['word joiner', 0x2060],
	['invisible separator', 0x2063],
	['left-to-right isolate', 0x2066],
	['BOM', 0xfeff],
	['soft hyphen', 0x00ad],
	['Arabic letter mark', 0x061c],
	['Mongolian vowel separator', 0x180e],
	['Mongolian free variation selector', 0x180b],
	['Khmer vowel inherent', 0x17b4],
	['interlinear annotation anchor', 0xfff9],
	['line separator', 0x2028],
	['paragraph separator', 0x2029],
	['NUL', 0x0000],
	['DEL', 0x007f],
	['C1 control', 0x0085],
	['private use', 0xe000],
	['shorthand format control', 0x1bca0],
	['musical symbol begin beam', 0x1d173],
];

const receipt = (name: string): Receipt => ({ ...receiptOf(1), name });

describe('invisible characters', () => {
	it.each(NAMED)('refuses %s (U+%s) in names, lines and notes', (_label, code) => {
		const text = `王晓明${cp(code)}`;
		expect(hasInvisible(text)).toBe(true);
		expect(isCleanLine(text, 20)).toBe(false);
		expect(isCleanNote(text, 300)).toBe(false);
		expect(decodeReceipt(encodeReceipt(receipt(text)))).toMatchObject({ ok: false });
	});

	it('accepts ordinary Chinese text, full-width punctuation, spaces, and line breaks in notes', () => {
		for (const text of [
			'王晓明',
			'某县某镇某村党支部',
			'一班（2026 年秋季）',
			'Ａ班・第二组',
			'王　晓明',
		])
			expect(isCleanLine(text, 40), text).toBe(true);
		expect(isCleanNote('第一行\n第二行\t缩进', 300)).toBe(true);
		expect(decodeReceipt(encodeReceipt(receipt('王晓明'))).ok).toBe(true);
	});

	it('compares names after NFKC and collapsed spaces', () => {
		expect(learnerKey('k3v9x2qa', '⽟兰', '第１党支部')).toBe(
			learnerKey('k3v9x2qa', '玉兰', '第1党支部'),
		);
		expect(learnerKey('k3v9x2qa', '王　晓明', 'x')).toBe(learnerKey('k3v9x2qa', '王 晓明', 'x'));
		expect(learnerKey('k3v9x2qa', '王晓明', 'x')).not.toBe(learnerKey('k3v9x2qa', '王晓', 'x'));
	});

	it('班级汇总 shows 王晓明 and 王晓明+U+3164 as one learner and one invalid code', () => {
		const a = encodeReceipt(receipt('王晓明'));
		const b = encodeReceipt({
			...receipt(`王晓明${cp(0x3164)}`),
			issuedAt: receipt('x').issuedAt + 1000,
		});
		const c = encodeReceipt({ ...receipt('⽟兰'), issuedAt: 1_795_000_300_000 });
		const d = encodeReceipt({ ...receipt('玉兰'), issuedAt: 1_795_000_400_000 });
		const s = summariseReceipts([a, b, c, d].join('\n'));
		expect(s.rows.map((r) => r.receipt.name)).toEqual(['王晓明', '玉兰']);
		expect(s.invalid).toEqual([expect.objectContaining({ line: 2, reason: 'content' })]);
		expect(s.duplicates).toEqual([expect.objectContaining({ line: 3, reason: 'older-replaced' })]);
	});
});
