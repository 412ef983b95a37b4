import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseSchema } from '../../src/schemas/case';
import {
	decisionCount,
	longestDecisionPath,
	pathPerEnding,
	pathsToEndings,
	reachableEndings,
} from '../../src/cases/graph';
import {
	advance,
	back,
	canContinue,
	canGoBack,
	choose,
	currentStep,
	endingOf,
	pathTaken,
	startWalk,
} from '../../src/cases/walk';
import { CASE_ENDING_EVENT, publishCaseEnding } from '../../src/cases/ending-sink';

const valid = CaseSchema.parse(parse(readFileSync('tests/fixtures/cases/valid.yaml', 'utf8')));

describe('graph', () => {
	it('enumerates every path from the start to an ending', () => {
		const paths = pathsToEndings(valid);
		expect(paths).toHaveLength(8);
		expect(paths.every((p) => decisionCount(p) === 3)).toBe(true);
		expect(longestDecisionPath(valid)).toBe(3);
	});
	it('gives one path per ending, together reaching every ending', () => {
		const per = pathPerEnding(valid);
		expect(per.map((p) => p.ending)).toEqual(['end-a', 'end-b']);
		expect(per[1]!.path).toEqual([
			{ node: 'start' },
			{ node: 'd1', choice: 0 },
			{ node: 'd2', choice: 0 },
			{ node: 'd3', choice: 1 },
			{ node: 'end-b' },
		]);
		expect(reachableEndings(valid).map((e) => e.id)).toEqual(['end-a', 'end-b']);
	});
});

describe('walk', () => {
	it('starts at the first node and continues from a situation', () => {
		const walk = startWalk(valid);
		expect(currentStep(valid, walk).node.id).toBe('start');
		expect(canContinue(valid, walk)).toBe(true);
		expect(canGoBack(walk)).toBe(false);
		expect(currentStep(valid, advance(valid, walk)).node.id).toBe('d1');
	});

	it('shows the chosen consequence before moving on, and reaches an ending', () => {
		let walk = advance(valid, startWalk(valid));
		expect(canContinue(valid, walk)).toBe(false);
		walk = choose(valid, walk, 1);
		expect(currentStep(valid, walk).choice?.label).toBe('先办事');
		expect(choose(valid, walk, 0)).toBe(walk);
		walk = advance(valid, walk);
		walk = advance(valid, choose(valid, walk, 0));
		walk = advance(valid, choose(valid, walk, 1));
		expect(endingOf(valid, walk)?.id).toBe('end-b');
		expect(pathTaken(valid, walk).map((t) => [t.node.id, t.choice.label])).toEqual([
			['d1', '先办事'],
			['d2', '民主讨论'],
			['d3', '不再过问'],
		]);
	});

	it('goes back one move at a time: un-choose, then return to the previous decision', () => {
		let walk = advance(valid, startWalk(valid));
		walk = advance(valid, choose(valid, walk, 0));
		expect(currentStep(valid, walk).node.id).toBe('d2');
		walk = back(walk);
		expect(currentStep(valid, walk).node.id).toBe('d1');
		expect(currentStep(valid, walk).choice).toBeUndefined();
		walk = choose(valid, walk, 1);
		walk = back(walk);
		expect(currentStep(valid, walk).choice).toBeUndefined();
		walk = back(walk);
		expect(currentStep(valid, walk).node.id).toBe('start');
		expect(back(walk)).toEqual(walk);
	});
});

describe('publishCaseEnding()', () => {
	afterEach(() => vi.unstubAllGlobals());
	it('dispatches a zuzhili:case-ending event with the record', () => {
		const target = new EventTarget();
		vi.stubGlobal('window', target);
		const received: unknown[] = [];
		target.addEventListener(CASE_ENDING_EVENT, (e) => received.push((e as CustomEvent).detail));
		const record = {
			caseId: 'valid',
			endingId: 'end-a',
			path: [{ node: 'start' }, { node: 'end-a' }],
			finishedAt: '2026-01-01T00:00:00.000Z',
		};
		publishCaseEnding(record);
		expect(received).toEqual([record]);
	});
});
