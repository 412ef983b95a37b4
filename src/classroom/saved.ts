/**
 * The 课堂竞答 game kept in the progress store (work in progress under `classroom:game`), so a reload or
 * a crashed browser resumes the game, its countdown included. Owns: the key, the saved game's
 * validation, the migration of version-1 games (saved before rounds and deadlines) and the
 * save/load/clear calls. Must not: render. Loaded on demand by the page (the store is not needed to
 * draw the setup form).
 */
import * as z from 'zod/mini';
import { POWER_IDS } from '../article/powers';
import { clearInProgress, loadInProgress, saveInProgress } from '../progress/in-progress';
import { initProgress } from '../progress/store';
import { QUESTION_LEVELS } from '../schemas/question-types';
import { MAX_SECONDS, MAX_TEAMS, MIN_TEAMS, type GameState } from './game';
import { CLASSROOM_TYPES, MAX_QUESTIONS } from './rounds';

z.config({ jitless: true });

export const GAME_KEY = 'classroom:game';

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/u));
const teams = z
	.array(z.string().check(z.minLength(1), z.maxLength(20)))
	.check(z.minLength(MIN_TEAMS), z.maxLength(MAX_TEAMS));
const count = z.int().check(z.gte(1), z.lte(MAX_QUESTIONS));
const powers = z.array(z.enum(POWER_IDS));
const seed = z.int().check(z.gte(0), z.lte(0xffffffff));
const seconds = z.int().check(z.gte(0), z.lte(MAX_SECONDS));
const play = {
	questions: z.array(id).check(z.maxLength(MAX_QUESTIONS)),
	log: z.array(z.object({ team: z.nullable(z.int().check(z.gte(0))), right: z.boolean() })),
	revealed: z.boolean(),
	buzzed: z.nullable(z.int().check(z.gte(0))),
	ended: z.boolean(),
};

const GameV2 = z.object({
	v: z.literal(2),
	settings: z.object({
		teams,
		mode: z.enum(['turns', 'buzz']),
		rounds: z.discriminatedUnion('kind', [
			z.object({
				kind: z.literal('blueprint'),
				count,
				powers,
				types: z.array(z.enum(CLASSROOM_TYPES)),
				levels: z.array(z.enum(QUESTION_LEVELS)),
			}),
			z.object({
				kind: z.literal('paper'),
				title: z.string().check(z.maxLength(40)),
				questions: z.array(id).check(z.maxLength(100)),
			}),
		]),
		seed,
		seconds,
	}),
	...play,
	deadline: z.nullable(z.number()),
});

/** Saved before rounds and deadlines: a blueprint over `powers` with every type and level. */
const GameV1 = z.object({
	v: z.literal(1),
	settings: z.object({ teams, mode: z.enum(['turns', 'buzz']), count, powers, seed, seconds }),
	...play,
});

function migrate(data: unknown, now: number): unknown {
	const old = GameV1.safeParse(data);
	if (!old.success) return data;
	const { count: n, powers: p, ...settings } = old.data.settings;
	const open = !old.data.ended && old.data.log.length < old.data.questions.length;
	return {
		...old.data,
		v: 2,
		settings: {
			...settings,
			rounds: {
				kind: 'blueprint',
				count: n,
				powers: p,
				types: [...CLASSROOM_TYPES],
				levels: [...QUESTION_LEVELS],
			},
		},
		deadline: open && settings.seconds > 0 ? now + settings.seconds * 1000 : null,
	};
}

/**
 * A saved game if it is well formed and consistent; undefined otherwise. A version-1 game is migrated,
 * its countdown restarted at `now` (it kept no deadline); so is a deadline further away than one whole
 * countdown (the computer's clock was set back, or the data was edited).
 */
export function parseGame(data: unknown, now: number): GameState | undefined {
	const r = GameV2.safeParse(migrate(data, now));
	if (!r.success) return undefined;
	const g = r.data;
	const n = g.settings.teams.length;
	if (g.log.length > g.questions.length) return undefined;
	if (g.log.some((e) => e.team !== null && e.team >= n)) return undefined;
	if (g.buzzed !== null && g.buzzed >= n) return undefined;
	const open = !g.ended && g.log.length < g.questions.length;
	const full = g.settings.seconds * 1000;
	const deadline =
		!open || full === 0
			? null
			: g.deadline === null || !Number.isFinite(g.deadline) || g.deadline - now > full
				? now + full
				: g.deadline;
	return deadline === g.deadline ? g : { ...g, deadline };
}

export function loadGame(now: number): GameState | undefined {
	initProgress();
	return loadInProgress(GAME_KEY, (data) => parseGame(data, now))?.data;
}

export function saveGame(state: GameState): void {
	saveInProgress(GAME_KEY, state);
}

export function clearGame(): void {
	clearInProgress(GAME_KEY);
}
