import { describe, expect, it } from 'vitest';
import {
	answering,
	current,
	defaultTeamName,
	missed,
	newGame as startGame,
	powerResults,
	reduce,
	scores,
	secondsLeft,
	standings,
	type Action,
	type GameSettings,
	type GameState,
} from '../../src/classroom/game';
import { followUpPaper, followUpPayload } from '../../src/classroom/follow-up';
import { hostCommand } from '../../src/classroom/keys';
import { parseGame } from '../../src/classroom/saved';
import { decodePaper } from '../../src/instructor/codec';
import { syntheticBank } from '../fixtures/quizzes/questions';

const bank = syntheticBank(8);
const blueprint = (count: number) => ({
	kind: 'blueprint' as const,
	count,
	powers: ['leadership' as const, 'coverage' as const, 'cohesion' as const],
	types: ['single' as const, 'judge' as const],
	levels: ['recall' as const],
});
const settings = (over: Partial<GameSettings> & { count?: number } = {}): GameSettings => {
	const { count = 6, ...rest } = over;
	return {
		teams: [0, 1, 2].map(defaultTeamName),
		mode: 'turns',
		rounds: blueprint(count),
		seed: 42,
		seconds: 30,
		...rest,
	};
};
const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);
const newGame = (s: GameSettings, b = bank) => startGame(s, b, T0);
const play = (state: GameState, ...actions: Action[]) => actions.reduce(reduce, state);
const Y: Action = { type: 'mark', right: true, at: T0 };
const N: Action = { type: 'mark', right: false, at: T0 };
const S: Action = { type: 'skip', at: T0 };
const U: Action = { type: 'undo', at: T0 };

describe('newGame()', () => {
	it('names teams 第一组… and draws the count spread over the chosen capacities, replayable by seed', () => {
		expect([0, 1, 7].map(defaultTeamName)).toEqual(['第一组', '第二组', '第八组']);
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
		g = play(g, S);
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
		g = play(g, U);
		expect(current(g)).toBe(0);
		expect(g.buzzed).toBe(1);
		expect(g.revealed).toBe(true);
		expect(scores(g)).toEqual([0, 0, 0]);
		g = play(g, Y);
		expect(scores(g)).toEqual([0, 10, 0]);
	});
	it('does nothing on a new game, and reopens an ended one', () => {
		const g = newGame(settings({ count: 2 }), bank);
		expect(play(g, U)).toBe(g);
		const done = play(g, Y, Y);
		expect(done.ended).toBe(true);
		expect(play(done, U).ended).toBe(false);
	});
});

describe('the end', () => {
	it('ends after the last question, with podium, per-capacity results and the missed questions', () => {
		let g = newGame(settings(), bank);
		g = play(g, Y, N, S, Y, Y, N);
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
		expect(play(g, U)).toMatchObject({ ended: false, log: g.log });
		expect(standings(g).map((s) => s.place)).toEqual([1, 1, 3]);
		const spec = followUpPaper(g, '课后巩固作业')!;
		const decoded = decodePaper(followUpPayload(g, '课后巩固作业')!);
		expect(spec.questions).toEqual([g.questions[2]]);
		expect(decoded.ok && decoded.value.questions).toEqual([g.questions[2]]);
		expect(followUpPaper(play(newGame(settings(), bank), Y), '课后巩固作业')).toBeNull();
	});
});

