import { describe, expect, it } from 'vitest';
import { encodeReceipt, type Receipt } from '../../src/instructor/codec';
import {
	classTableRows,
	sortRows,
	summariseReceipts,
	type CsvLabels,
} from '../../src/instructor/class-summary';
import { toCsv } from '../../src/instructor/csv';

function receipt(n: number, over: Partial<Receipt> = {}): Receipt {
	return {
		assignmentId: 'k3v9x2qa',
		name: `学员${n}`,
		unit: `第${n % 7}支部`,
		passMark: 60,
		items: [
			{ ref: 'lesson:leadership', status: 'done', score: null },
			{ ref: 'quiz:lesson-leadership', status: 'done', score: n % 101 },
		],
		mastery: {
			leadership: n % 101,
			coverage: null,
			cohesion: 50,
			development: null,
			renewal: null,
		},
		acceptedAt: 1_795_000_000_000,
		lastActivityAt: 1_795_000_100_000,
		issuedAt: 1_795_000_200_000 + n * 1000,
		...over,
	};
}

const labels: CsvLabels = {
	name: '姓名',
	unit: '单位',
	className: '班级',
	assignmentName: '作业名称',
	assignment: '作业',
	passed: '合格',
	yes: '是',
	no: '否',
	average: '平均分',
	done: '完成',
	issued: '提交时间',
	time: (ms) => String(ms),
	status: { todo: '未开始', doing: '进行中', done: '已完成' },
	item: (r) => r,
	capacity: (c) => c,
};

describe('summariseReceipts()', () => {
	it('reads 300 receipts into 300 rows with pass/fail against the pass mark', () => {
		const text = Array.from({ length: 300 }, (_, i) => encodeReceipt(receipt(i))).join('\n');
		const s = summariseReceipts(text);
		expect(s.rows).toHaveLength(300);
		expect(s.invalid).toEqual([]);
		expect(s.rows.find((r) => r.receipt.name === '学员59')?.passed).toBe(false);
		expect(s.rows.find((r) => r.receipt.name === '学员60')?.passed).toBe(true);
		expect(summariseReceipts(text, 90).rows.find((r) => r.receipt.name === '学员60')?.passed).toBe(
			false,
		);
		expect(s.capacityAverages.cohesion).toBe(50);
		expect(s.capacityAverages.coverage).toBeNull();
	});
	it('lists invalid codes one by one with line and reason', () => {
		const good = encodeReceipt(receipt(1));
		const typo = good.slice(0, 10) + (good[10] === 'A' ? 'B' : 'A') + good.slice(11);
		const s = summariseReceipts(
			`${good}\n张三：${typo}\n${good.slice(0, 30)}\nr7.abc.12345678\na1.xyz`,
		);
		expect(s.rows).toHaveLength(1);
		expect(s.invalid.map((i) => [i.line, i.reason])).toEqual([
			[2, 'checksum'],
			[3, 'characters'],
			[4, 'version'],
			[5, 'kind'],
		]);
	});
	it('reports a code pasted twice and keeps the newest receipt of the same learner', () => {
		const older = encodeReceipt(receipt(5, { issuedAt: 1_795_000_000_000 }));
		const newer = encodeReceipt(receipt(5, { issuedAt: 1_795_900_000_000 }));
		const s = summariseReceipts([newer, older, newer].join(' '));
		expect(s.rows).toHaveLength(1);
		expect(s.rows[0]!.receipt.issuedAt).toBe(1_795_900_000_000);
		expect(s.duplicates.map((d) => d.reason).sort()).toEqual(['older-replaced', 'same-code']);
	});
});

describe('sortRows()', () => {
	const s = summariseReceipts([3, 1, 2].map((n) => encodeReceipt(receipt(n))).join('\n'));
	it('sorts by an item score both ways', () => {
		const key = 'item:quiz:lesson-leadership' as const;
		expect(sortRows(s.rows, key, 'ascending').map((r) => r.receipt.name)).toEqual([
			'学员1',
			'学员2',
			'学员3',
		]);
		expect(sortRows(s.rows, key, 'descending').map((r) => r.receipt.name)).toEqual([
			'学员3',
			'学员2',
			'学员1',
		]);
	});
	it('sorts names with the Chinese collator', () => {
		expect(sortRows(s.rows, 'name', 'ascending').map((r) => r.receipt.name)).toEqual([
			'学员1',
			'学员2',
			'学员3',
		]);
	});
});

describe('classTableRows()', () => {
	it('builds a CSV with one row per learner, item columns and capacity columns', () => {
		const s = summariseReceipts(encodeReceipt(receipt(70, { unit: '=cmd|calc' })));
		const csv = toCsv(
			classTableRows(s, s.rows, labels, { className: '+一班', assignmentName: '@开班前自学' }),
		);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe(
			'姓名,单位,班级,作业名称,作业,合格,平均分,完成,lesson:leadership,quiz:lesson-leadership,leadership,coverage,cohesion,development,renewal,提交时间',
		);
		expect(lines[1]).toContain(
			"学员70,'=cmd|calc,'+一班,'@开班前自学,k3v9x2qa,是,70,2/2,已完成,70,70,,50,,,",
		);
	});
});

describe('the CSV file as bytes', () => {
	it('neutralises every text cell that starts with = + - @, tab or CR, in the bytes a download holds', () => {
		const hostile = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x'];
		const rows = hostile.map((h) => [h, '正常']);
		const bytes = new TextEncoder().encode(toCsv([['单元', '对照'], ...rows]));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder('utf-8').decode(bytes.subarray(3));
		const cells = text
			.trimEnd()
			.split('\r\n')
			.slice(1)
			.map((line) => line.slice(0, line.lastIndexOf(',')));
		// Each first cell, unquoted, begins with the apostrophe a spreadsheet shows as text.
		for (const [i, cell] of cells.entries()) {
			expect(cell.replace(/^"/u, '').startsWith("'"), hostile[i]).toBe(true);
		}
		// And no line of the file starts with a formula character.
		expect(text.split('\r\n').some((l) => /^[=+\-@\t]/u.test(l))).toBe(false);
	});
});
