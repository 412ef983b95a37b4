import { describe, expect, it } from 'vitest';
import {
	answering,
	current,
	defaultTeamName,
	missed,
	newGame,
	powerResults,
	reduce,
	scores,
	spread,
	standings,
	type Action,
	type GameSettings,
	type GameState,
} from '../../src/classroom/game';
import { followUpPaper, followUpPayload } from '../../src/classroom/follow-up';
import { parseGame } from '../../src/classroom/saved';
import { decodePaper } from '../../src/instructor/codec';
import { syntheticBank } from '../fixtures/quizzes/questions';

const bank = syntheticBank(8);
const settings = (over: Partial<GameSettings> = {}): GameSettings => ({
	teams: [0, 1, 2].map(defaultTeamName),
	mode: 'turns',
	count: 6,
	powers: ['leadership', 'coverage', 'cohesion'],
	seed: 42,
	seconds: 30,
	...over,
});
const play = (state: GameState, ...actions: Action[]) => actions.reduce(reduce, state);
const Y: Action = { type: 'mark', right: true };
const N: Action = { type: 'mark', right: false };

describe('newGame()', () => {
	it('names teams 第一组… and draws the count spread over the chosen capacities, replayable by seed', () => {
		expect([0, 1, 7].map(defaultTeamName)).toEqual(['第一组', '第二组', '第八组']);
		expect(spread(7, ['renewal', 'leadership'])).toEqual({ leadership: 4, renewal: 3 });
		const g = newGame(settings(), bank);
		expect(g.questions).toHaveLength(6);
		const powers = g.questions.map((id) => bank.find((q) => q.id === id)!.power);
		expect(powers.filter((p) => p === 'coverage')).toHaveLength(2);
		expect(newGame(settings(), bank).questions).toEqual(g.questions);
		expect(newGame(settings({ seed: 43 }), bank).questions).not.toEqual(g.questions);
	});
	it('refuses fewer than two teams', () => {
		expect(() => newGame(settings({ teams: ['甲'] }), bank)).toThrow();
	});
});

describe('必答: turns and scoring', () => {
	it('gives each question to the next team in turn, skips included', () => {
		let g = newGame(settings(), bank);
		expect(answering(g)).toBe(0);
		g = play(g, Y);
		expect(answering(g)).toBe(1);
		g = play(g, { type: 'skip' });
		expect(answering(g)).toBe(2);
		g = play(g, N, Y);
		expect(answering(g)).toBe(1);
		expect(scores(g)).toEqual([20, 0, 0]);
	});
	it('ignores 抢答 keys', () => {
		const g = newGame(settings(), bank);
		expect(play(g, { type: 'buzz', team: 2 })).toBe(g);
	});
});

describe('抢答', () => {
	it('lets only the first team to press answer, and costs a wrong answer', () => {
		let g = newGame(settings({ mode: 'buzz' }), bank);
		expect(play(g, Y)).toBe(g); // nobody pressed: nothing to mark
		g = play(g, { type: 'buzz', team: 2 }, { type: 'buzz', team: 0 });
		expect(answering(g)).toBe(2);
		g = play(g, Y, { type: 'buzz', team: 1 }, N);
		expect(scores(g)).toEqual([0, -5, 10]);
		expect(play(g, { type: 'buzz', team: 3 }).buzzed).toBeNull(); // no fourth team
	});
});

describe('undo', () => {
	it('reopens the last closed question with its answer shown and its team restored', () => {
		let g = newGame(settings({ mode: 'buzz' }), bank);
		g = play(g, { type: 'buzz', team: 1 }, N);
		expect(current(g)).toBe(1);
		g = play(g, { type: 'undo' });
		expect(current(g)).toBe(0);
		expect(g.buzzed).toBe(1);
		expect(g.revealed).toBe(true);
		expect(scores(g)).toEqual([0, 0, 0]);
		g = play(g, Y);
		expect(scores(g)).toEqual([0, 10, 0]);
	});
	it('does nothing on a new game, and reopens an ended one', () => {
		const g = newGame(settings({ count: 2 }), bank);
		expect(play(g, { type: 'undo' })).toBe(g);
		const done = play(g, Y, Y);
		expect(done.ended).toBe(true);
		expect(play(done, { type: 'undo' }).ended).toBe(false);
	});
});

describe('the end', () => {
	it('ends after the last question, with podium, per-capacity results and the missed questions', () => {
		let g = newGame(settings(), bank);
		g = play(g, Y, N, { type: 'skip' }, Y, Y, N);
		expect(g.ended).toBe(true);
		expect(current(g)).toBeNull();
		expect(play(g, Y)).toBe(g);
		expect(standings(g).map((s) => [s.name, s.score, s.place])).toEqual([
			['第一组', 20, 1],
			['第二组', 10, 2],
			['第三组', 0, 3],
		]);
		expect(missed(g)).toEqual([g.questions[1], g.questions[2], g.questions[5]]);
		const results = powerResults(g, bank);
		expect(results.reduce((n, r) => n + r.asked, 0)).toBe(6);
		expect(results.reduce((n, r) => n + r.right, 0)).toBe(3);
		expect(results.map((r) => r.power)).toEqual(['leadership', 'coverage', 'cohesion']);
	});
	it('can end early; tied teams share a place; the follow-up paper holds the missed questions', () => {
		const g = play(newGame(settings(), bank), Y, Y, N, { type: 'end' });
		expect(g.ended).toBe(true);
		expect(play(g, { type: 'undo' })).toMatchObject({ ended: false, log: g.log });
		expect(standings(g).map((s) => s.place)).toEqual([1, 1, 3]);
		const spec = followUpPaper(g, '课后巩固作业')!;
		const decoded = decodePaper(followUpPayload(g, '课后巩固作业')!);
		expect(spec.questions).toEqual([g.questions[2]]);
		expect(decoded.ok && decoded.value.questions).toEqual([g.questions[2]]);
		expect(followUpPaper(play(newGame(settings(), bank), Y), '课后巩固作业')).toBeNull();
	});
});

describe('parseGame()', () => {
	it('round-trips a game through JSON and rejects inconsistent data', () => {
		const g = play(newGame(settings({ mode: 'buzz' }), bank), { type: 'buzz', team: 1 }, Y);
		expect(parseGame(JSON.parse(JSON.stringify(g)))).toEqual(g);
		expect(parseGame({ ...g, buzzed: 5 })).toBeUndefined();
		expect(parseGame({ ...g, log: [{ team: 9, right: true }] })).toBeUndefined();
		expect(parseGame({ ...g, v: 2 })).toBeUndefined();
		expect(parseGame('x')).toBeUndefined();
	});
});
