/**
 * 班级汇总: many pasted receipt codes → one row per learner, duplicates and invalid codes reported one
 * by one, per-capacity averages, sorting and the CSV table.
 * Owns: parsing pasted text into receipts and summarising them. Must not: render or touch storage.
 *
 * Cost: each row indexes its items by reference once (`itemOf`), so the table and the CSV cost
 * receipts × columns, not receipts × columns × items (bench/class-summary.bench.mjs measures it).
 */
import { CAPACITY_IDS, type CapacityId } from '../article/powers';
import { decodeReceipt, type DecodeFailure, type Receipt, type ReceiptItem } from './codec';
import { isPassing } from './status';
import type { ItemRef } from './items';
import { learnerKey } from './text-rules';

/** A token that looks like an intended code: letter, version digits, dot, code characters. */
const CANDIDATE = /[A-Za-z]\d{1,3}\.[A-Za-z0-9_.-]*/gu;
/** At most this many codes are read from one paste (a class of 300 fits four times over). */
export const MAX_CODES = 1200;

export interface InvalidCode {
	line: number;
	/** The start of the code as pasted (shown as text, shortened). */
	excerpt: string;
	reason: DecodeFailure | 'too-many' | 'other-assignment';
	field?: string;
}
export interface Duplicate {
	line: number;
	name: string;
	unit: string;
	/** 'same-code': pasted twice; 'newer-kept': the same learner sent another receipt, the latest is kept. */
	reason: 'same-code' | 'older-replaced';
}
export interface LearnerRow {
	key: string;
	line: number;
	/** The receipt code as pasted (what a saved class keeps). */
	code: string;
	receipt: Receipt;
	passed: boolean;
	/** Mean of the scored items' scores, or null. */
	average: number | null;
	done: number;
	/** The receipt's items by reference (see itemOf). */
	byRef: ReadonlyMap<ItemRef, ReceiptItem>;
}

/** A learner's entry for one item (a column of the table), or undefined when not on the receipt. */
export function itemOf(row: LearnerRow, ref: ItemRef): ReceiptItem | undefined {
	return row.byRef.get(ref);
}
export interface ClassSummary {
	rows: LearnerRow[];
	invalid: InvalidCode[];
	duplicates: Duplicate[];
	/** Every item seen, in first-seen order. */
	items: ItemRef[];
	/** Assignment ids seen (more than one means receipts from different assignments were mixed). */
	assignments: string[];
	/** Per-capacity mean over learners who have a value, or null. */
	capacityAverages: Record<CapacityId, number | null>;
}

const excerpt = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);
const mean = (xs: number[]) =>
	xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : null;

/**
 * `passMark` overrides the pass mark carried by each receipt (null: use each receipt's own).
 * `assignmentId`, when the class knows its assignment, refuses receipts for any other one.
 */
export function summariseReceipts(
	text: string,
	passMark: number | null = null,
	assignmentId: string | null = null,
): ClassSummary {
	const invalid: InvalidCode[] = [];
	const duplicates: Duplicate[] = [];
	const byLearner = new Map<string, LearnerRow>();
	const seenCodes = new Set<string>();
	let count = 0;
	text.split(/\r\n|\r|\n/u).forEach((lineText, index) => {
		const line = index + 1;
		for (const match of lineText.matchAll(CANDIDATE)) {
			const code = match[0];
			if (++count > MAX_CODES) {
				if (count === MAX_CODES + 1)
					invalid.push({ line, excerpt: excerpt(code), reason: 'too-many' });
				continue;
			}
			const result = decodeReceipt(code);
			if (!result.ok) {
				invalid.push({
					line,
					excerpt: excerpt(code),
					reason: result.reason,
					...(result.field ? { field: result.field } : {}),
				});
				continue;
			}
			const r = result.value;
			if (assignmentId !== null && r.assignmentId !== assignmentId) {
				invalid.push({ line, excerpt: excerpt(code), reason: 'other-assignment' });
				continue;
			}
			if (seenCodes.has(code)) {
				duplicates.push({ line, name: r.name, unit: r.unit, reason: 'same-code' });
				continue;
			}
			seenCodes.add(code);
			const key = learnerKey(r.assignmentId, r.name, r.unit);
			const pm = passMark ?? r.passMark;
			const scored = r.items.map((i) => i.score).filter((s): s is number => s !== null);
			const row: LearnerRow = {
				key,
				line,
				code,
				receipt: r,
				passed: isPassing(r.items, pm),
				average: mean(scored),
				done: r.items.filter((i) => i.status === 'done').length,
				byRef: new Map(r.items.map((i) => [i.ref, i])),
			};
			const earlier = byLearner.get(key);
			if (earlier) {
				const keepNew = r.issuedAt >= earlier.receipt.issuedAt;
				const dropped = keepNew ? earlier : row;
				duplicates.push({
					line: dropped.line,
					name: r.name,
					unit: r.unit,
					reason: 'older-replaced',
				});
				if (keepNew) byLearner.set(key, row);
			} else byLearner.set(key, row);
		}
	});
	const rows = [...byLearner.values()];
	const items: ItemRef[] = [];
	const seenItems = new Set<string>();
	for (const row of rows)
		for (const i of row.receipt.items)
			if (!seenItems.has(i.ref)) {
				seenItems.add(i.ref);
				items.push(i.ref);
			}
	const capacityAverages = Object.fromEntries(
		CAPACITY_IDS.map((c) => [
			c,
			mean(rows.map((r) => r.receipt.mastery[c]).filter((m): m is number => m !== null)),
		]),
	) as Record<CapacityId, number | null>;
	return {
		rows,
		invalid,
		duplicates,
		items,
		assignments: [...new Set(rows.map((r) => r.receipt.assignmentId))],
		capacityAverages,
	};
}

