/**
 * Statistics of the question bank per power and overall: count, level mix (记忆/理解/应用/分析), share
 * above recall, type mix, difficulty mix — and whether the bank meets the issue-15 targets (≥ 220
 * questions, ≥ 55 % above recall overall, ≥ 40 % in every power). Printed by `npm run bank:stats`.
 * Owns: the numbers and their table. Must not: read files (scripts/bank-stats.mts does).
 * Plain TypeScript without runtime imports, so Node runs it directly (type stripping).
 */
import type { Question } from '../schemas/question';

export const LEVELS = ['recall', 'understand', 'apply', 'analyze'] as const;
export const TYPES = ['single', 'multiple', 'judge', 'blank', 'match', 'order', 'short'] as const;

export const TARGETS = { total: 220, aboveRecallAll: 0.55, aboveRecallPower: 0.4 } as const;

type StatQuestion = Pick<Question, 'id' | 'power' | 'type'> & {
	level?: string | undefined;
	difficulty?: number | undefined;
	fact?: string | undefined;
};

export interface Row {
	power: string;
	count: number;
	levels: Record<string, number>;
	types: Record<string, number>;
	difficulty: Record<string, number>;
	/** Share of items above recall, 0–1 (items without a level count as recall). */
	aboveRecall: number;
}

function row(power: string, qs: readonly StatQuestion[]): Row {
	const count = (key: (q: StatQuestion) => string, names: readonly string[]) => {
		const out: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
		for (const q of qs) out[key(q)] = (out[key(q)] ?? 0) + 1;
		return out;
	};
	const levels = count((q) => q.level ?? '(none)', LEVELS);
	const above = qs.filter((q) => q.level && q.level !== 'recall').length;
	return {
		power,
		count: qs.length,
		levels,
		types: count((q) => q.type, TYPES),
		difficulty: count((q) => String(q.difficulty ?? '(none)'), ['1', '2', '3']),
		aboveRecall: qs.length ? above / qs.length : 0,
	};
}

/** One row per power (in the order given) and a last row `all`. */
export function bankStats(questions: readonly StatQuestion[], powers: readonly string[]): Row[] {
	return [
		...powers.map((p) =>
			row(
				p,
				questions.filter((q) => q.power === p),
			),
		),
		row('all', questions),
	];
}

/** What misses the targets, one line each; empty when the bank meets them. */
export function missedTargets(rows: readonly Row[]): string[] {
	const out: string[] = [];
	const all = rows.find((r) => r.power === 'all');
	if (all && all.count < TARGETS.total) out.push(`题量 ${all.count} < ${TARGETS.total}`);
	if (all && all.aboveRecall < TARGETS.aboveRecallAll)
		out.push(`全库记忆以上 ${pct(all.aboveRecall)} < ${pct(TARGETS.aboveRecallAll)}`);
	for (const r of rows) {
		if (r.power !== 'all' && r.aboveRecall < TARGETS.aboveRecallPower)
			out.push(`${r.power} 记忆以上 ${pct(r.aboveRecall)} < ${pct(TARGETS.aboveRecallPower)}`);
	}
	return out;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

/** The rows as a Markdown table. */
export function statsTable(rows: readonly Row[]): string {
	const head = ['power', 'n', ...LEVELS, 'above recall', ...TYPES, 'd1', 'd2', 'd3'];
	const lines = rows.map((r) =>
		[
			r.power,
			r.count,
			...LEVELS.map((l) => r.levels[l] ?? 0),
			pct(r.aboveRecall),
			...TYPES.map((t) => r.types[t] ?? 0),
			r.difficulty['1'] ?? 0,
			r.difficulty['2'] ?? 0,
			r.difficulty['3'] ?? 0,
		].join(' | '),
	);
	return [head.join(' | '), head.map(() => '---').join(' | '), ...lines]
		.map((l) => `| ${l} |`)
		.join('\n');
}
