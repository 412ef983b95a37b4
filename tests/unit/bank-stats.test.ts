/** The bank statistics behind `npm run bank:stats` (src/quiz/bank-stats.ts). */
import { describe, expect, it } from 'vitest';
import { bankStats, missedTargets, statsTable } from '../../src/quiz/bank-stats';

const q = (id: string, power: string, type: 'single' | 'judge', level: string) =>
	({ id, power, type, level, difficulty: 1 }) as never;

describe('bankStats()', () => {
	const rows = bankStats(
		[
			q('a', 'coverage', 'single', 'apply'),
			q('b', 'coverage', 'judge', 'recall'),
			q('c', 'renewal', 'judge', 'recall'),
		],
		['coverage', 'renewal'],
	);
	it('counts levels, types and the share above recall per power and overall', () => {
		expect(rows.map((r) => [r.power, r.count, r.aboveRecall])).toEqual([
			['coverage', 2, 0.5],
			['renewal', 1, 0],
			['all', 3, 1 / 3],
		]);
		expect(rows[0]?.levels).toMatchObject({ recall: 1, apply: 1, understand: 0 });
		expect(rows[0]?.types).toMatchObject({ single: 1, judge: 1 });
	});
	it('names every missed target', () => {
		expect(missedTargets(rows)).toEqual([
			'题量 3 < 220',
			'全库记忆以上 33.3 % < 55 %',
			'renewal 记忆以上 0 % < 40 %',
		]);
	});
	it('prints a Markdown table with a header and one line per row', () => {
		expect(statsTable(rows).split('\n')).toHaveLength(5);
	});
});
