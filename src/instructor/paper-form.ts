/**
 * 组卷's count table: what the instructor typed in each capacity × type cell, read into counts with
 * a reason for every count the bank cannot meet (never silently capped), the row, column and grand
 * totals, and the presets (每种能力 2 题; 综合测试同款 from the exam's blueprint).
 *
 * Owns: reading, checking and totalling the typed counts; the presets' counts. Must not: draw
 * questions (./paper.ts) or hold UI text (problems are codes; the component words them).
 */
import { CAPACITY_IDS, POWER_IDS, type PowerId } from '../article/powers';
import { QUESTION_TYPES, type QuestionType } from '../schemas/question-types';
import type { PaperCounts } from './paper';

/** How many questions the bank has per capacity and type (./paper.ts availableCounts). */
export type Available = Readonly<Record<PowerId, Readonly<Record<QuestionType, number>>>>;

/** The key of one cell of the table, e.g. `leadership.single`. */
export type CellKey = `${PowerId}.${QuestionType}`;

/** What was typed, per cell (a missing or blank cell is 0). */
export type CellTexts = Partial<Record<CellKey, string>>;

/** Why a typed count cannot be used. */
export type CountProblem =
	| { code: 'not-a-number' }
	| { code: 'not-integer' }
	| { code: 'negative' }
	| { code: 'more-than-bank'; max: number };

export interface CellProblem {
	power: PowerId;
	type: QuestionType;
	problem: CountProblem;
}

export interface CountTable {
	/** The usable counts (cells with a problem count 0 here, and in the totals). */
	counts: PaperCounts;
	/** Every cell that cannot be used, in table order (row by row). */
	problems: CellProblem[];
	rowTotals: Record<PowerId, number>;
	columnTotals: Record<QuestionType, number>;
	total: number;
}

export function cellKey(power: PowerId, type: QuestionType): CellKey {
	return `${power}.${type}`;
}

/** Full-width digits, minus and point (a Chinese IME's) read as their ASCII forms. */
function halfWidth(text: string): string {
	return text
		.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/[－−]/gu, '-')
		.replace(/．/gu, '.');
}

/** One typed count: its value, or why it cannot be used. A blank cell is 0. */
export function readCount(
	text: string | undefined,
	max: number,
): { ok: true; n: number } | { ok: false; problem: CountProblem } {
	const trimmed = halfWidth(text ?? '').trim();
	if (trimmed === '') return { ok: true, n: 0 };
	if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/u.test(trimmed)) {
		return { ok: false, problem: { code: 'not-a-number' } };
	}
	const n = Number(trimmed);
	if (n < 0) return { ok: false, problem: { code: 'negative' } };
	if (!Number.isInteger(n)) return { ok: false, problem: { code: 'not-integer' } };
	if (n > max) return { ok: false, problem: { code: 'more-than-bank', max } };
	return { ok: true, n };
}

/** Reads the whole table against what the bank holds. */
export function readCountTable(texts: CellTexts, available: Available): CountTable {
	const counts: PaperCounts = {};
	const problems: CellProblem[] = [];
	const rowTotals = Object.fromEntries(POWER_IDS.map((p) => [p, 0])) as Record<PowerId, number>;
	const columnTotals = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<
		QuestionType,
		number
	>;
	let total = 0;
	for (const power of POWER_IDS) {
		for (const type of QUESTION_TYPES) {
			const read = readCount(texts[cellKey(power, type)], available[power][type]);
			if (!read.ok) {
				problems.push({ power, type, problem: read.problem });
				continue;
			}
			if (read.n === 0) continue;
			counts[power] = { ...counts[power], [type]: read.n };
			rowTotals[power] += read.n;
			columnTotals[type] += read.n;
			total += read.n;
		}
	}
	return { counts, problems, rowTotals, columnTotals, total };
}

/** Why a table cannot make a paper yet, first reason first; null when it can. */
export type TableProblem =
	{ code: 'cells'; n: number } | { code: 'empty' } | { code: 'too-many'; n: number; max: number };

/** Whether the table makes a paper of at most `max` questions (the link format's limit). */
export function tableProblem(table: CountTable, max: number): TableProblem | null {
	if (table.problems.length > 0) return { code: 'cells', n: table.problems.length };
	if (table.total === 0) return { code: 'empty' };
	if (table.total > max) return { code: 'too-many', n: table.total, max };
	return null;
}

/**
 * `n` questions of one capacity spread over its types: one of each type in turn (单选, 多选, 判断,
 * 填空, 连线, 排序, 简答), skipping types the bank has run out of, so a small preset mixes types.
 * Takes all there are when the capacity has fewer than `n`.
 */
export function spreadOverTypes(
	available: Readonly<Record<QuestionType, number>>,
	n: number,
): Partial<Record<QuestionType, number>> {
	const taken = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<
		QuestionType,
		number
	>;
	let left = Math.max(0, Math.floor(n));
	while (left > 0) {
		const before = left;
		for (const type of QUESTION_TYPES) {
			if (left === 0) break;
			if (taken[type] < available[type]) {
				taken[type] += 1;
				left -= 1;
			}
		}
		if (left === before) break; // the capacity has no more questions
	}
	return Object.fromEntries(QUESTION_TYPES.filter((t) => taken[t] > 0).map((t) => [t, taken[t]]));
}

/** Counts as cell texts (what a preset writes into the table; every other cell becomes blank). */
export function countsToTexts(counts: PaperCounts): CellTexts {
	const texts: CellTexts = {};
	for (const power of POWER_IDS) {
		for (const type of QUESTION_TYPES) {
			const n = counts[power]?.[type] ?? 0;
			if (n > 0) texts[cellKey(power, type)] = String(n);
		}
	}
	return texts;
}

/** Counts per capacity spread over types (the presets' shared shape). */
export function presetCounts(
	perPower: Partial<Record<PowerId, number>>,
	available: Available,
): PaperCounts {
	const counts: PaperCounts = {};
	for (const power of POWER_IDS) {
		const n = perPower[power] ?? 0;
		if (n <= 0) continue;
		const spread = spreadOverTypes(available[power], n);
		if (Object.keys(spread).length > 0) counts[power] = spread;
	}
	return counts;
}

/** 每种能力 2 题: two questions for each of the five capacities (not 总论 or 五力协同). */
export function presetPerCapacity(available: Available, n = 2): PaperCounts {
	return presetCounts(Object.fromEntries(CAPACITY_IDS.map((p) => [p, n])), available);
}

/** The total a set of counts asks for. */
export function countsTotal(counts: PaperCounts): number {
	return POWER_IDS.reduce(
		(sum, p) => sum + QUESTION_TYPES.reduce((s, t) => s + (counts[p]?.[t] ?? 0), 0),
		0,
	);
}
