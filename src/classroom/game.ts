/**
 * 课堂竞答: the classroom quiz game as a pure reducer (no DOM, no clock, no storage). The state is plain
 * JSON so the page can save it in the progress store and resume it after a reload.
 *
 * Rules: 2–8 teams; questions drawn from the bank by the quiz engine's seeded draw (src/quiz/draw.ts),
 * spread evenly over the chosen capacities. 必答 (`turns`): the teams answer in turn, one question each.
 * 抢答 (`buzz`): the first team to press its key answers. The host marks right (+10) or wrong (0 in 必答,
 * −5 in 抢答 so guessing costs), or skips; each mark or skip closes the question and opens the next.
 * Undo reopens the last closed question. The game ends after the last question or when the host ends it.
 *
 * Owns: game rules, scores and end-of-game results. Must not: render, time the countdown or touch storage.
 */
import { POWER_IDS, type PowerId } from '../article/powers';
import { drawBlueprint } from '../quiz/draw';
import type { Question, QuestionType } from '../schemas/question';

export const MIN_TEAMS = 2;
export const MAX_TEAMS = 8;
export const MAX_QUESTIONS = 40;
export const POINTS_RIGHT = 10;
export const POINTS_WRONG_BUZZ = -5;
/** Types a room can answer aloud; 连线 and 排序 need a learner's hands and are not drawn. */
export const CLASSROOM_TYPES: readonly QuestionType[] = [
	'single',
	'multiple',
	'judge',
	'blank',
	'short',
];

export type Mode = 'turns' | 'buzz';

export interface GameSettings {
	teams: string[];
	mode: Mode;
	count: number;
	powers: PowerId[];
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
	v: 1;
	settings: GameSettings;
	/** Question ids in play order. */
	questions: string[];
	/** One entry per closed question; the open question is `questions[log.length]`. */
	log: Entry[];
	revealed: boolean;
	/** 抢答: the team that pressed first for the open question. */
	buzzed: number | null;
	ended: boolean;
}

export type Action =
	| { type: 'buzz'; team: number }
	| { type: 'mark'; right: boolean }
	| { type: 'skip' }
	| { type: 'undo' }
	| { type: 'reveal' }
	| { type: 'end' };

/** The default name of team `i` (0-based): 第一组, 第二组, … */
export function defaultTeamName(i: number): string {
	return `第${'一二三四五六七八'[i] ?? String(i + 1)}组`;
}

/** How many questions of each power: `count` spread evenly, the remainder to the first powers. */
export function spread(
	count: number,
	powers: readonly PowerId[],
): Partial<Record<PowerId, number>> {
	const ordered = POWER_IDS.filter((p) => powers.includes(p));
	const out: Partial<Record<PowerId, number>> = {};
	ordered.forEach((p, i) => {
		out[p] = Math.floor(count / ordered.length) + (i < count % ordered.length ? 1 : 0);
	});
	return out;
}

/** A new game: the draw is fixed by the seed, so the same settings replay the same questions. */
export function newGame(settings: GameSettings, bank: readonly Question[]): GameState {
	const teams = settings.teams.slice(0, MAX_TEAMS);
	if (teams.length < MIN_TEAMS) throw new Error(`a game needs ${MIN_TEAMS}–${MAX_TEAMS} teams`);
	const count = Math.max(1, Math.min(MAX_QUESTIONS, Math.floor(settings.count)));
	const drawn = drawBlueprint(
		bank,
		{ perPower: spread(count, settings.powers), types: CLASSROOM_TYPES },
		settings.seed,
	);
	return {
		v: 1,
		settings: { ...settings, teams, count },
		questions: drawn.map((q) => q.id),
		log: [],
		revealed: false,
		buzzed: null,
		ended: drawn.length === 0,
	};
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

function close(state: GameState, entry: Entry): GameState {
	const log = [...state.log, entry];
	return {
		...state,
		log,
		revealed: false,
		buzzed: null,
		ended: log.length >= state.questions.length,
	};
}

export function reduce(state: GameState, action: Action): GameState {
	if (action.type === 'undo') {
		// A game the host ended early resumes where it stopped; otherwise the last mark is taken back.
		if (state.ended && state.log.length < state.questions.length) return { ...state, ended: false };
		if (state.log.length === 0) return state;
		const last = state.log[state.log.length - 1]!;
		return {
			...state,
			log: state.log.slice(0, -1),
			revealed: true,
			buzzed: state.settings.mode === 'buzz' ? last.team : null,
			ended: false,
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
			return close(state, { team, right: action.right });
		}
		case 'skip':
			return close(state, { team: null, right: false });
		case 'reveal':
			return { ...state, revealed: !state.revealed };
		case 'end':
			return { ...state, ended: true, revealed: false, buzzed: null };
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
