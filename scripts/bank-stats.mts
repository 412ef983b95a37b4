/**
 * `npm run bank:stats` — prints the bank's statistics per power (count, level mix, share above recall,
 * type mix, difficulty) as a Markdown table; with `--check` exits 1 when the issue-15 targets are missed.
 * Runs on Node's type stripping (Node ≥ 22.18), reading quizzes/bank/*.yaml directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { bankStats, missedTargets, statsTable } from '../src/quiz/bank-stats.ts';

const POWERS = [
	'overview',
	'leadership',
	'coverage',
	'cohesion',
	'development',
	'renewal',
	'synthesis',
];
const dir = 'quizzes/bank';
const questions = readdirSync(dir)
	.filter((n) => /\.ya?ml$/u.test(n))
	.flatMap((n) => (parse(readFileSync(`${dir}/${n}`, 'utf8')) as { questions: never[] }).questions);
const rows = bankStats(questions, POWERS);
console.log(statsTable(rows));
const missed = missedTargets(rows);
console.log(
	missed.length ? `\n未达标：\n${missed.map((m) => `  • ${m}`).join('\n')}` : '\n全部达标。',
);
if (process.argv.includes('--check') && missed.length) process.exitCode = 1;