describe('countdown', () => {
	const at = (s: number) => T0 + s * 1000;
	it("keeps the open question's deadline, so the time left is known after a reload", () => {
		const g = newGame(settings({ seconds: 30 }));
		expect(g.deadline).toBe(at(30));
		expect(secondsLeft(g, T0)).toBe(30);
		expect(secondsLeft(g, at(0.2))).toBe(30);
		expect(secondsLeft(g, at(12.5))).toBe(18);
		// Saved, reloaded 12.5 s later: the same deadline, the time that was left.
		const reloaded = parseGame(JSON.parse(JSON.stringify(g)), at(12.5))!;
		expect(secondsLeft(reloaded, at(12.5))).toBe(18);
		expect(secondsLeft(g, at(30))).toBe(0);
		expect(secondsLeft(g, at(95))).toBe(0);
	});
	it('restarts a saved deadline further away than one countdown (clock set back, edited data)', () => {
		const g = newGame(settings({ seconds: 30 }));
		const far = { ...g, deadline: at(10_000) };
		expect(parseGame(JSON.parse(JSON.stringify(far)), at(5))!.deadline).toBe(at(35));
		expect(parseGame({ ...g, deadline: null }, at(5))!.deadline).toBe(at(35));
		const ended = play(g, { type: 'end' });
		expect(parseGame({ ...ended, deadline: at(3) }, at(5))!.deadline).toBeNull();
	});
	it('restarts for each question opened (next, undone, resumed) and stops at the end', () => {
		let g = newGame(settings({ seconds: 20, count: 2 }));
		g = reduce(g, { type: 'mark', right: true, at: at(7) });
		expect(g.deadline).toBe(at(27));
		g = reduce(g, { type: 'reveal' });
		expect(g.deadline).toBe(at(27));
		g = reduce(g, { type: 'undo', at: at(9) });
		expect(secondsLeft(g, at(9))).toBe(20);
		g = reduce(g, { type: 'end' });
		expect(g.deadline).toBeNull();
		expect(secondsLeft(g, at(9))).toBeNull();
		g = reduce(g, { type: 'undo', at: at(40) });
		expect(g.deadline).toBe(at(60));
		g = play(g, { type: 'skip', at: at(41) }, { type: 'skip', at: at(42) });
		expect(g.ended).toBe(true);
		expect(g.deadline).toBeNull();
	});
	it('has none when the host chose no countdown', () => {
		const g = newGame(settings({ seconds: 0 }));
		expect(g.deadline).toBeNull();
		expect(secondsLeft(play(g, Y), T0)).toBeNull();
	});
});

describe('parseGame()', () => {
	it('round-trips a game through JSON and rejects inconsistent data', () => {
		const g = play(newGame(settings({ mode: 'buzz' }), bank), { type: 'buzz', team: 1 }, Y);
		expect(parseGame(JSON.parse(JSON.stringify(g)), T0)).toEqual(g);
		expect(parseGame({ ...g, buzzed: 5 }, T0)).toBeUndefined();
		expect(parseGame({ ...g, log: [{ team: 9, right: true }] }, T0)).toBeUndefined();
		expect(parseGame({ ...g, v: 3 }, T0)).toBeUndefined();
		expect(parseGame({ ...g, deadline: undefined }, T0)).toBeUndefined();
		expect(parseGame('x', T0)).toBeUndefined();
	});
	it('migrates a version-1 game (no rounds, no deadline): every type and level, the countdown restarted', () => {
		const g = play(newGame(settings()), Y);
		const v1 = {
			v: 1,
			settings: {
				teams: g.settings.teams,
				mode: 'turns',
				count: 6,
				powers: ['coverage'],
				seed: 42,
				seconds: 30,
			},
			questions: g.questions,
			log: g.log,
			revealed: false,
			buzzed: null,
			ended: false,
		};
		const m = parseGame(v1, T0 + 5000)!;
		expect(m.v).toBe(2);
		expect(m.settings.rounds).toEqual({
			kind: 'blueprint',
			count: 6,
			powers: ['coverage'],
			types: ['single', 'multiple', 'judge', 'blank', 'short'],
			levels: ['recall', 'understand', 'apply', 'analyze'],
		});
		expect(secondsLeft(m, T0 + 5000)).toBe(30);
		expect(m.questions).toEqual(g.questions);
	});
});

describe('hostCommand()', () => {
	it("maps the host keys (any case) and the teams' number keys; ignores the rest", () => {
		expect(hostCommand('Y', 5)).toEqual({
			kind: 'game',
			action: { type: 'mark', right: true, at: 5 },
		});
		expect(hostCommand('n', 5)).toEqual({
			kind: 'game',
			action: { type: 'mark', right: false, at: 5 },
		});
		expect(hostCommand('s', 5)).toEqual({ kind: 'game', action: { type: 'skip', at: 5 } });
		expect(hostCommand('u', 5)).toEqual({ kind: 'game', action: { type: 'undo', at: 5 } });
		expect(hostCommand(' ', 5)).toEqual({ kind: 'game', action: { type: 'reveal' } });
		expect(hostCommand('e', 5)).toEqual({ kind: 'game', action: { type: 'end' } });
		expect(hostCommand('3', 5)).toEqual({ kind: 'game', action: { type: 'buzz', team: 2 } });
		expect(hostCommand('p', 5)).toEqual({ kind: 'print' });
		for (const k of ['9', '0', 'x', 'Enter', 'Tab']) expect(hostCommand(k, 5)).toBeNull();
	});
});
