/**
 * Bench: 班级汇总's cost in receipts × columns (issue 21 item 10). Times the pure work behind the
 * table — decoding and summarising pasted receipts (src/instructor/class-summary.ts), sorting by an
 * item column, and building every cell of the table/CSV — for:
 *   ordinary  300 learners, one typical assignment (7 items: lessons, quizzes, a case);
 *   wide      300 learners × 60 item columns (60 distinct custom items across the class, 12 on each
 *             receipt, so every receipt stays within its size limit);
 *   distinct  100 learners, each with 12 custom items nobody else has (1,200 columns; the case that
 *             froze the page: 26 s before).
 * Reported as milliseconds (median of 5 runs) and as ratios to the ordinary case, per run and per
 * table cell; linear cost means a per-cell ratio near 1. The DOM rendering is not measured here.
 * The TypeScript modules are bundled once with esbuild into a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

export const title = '班级汇总: cost per receipt and column (300 learners × 60 items vs. ordinary)';

async function loadModules(root) {
	const { build } = await import(
		pathToFileURL(join(root, 'node_modules/esbuild/lib/main.js')).href
	);
	const dir = mkdtempSync(join(tmpdir(), 'class-summary-bench-'));
	const outfile = join(dir, 'entry.mjs');
	await build({
		stdin: {
			contents: `export * from './src/instructor/class-summary.ts';
export * from './src/instructor/class-insights.ts';
export { KNOWN_QUESTIONS } from './src/instructor/question-index.ts';
export { encodeReceipt } from './src/instructor/codec.ts';`,
			resolveDir: root,
			loader: 'ts',
		},
		bundle: true,
		format: 'esm',
		platform: 'node',
		outfile,
		logLevel: 'silent',
	});
	const mod = await import(pathToFileURL(outfile).href);
	rmSync(dir, { recursive: true, force: true });
	return mod;
}

const MASTERY = { leadership: 80, coverage: 60, cohesion: null, development: 40, renewal: 100 };
const ORDINARY_ITEMS = [
	'lesson:overview',
	'lesson:leadership',
	'lesson:coverage',
	'quiz:lesson-leadership',
	'quiz:lesson-coverage',
	'quiz:exam',
	'case:village-meeting',
];

function receipt(n, refs, questions) {
	return {
		// r2: each learner missed 12 questions of the bank (a different mix per learner).
		missed: Array.from({ length: 12 }, (_, i) => questions[(n * 5 + i * 17) % questions.length]),
		assignmentId: 'k3v9x2qa',
		name: `学员${String(n).padStart(3, '0')}`,
		unit: `第${(n % 12) + 1}党支部`,
		passMark: 60,
		items: refs.map((ref, i) => ({
			ref,
			status: (n + i) % 4 === 0 ? 'doing' : 'done',
			score: ref.startsWith('quiz:') ? (n * 7 + i) % 101 : null,
		})),
		mastery: MASTERY,
		acceptedAt: 1_795_000_000_000,
		lastActivityAt: 1_795_000_100_000,
		issuedAt: 1_795_000_200_000 + n * 1000,
	};
}

function cases(encodeReceipt, questions) {
	const wideItems = Array.from({ length: 60 }, (_, i) => `quiz:c${String(i).padStart(2, '0')}`);
	return {
		ordinary: Array.from({ length: 300 }, (_, n) =>
			encodeReceipt(receipt(n, ORDINARY_ITEMS, questions)),
		),
		wide: Array.from({ length: 300 }, (_, n) =>
			encodeReceipt(
				receipt(
					n,
					Array.from({ length: 12 }, (_, i) => wideItems[(n * 12 + i) % 60]),
					questions,
				),
			),
		),
		distinct: Array.from({ length: 100 }, (_, n) =>
			encodeReceipt(
				receipt(
					n,
					Array.from({ length: 12 }, (_, i) => `quiz:u${n.toString(36)}-${i.toString(36)}`),
					questions,
				),
			),
		),
	};
}

const LABELS = {
	name: '姓名',
	unit: '单位',
	className: '班级',
	assignmentName: '作业名称',
	assignment: '作业',
	passed: '合格',
	yes: '是',
	no: '否',
	average: '平均',
	done: '完成',
	issued: '时间',
	time: (ms) => new Date(ms).toISOString(),
	status: { todo: '未开始', doing: '进行中', done: '已完成' },
	item: (ref) => ref,
	capacity: (c) => c,
};

function once(mod, text) {
	const start = performance.now();
	const summary = mod.summariseReceipts(text);
	const last = summary.items.at(-1);
	const rows = mod.sortRows(summary.rows, `item:${last}`, 'descending');
	const table = mod.classTableRows(summary, rows, LABELS);
	// 班级汇总 v2's answers: who needs help and the class's most-missed questions.
	mod.attentionOf(summary.rows, { due: '2026-01-10', today: '2026-02-01', passMark: null });
	mod.topMissed(summary.rows);
	const ms = performance.now() - start;
	return {
		ms,
		rows: summary.rows.length,
		columns: summary.items.length,
		cells: table.length * table[0].length,
	};
}

export async function run({ root, log }) {
	const mod = await loadModules(root);
	const inputs = cases(mod.encodeReceipt, mod.KNOWN_QUESTIONS);
	const results = {};
	for (const [name, codes] of Object.entries(inputs)) {
		const text = codes.join('\n');
		once(mod, text); // warm-up
		const runs = Array.from({ length: 5 }, () => once(mod, text));
		const times = runs.map((r) => r.ms).sort((a, b) => a - b);
		results[name] = { ...runs[0], ms: Math.round(times[2] * 10) / 10 };
		log(
			`${name}: ${results[name].rows} rows × ${results[name].columns} item columns, ${results[name].ms} ms`,
		);
	}
	const base = results.ordinary;
	const ratio = (r) => Math.round((r.ms / base.ms) * 10) / 10;
	const perCell = (r) => Math.round((r.ms / r.cells / (base.ms / base.cells)) * 100) / 100;
	const lines = [
		'| case | learners | item columns | table cells | median ms | × ordinary | per cell × ordinary |',
		'|---|---|---|---|---|---|---|',
		...Object.entries(results).map(
			([name, r]) =>
				`| ${name} | ${r.rows} | ${r.columns} | ${r.cells} | ${r.ms} | ${ratio(r)} | ${perCell(r)} |`,
		),
	];
	return {
		markdown: `${lines.join('\n')}\n\nLinear cost: the per-cell ratio stays near 1 however many columns there are.`,
		json: {
			cases: Object.fromEntries(
				Object.entries(results).map(([name, r]) => [
					name,
					{ ...r, ratio: ratio(r), perCell: perCell(r) },
				]),
			),
		},
	};
}
