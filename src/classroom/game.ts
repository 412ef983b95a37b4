/**
 * 课堂竞答: the classroom quiz game as a pure reducer (no DOM, no clock, no storage). The state is plain
 * JSON so the page can save it in the progress store and resume it after a reload.
 *
 * Rules: 2–8 teams; the questions come from a blueprint or a 组卷 paper (./rounds.ts). 必答 (`turns`):
 * the teams answer in turn, one question each. 抢答 (`buzz`): the first team to press its key answers.
 * The host marks right (+10) or wrong (0 in 必答, −5 in 抢答 so guessing costs), or skips; each mark or
 * skip closes the question and opens the next. Undo reopens the last closed question. The game ends
 * after the last question or when the host ends it.
 *
 * Time is injected: every action that opens a question carries the time `at` (epoch ms), and the state
 * keeps the open question's countdown deadline, so a reload resumes the time that was left.
 *
 * Owns: game rules, the countdown deadline, scores and end-of-game results. Must not: render, read the
 * clock or touch storage.
 */
import { POWER_IDS, type PowerId } from '../article/powers';
import type { Question } from '../schemas/question';
import type { QuestionLevel } from '../schemas/question-types';
import { blueprintRounds, paperRounds, type ClassroomType } from './rounds';

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 8;
export { CLASSROOM_TYPES, MAX_QUESTIONS } from './rounds';
export const POINTS_RIGHT = 10;
export const POINTS_WRONG_BUZZ = -5;
/** Longest countdown per question, in seconds. */
export const MAX_SECONDS = 600;

export type Mode = 'turns' | 'buzz';

/** Where the questions come from: a blueprint drawn by the seed, or a 组卷 paper's list. */
export type Rounds =
	| {
			kind: 'blueprint';
			count: number;
			powers: PowerId[];
			types: ClassroomType[];
			levels: QuestionLevel[];
	  }
	| { kind: 'paper'; title: string; questions: string[] };

export interface GameSettings {
	teams: string[];
	mode: Mode;
	rounds: Rounds;
	/** Draws the blueprint's questions and orders every question's options: the same seed replays the game. */
	seed: number;
	/** Countdown per question in seconds (0 = none). */
	seconds: number;
}

/** One closed question: marked for a team, or skipped (team null). */
export interface Entry {
	team: number | null;
	right: boolean;
}

export interface GameState {
	v: 2;
	settings: GameSettings;
	/** Question ids in play order. */
	questions: string[];
	/** One entry per closed question; the open question is `questions[log.length]`. */
	log: Entry[];
	revealed: boolean;
	/** 抢答: the team that pressed first for the open question. */
	buzzed: number | null;
	ended: boolean;
	/** When the open question's countdown runs out (epoch ms); null without a countdown or question. */
	deadline: number | null;
}

/** Actions that open a question (the next one, or the last one again) carry the time `at` (epoch ms). */
export type Action =
	| { type: 'buzz'; team: number }
	| { type: 'mark'; right: boolean; at: number }
	| { type: 'skip'; at: number }
	| { type: 'undo'; at: number }
	| { type: 'reveal' }
	| { type: 'end' };

/** The default name of team `i` (0-based): 第一组, 第二组, … */
export function defaultTeamName(i: number): string {
	return `第${'一二三四五六七八'[i] ?? String(i + 1)}组`;
}

/** The question ids a game with these settings asks, in play order (fixed by the seed). */
export function roundsOf(settings: GameSettings, bank: readonly Question[]): string[] {
	const r = settings.rounds;
	return r.kind === 'paper'
		? paperRounds(bank, r.questions).questions
		: blueprintRounds(bank, r, r.count, settings.seed);
}

/** The countdown deadline of a question opened at `at`, or null when the game has none. */
function deadlineFrom(settings: GameSettings, at: number): number | null {
	return settings.seconds > 0 ? at + settings.seconds * 1000 : null;
}

/** A new game started at `at`: the draw is fixed by the seed, so the same settings replay the same questions. */
export function newGame(settings: GameSettings, bank: readonly Question[], at: number): GameState {
	const teams = settings.teams.slice(0, MAX_TEAMS);
	if (teams.length < MIN_TEAMS) throw new Error(`a game needs ${MIN_TEAMS}–${MAX_TEAMS} teams`);
	const questions = roundsOf(settings, bank);
	const ended = questions.length === 0;
	return {
		v: 2,
		settings: { ...settings, teams },
		questions,
		log: [],
		revealed: false,
		buzzed: null,
		ended,
		deadline: ended ? null : deadlineFrom(settings, at),
	};
}