export type SortKey =
	| 'name'
	| 'unit'
	| 'passed'
	| 'average'
	| 'done'
	| 'issued'
	| `item:${string}`
	| `cap:${CapacityId}`;
export type SortDirection = 'ascending' | 'descending';

function sortValue(row: LearnerRow, key: SortKey): string | number {
	const r = row.receipt;
	if (key === 'name') return r.name;
	if (key === 'unit') return r.unit;
	if (key === 'passed') return row.passed ? 1 : 0;
	if (key === 'average') return row.average ?? -1;
	if (key === 'done') return row.done;
	if (key === 'issued') return r.issuedAt;
	if (key.startsWith('cap:')) return r.mastery[key.slice(4) as CapacityId] ?? -1;
	const item = itemOf(row, key.slice(5) as ItemRef);
	if (!item) return -2;
	return item.score ?? (item.status === 'done' ? 101 : item.status === 'doing' ? -0.5 : -1);
}

const collator = new Intl.Collator('zh-CN');

/** A sorted copy; ties keep paste order. */
export function sortRows(
	rows: readonly LearnerRow[],
	key: SortKey,
	direction: SortDirection,
): LearnerRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return rows
		.map((row, i) => ({ row, i }))
		.sort((a, b) => {
			const x = sortValue(a.row, key);
			const y = sortValue(b.row, key);
			const c =
				typeof x === 'string' && typeof y === 'string'
					? collator.compare(x, y)
					: Number(x) - Number(y);
			return c * sign || a.i - b.i;
		})
		.map((e) => e.row);
}

/** Labels the table needs; the page fills them from the translation file. */
export interface CsvLabels {
	name: string;
	unit: string;
	/** 班级 and 作业 column headers (filled from the saved class, so every row names them). */
	className: string;
	assignmentName: string;
	assignment: string;
	passed: string;
	yes: string;
	no: string;
	average: string;
	done: string;
	issued: string;
	/** Formats an epoch-ms time for the table (local time). */
	time: (ms: number) => string;
	status: Record<'todo' | 'doing' | 'done', string>;
	item: (ref: ItemRef) => string;
	capacity: (c: CapacityId) => string;
}

/** The class table as rows of cells (header first), ready for toCsv; `names`: the saved class's names. */
export function classTableRows(
	summary: ClassSummary,
	rows: readonly LearnerRow[],
	l: CsvLabels,
	names: { className: string; assignmentName: string } = { className: '', assignmentName: '' },
): (string | number | null)[][] {
	const header = [
		l.name,
		l.unit,
		l.className,
		l.assignmentName,
		l.assignment,
		l.passed,
		l.average,
		l.done,
		...summary.items.map(l.item),
		...CAPACITY_IDS.map(l.capacity),
		l.issued,
	];
	const body = rows.map((row) => {
		const r = row.receipt;
		return [
			r.name,
			r.unit,
			names.className,
			names.assignmentName,
			r.assignmentId,
			row.passed ? l.yes : l.no,
			row.average,
			`${row.done}/${r.items.length}`,
			...summary.items.map((ref) => {
				const item = itemOf(row, ref);
				if (!item) return '';
				return item.score !== null ? item.score : l.status[item.status];
			}),
			...CAPACITY_IDS.map((c) => r.mastery[c]),
			l.time(r.issuedAt),
		];
	});
	return [header, ...body];
}
