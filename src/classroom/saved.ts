/**
 * The 课堂竞答 game kept in the progress store (work in progress under `classroom:game`), so a reload or
 * a crashed browser resumes the game. Owns: the key, the saved game's validation and the save/load/clear
 * calls. Must not: render. Loaded on demand by the page (the store is not needed to draw the setup form).
 */
import * as z from 'zod/mini';
import { POWER_IDS } from '../article/powers';
import { clearInProgress, loadInProgress, saveInProgress } from '../progress/in-progress';
import { initProgress } from '../progress/store';
import { MAX_QUESTIONS, MAX_TEAMS, MIN_TEAMS, type GameState } from './game';

z.config({ jitless: true });

export const GAME_KEY = 'classroom:game';

const GameSchema = z.object({
	v: z.literal(1),
	settings: z.object({
		teams: z
			.array(z.string().check(z.minLength(1), z.maxLength(20)))
			.check(z.minLength(MIN_TEAMS), z.maxLength(MAX_TEAMS)),
		mode: z.enum(['turns', 'buzz']),
		count: z.int().check(z.gte(1), z.lte(MAX_QUESTIONS)),
		powers: z.array(z.enum(POWER_IDS)),
		seed: z.int().check(z.gte(0), z.lte(0xffffffff)),
		seconds: z.int().check(z.gte(0), z.lte(600)),
	}),
	questions: z.array(z.string()).check(z.maxLength(MAX_QUESTIONS)),
	log: z.array(z.object({ team: z.nullable(z.int().check(z.gte(0))), right: z.boolean() })),
	revealed: z.boolean(),
	buzzed: z.nullable(z.int().check(z.gte(0))),
	ended: z.boolean(),
});

/** A saved game if it is well formed and consistent; undefined otherwise. */
export function parseGame(data: unknown): GameState | undefined {
	const r = GameSchema.safeParse(data);
	if (!r.success) return undefined;
	const g = r.data;
	const teams = g.settings.teams.length;
	if (g.log.length > g.questions.length) return undefined;
	if (g.log.some((e) => e.team !== null && e.team >= teams)) return undefined;
	if (g.buzzed !== null && g.buzzed >= teams) return undefined;
	return g;
}

export function loadGame(): GameState | undefined {
	initProgress();
	return loadInProgress(GAME_KEY, parseGame)?.data;
}

export function saveGame(state: GameState): void {
	saveInProgress(GAME_KEY, state);
}

export function clearGame(): void {
	clearInProgress(GAME_KEY);
}