/** Whole seconds left on the open question's countdown at `now` (0 when time is up); null without one. */
export function secondsLeft(state: GameState, now: number): number | null {
	if (state.deadline === null || current(state) === null) return null;
	return Math.max(0, Math.ceil((state.deadline - now) / 1000));
}

/** The index of the open question, or null when the game is over. */
export function current(state: GameState): number | null {
	return state.ended || state.log.length >= state.questions.length ? null : state.log.length;
}

/** The team that answers the open question: whose turn (必答) or who pressed first (抢答). */
export function answering(state: GameState): number | null {
	if (current(state) === null) return null;
	if (state.settings.mode === 'buzz') return state.buzzed;
	return state.log.length % state.settings.teams.length;
}

function points(mode: Mode, entry: Entry): number {
	if (entry.team === null) return 0;
	if (entry.right) return POINTS_RIGHT;
	return mode === 'buzz' ? POINTS_WRONG_BUZZ : 0;
}

/** Each team's score. */
export function scores(state: GameState): number[] {
	const out = state.settings.teams.map(() => 0);
	for (const e of state.log) if (e.team !== null) out[e.team]! += points(state.settings.mode, e);
	return out;
}

function close(state: GameState, entry: Entry, at: number): GameState {
	const log = [...state.log, entry];
	const ended = log.length >= state.questions.length;
	return {
		...state,
		log,
		revealed: false,
		buzzed: null,
		ended,
		deadline: ended ? null : deadlineFrom(state.settings, at),
	};
}

export function reduce(state: GameState, action: Action): GameState {
	if (action.type === 'undo') {
		// A game the host ended early resumes where it stopped; otherwise the last mark is taken back.
		if (state.ended && state.log.length < state.questions.length)
			return { ...state, ended: false, deadline: deadlineFrom(state.settings, action.at) };
		if (state.log.length === 0) return state;
		const last = state.log[state.log.length - 1]!;
		return {
			...state,
			log: state.log.slice(0, -1),
			revealed: true,
			buzzed: state.settings.mode === 'buzz' ? last.team : null,
			ended: false,
			deadline: deadlineFrom(state.settings, action.at),
		};
	}
	if (current(state) === null) return state;
	switch (action.type) {
		case 'buzz':
			if (state.settings.mode !== 'buzz' || state.buzzed !== null) return state;
			if (!Number.isInteger(action.team) || action.team < 0) return state;
			if (action.team >= state.settings.teams.length) return state;
			return { ...state, buzzed: action.team };
		case 'mark': {
			const team = answering(state);
			if (team === null) return state;
			return close(state, { team, right: action.right }, action.at);
		}
		case 'skip':
			return close(state, { team: null, right: false }, action.at);
		case 'reveal':
			return { ...state, revealed: !state.revealed };
		case 'end':
			return { ...state, ended: true, revealed: false, buzzed: null, deadline: null };
	}
}

export interface Standing {
	team: number;
	name: string;
	score: number;
	/** 1-based; tied scores share a place. */
	place: number;
}

/** Teams by score, best first; ties share a place and keep team order. */
export function standings(state: GameState): Standing[] {
	const s = scores(state);
	const rows = state.settings.teams
		.map((name, team) => ({ team, name, score: s[team]! }))
		.sort((a, b) => b.score - a.score || a.team - b.team);
	return rows.map((r) => ({ ...r, place: rows.findIndex((o) => o.score === r.score) + 1 }));
}

export interface PowerResult {
	power: PowerId;
	asked: number;
	right: number;
}

/** Per capacity, in course order: questions closed and answered right (skips count as asked). */
export function powerResults(state: GameState, bank: readonly Question[]): PowerResult[] {
	const byId = new Map(bank.map((q) => [q.id, q]));
	const out = new Map<PowerId, PowerResult>();
	state.log.forEach((e, i) => {
		const q = byId.get(state.questions[i]!);
		if (!q) return;
		const row = out.get(q.power) ?? { power: q.power, asked: 0, right: 0 };
		row.asked += 1;
		if (e.right) row.right += 1;
		out.set(q.power, row);
	});
	return POWER_IDS.flatMap((p) => out.get(p) ?? []);
}

/** Ids of the questions the room missed (marked wrong or skipped), in play order. */
export function missed(state: GameState): string[] {
	return state.log.flatMap((e, i) => (e.right ? [] : [state.questions[i]!]));
}
