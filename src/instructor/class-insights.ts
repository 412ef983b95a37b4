/**
 * What 班级汇总 tells an instructor first: who needs help (not started, overdue, failed), which
 * questions the class got wrong most (from r2 receipts' missed questions), how each learner stands per
 * capacity (a band for the grid's colour, always shown with its number), and the follow-up paper of
 * the most-missed questions (a `p1.` paper for /paper/).
 * Owns: those derivations. Must not: render, fetch questions or touch storage.
 */
import { DEFAULT_PAPER_PASS_MARK, type PaperSpec } from './codec';
import { summariseReceipts, type LearnerRow } from './class-summary';
import { KNOWN_QUESTIONS } from './question-index';

export interface Attention {
	/** No item started. */
	notStarted: LearnerRow[];
	/** The due date has passed and some item is not done. */
	overdue: LearnerRow[];
	/** Some quiz done below the pass mark. */
	failed: LearnerRow[];
}

/**
 * Who needs the instructor. `today` and `due` are local calendar days (YYYY-MM-DD): an assignment due
 * today is not overdue yet. `passMark` overrides each receipt's own (null: use the receipt's).
 */
export function attentionOf(
	rows: readonly LearnerRow[],
	opts: { due: string | null; today: string; passMark: number | null },
): Attention {
	const late = opts.due !== null && opts.today > opts.due;
	const notStarted: LearnerRow[] = [];
	const overdue: LearnerRow[] = [];
	const failed: LearnerRow[] = [];
	for (const row of rows) {
		const items = row.receipt.items;
		const pm = opts.passMark ?? row.receipt.passMark;
		if (items.every((i) => i.status === 'todo')) notStarted.push(row);
		if (late && items.some((i) => i.status !== 'done')) overdue.push(row);
		if (items.some((i) => i.status === 'done' && i.score !== null && i.score < pm))
			failed.push(row);
	}
	return { notStarted, overdue, failed };
}

export interface MissedQuestion {
	id: string;
	/** Learners who missed it. */
	count: number;
}

const INDEX = new Map(KNOWN_QUESTIONS.map((id, i) => [id, i]));

/**
 * The questions missed by most learners (ties in question-index order), and how many learners' receipts
 * say what they missed (r2; an r1 receipt does not, so it is not counted in `reporting`).
 */
export function topMissed(
	rows: readonly LearnerRow[],
	n = 10,
): { top: MissedQuestion[]; reporting: number } {
	const counts = new Map<string, number>();
	let reporting = 0;
	for (const row of rows) {
		const missed = row.receipt.missed;
		if (missed === undefined) continue;
		reporting++;
		for (const id of missed) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	const top = [...counts]
		.map(([id, count]) => ({ id, count }))
		.sort((a, b) => b.count - a.count || (INDEX.get(a.id) ?? 0) - (INDEX.get(b.id) ?? 0))
		.slice(0, n);
	return { top, reporting };
}

export type MasteryBand = 'none' | 'low' | 'mid' | 'high';

/** The grid's band for a mastery percent: under 60 weak, 60–79 fair, 80 and above good. */
export function masteryBand(value: number | null): MasteryBand {
	if (value === null) return 'none';
	return value >= 80 ? 'high' : value >= 60 ? 'mid' : 'low';
}

/**
 * The follow-up paper (「针对易错题布置巩固作业」): the most-missed questions, most-missed first, with a
 * seed from the questions so the same class data gives the same paper. Null when nothing was missed.
 */
export function followUpPaper(top: readonly MissedQuestion[], title: string): PaperSpec | null {
	if (top.length === 0) return null;
	const questions = top.map((m) => m.id);
	let seed = 2166136261;
	for (const ch of questions.join(',')) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619) >>> 0;
	return { seed, questions, title, passMark: DEFAULT_PAPER_PASS_MARK };
}

/**
 * 组卷's 「只考易错题」: a saved class's most-missed questions (at most `n`, most-missed first) that the
 * bank still holds, or an empty list when no r2 receipt in the class says what was missed.
 */
export function classMistakes(
	codes: readonly string[],
	inBank: (id: string) => boolean,
	n = 20,
): MissedQuestion[] {
	const { rows } = summariseReceipts(codes.join('\n'));
	return topMissed(rows, KNOWN_QUESTIONS.length)
		.top.filter((m) => inBank(m.id))
		.slice(0, n);
}
