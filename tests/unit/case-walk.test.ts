import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseSchema } from '../../src/schemas/case';
import {
	decisionCount,
	describePath,
	enumeratePaths,
	longestDecisionPath,
	pathPerEnding,
	pathsToEndings,
	reachableEndings,
} from '../../src/cases/graph';
import { matches, visibleLines } from '../../src/cases/state';
import {
	advance,
	back,
	canContinue,
	canGoBack,
	choose,
	currentStep,
	endingOf,
	pathTaken,
	restoreWalk,
	startWalk,
	stateOf,
} from '../../src/cases/walk';
import { CASE_ENDING_EVENT, publishCaseEnding } from '../../src/cases/ending-sink';
import { parseSavedSteps } from '../../src/cases/resume';

const valid = CaseSchema.parse(parse(readFileSync('tests/fixtures/cases/valid.yaml', 'utf8')));

describe('graph', () => {
	it('enumerates every path with the state it builds and the ending its rules pick', () => {
		const { paths, faults } = enumeratePaths(valid);
		expect(faults).toEqual([]);
		expect(paths).toHaveLength(8);
		expect(paths.every((p) => decisionCount(p.steps) === 3)).toBe(true);
		expect(longestDecisionPath(valid)).toBe(3);
		const byRoute = Object.fromEntries(paths.map((p) => [describePath(p.steps), p.ending]));
		expect(byRoute['d1 选 A → d2 选 A → d3 选 A']).toBe('end-a');
		expect(byRoute['d1 选 B → d2 选 A → d3 选 A']).toBe('end-c');
		expect(byRoute['d1 选 A → d2 选 A → d3 选 B']).toBe('end-b');
		const best = paths.find((p) => p.ending === 'end-a')!;
		expect(best.state).toEqual({
			flags: ['collective', 'followed', 'studied'],
			points: { leadership: 1 },
		});
	});
	it('gives one path per ending, together reaching every ending', () => {
		const per = pathPerEnding(valid);
		expect(per.map((p) => p.ending).sort()).toEqual(['end-a', 'end-b', 'end-c']);
		expect(pathsToEndings(valid)).toHaveLength(8);
		expect(reachableEndings(valid).map((e) => e.id)).toEqual(['end-a', 'end-b', 'end-c']);
	});
});

describe('state', () => {
	it('matches conditions on flags and points, and shows conditional lines', () => {
		const state = { flags: ['a', 'b'], points: { leadership: 2 } };
		expect(matches(state, { all: ['a', 'b'] })).toBe(true);
		expect(matches(state, { any: ['c', 'b'] })).toBe(true);
		expect(matches(state, { none: ['a'] })).toBe(false);
		expect(matches(state, { atLeast: { leadership: 2 } })).toBe(true);
		expect(matches(state, { below: { leadership: 2 } })).toBe(false);
		expect(matches(state, { all: ['a'], atLeast: { coverage: 1 } })).toBe(false);
		expect(
			visibleLines(
				['always', { when: { all: ['a'] }, text: 'yes' }, { when: { none: ['a'] }, text: 'no' }],
				state,
			),
		).toEqual(['always', 'yes']);
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
		walk = choose(valid, walk, 0);
		expect(stateOf(valid, walk).flags).toEqual(['collective', 'followed']);
		walk = advance(valid, walk);
		// d3 A with d1 B: the rules pick end-c, not the best ending.
		expect(endingOf(valid, walk)?.id).toBe('end-c');
		expect(pathTaken(valid, walk).map((t) => [t.node.id, t.choice.label])).toEqual([
			['d1', '先办事'],
			['d2', '民主讨论'],
			['d3', '督促检查'],
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

describe('restoreWalk()', () => {
	it('replays a saved walk, and refuses one the case no longer allows', () => {
		let walk = advance(valid, startWalk(valid));
		walk = advance(valid, choose(valid, walk, 1));
		walk = choose(valid, walk, 0);
		expect(restoreWalk(valid, walk.steps)).toEqual(walk);
		expect(restoreWalk(valid, [{ node: 'd1' }])).toBeUndefined();
		expect(restoreWalk(valid, [{ node: 'start' }, { node: 'd3' }])).toBeUndefined();
		expect(restoreWalk(valid, [{ node: 'start' }, { node: 'd1', choice: 7 }])).toBeUndefined();
		const ended = [
			{ node: 'start' },
			{ node: 'd1', choice: 0 },
			{ node: 'd2', choice: 0 },
			{ node: 'd3', choice: 0 },
			{ node: 'end-a' },
		];
		expect(endingOf(valid, restoreWalk(valid, ended)!)?.id).toBe('end-a');
		// The same steps cannot end in end-c: the state says end-a.
		expect(restoreWalk(valid, [...ended.slice(0, -1), { node: 'end-c' }])).toBeUndefined();
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

describe('parseSavedSteps()', () => {
	it('accepts a list of well-formed steps and refuses anything else', () => {
		expect(parseSavedSteps([{ node: 'start' }, { node: 'd1', choice: 1 }])).toEqual([
			{ node: 'start' },
			{ node: 'd1', choice: 1 },
		]);
		for (const bad of [
			undefined,
			'start',
			[],
			[{ node: 'Start' }],
			[{ node: 'd1', choice: 4 }],
			[{ node: 'd1', choice: 0.5 }],
			[{ node: '__proto__' }],
			Array.from({ length: 61 }, () => ({ node: 'd1' })),
		])
			expect(parseSavedSteps(bad), JSON.stringify(bad)?.slice(0, 40)).toBeUndefined();
	});
});
