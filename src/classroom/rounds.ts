/**
 * 课堂竞答 rounds: which questions a game asks, in which order. Either a blueprint (capacities, question
 * types, levels and a number of questions, drawn by the quiz engine's seeded draw so a seed replays the
 * same game) or a 组卷 paper (`p1.` link: its questions in paper order, those a room cannot answer aloud
 * left out and counted).
 *
 * Owns: the classroom pool, the spread over capacities and the paper's playable part. Must not: decode
 * links (src/instructor/codec.ts), render, or keep score (./game.ts).
 */
import { POWER_IDS, type PowerId } from '../article/powers';
import { drawBlueprint } from '../quiz/draw';
import type { Question } from '../schemas/question';
import { QUESTION_LEVELS, type QuestionLevel, type QuestionType } from '../schemas/question-types';

/** Most questions in one game (a long session is about 40 questions at 30 s each plus discussion). */
export const MAX_QUESTIONS = 40;

/** Types a room can answer aloud; 连线 and 排序 need a learner's hands and are never asked. */
export const CLASSROOM_TYPES = ['single', 'multiple', 'judge', 'blank', 'short'] as const;
export type ClassroomType = (typeof CLASSROOM_TYPES)[number];

export function isClassroomType(type: QuestionType): type is ClassroomType {
	return (CLASSROOM_TYPES as readonly string[]).includes(type);
}

export interface BlueprintChoice {
	powers: readonly PowerId[];
	types: readonly ClassroomType[];
	levels: readonly QuestionLevel[];
}

/** The bank's questions a blueprint may ask: the chosen capacities, types and levels. */
export function classroomPool(bank: readonly Question[], choice: BlueprintChoice): Question[] {
	return bank.filter(
		(q) =>
			choice.powers.includes(q.power) &&
			isClassroomType(q.type) &&
			choice.types.includes(q.type) &&
			choice.levels.includes(q.level),
	);
}

/** How many questions the pool has per capacity. */
export function poolSizes(pool: readonly Question[]): Partial<Record<PowerId, number>> {
	const out: Partial<Record<PowerId, number>> = {};
	for (const q of pool) out[q.power] = (out[q.power] ?? 0) + 1;
	return out;
}

/**
 * `count` questions spread as evenly as the pool allows over its capacities (course order): each gets
 * an equal share, the remainder goes to the first ones, and a capacity with too few questions gives
 * what it lacks to the others. Never more than the pool holds in all.
 */
export function spread(
	count: number,
	sizes: Partial<Record<PowerId, number>>,
): Partial<Record<PowerId, number>> {
	const out: Partial<Record<PowerId, number>> = {};
	let open = POWER_IDS.filter((p) => (sizes[p] ?? 0) > 0);
	let left = Math.max(0, Math.floor(count));
	for (const p of open) out[p] = 0;
	while (left > 0 && open.length > 0) {
		const share = Math.floor(left / open.length);
		const extra = left % open.length;
		open.forEach((p, i) => {
			const room = sizes[p]! - out[p]!;
			const give = Math.min(room, share + (i < extra ? 1 : 0));
			out[p] = out[p]! + give;
			left -= give;
		});
		open = open.filter((p) => out[p]! < sizes[p]!);
	}
	return out;
}

/** A blueprint game's question ids in play order: the seeded draw, replayed exactly by the same seed. */
export function blueprintRounds(
	bank: readonly Question[],
	choice: BlueprintChoice,
	count: number,
	seed: number,
): string[] {
	const pool = classroomPool(bank, choice);
	const n = Math.min(MAX_QUESTIONS, Math.max(0, Math.floor(count)));
	return drawBlueprint(pool, { perPower: spread(n, poolSizes(pool)) }, seed).map((q) => q.id);
}

export interface PaperRounds {
	/** The ids played, in paper order. */
	questions: string[];
	/** Ids this site's bank does not have. */
	missing: number;
	/** 连线/排序 questions, which a room cannot answer aloud. */
	unplayable: number;
	/** Playable questions beyond MAX_QUESTIONS, left out. */
	over: number;
}

/** A paper's questions as a game: those in the bank that a room can answer aloud, at most MAX_QUESTIONS. */
export function paperRounds(bank: readonly Question[], ids: readonly string[]): PaperRounds {
	const byId = new Map(bank.map((q) => [q.id, q]));
	const known = ids.flatMap((id) => byId.get(id) ?? []);
	const playable = known.filter((q) => isClassroomType(q.type)).map((q) => q.id);
	return {
		questions: playable.slice(0, MAX_QUESTIONS),
		missing: ids.length - known.length,
		unplayable: known.length - playable.length,
		over: Math.max(0, playable.length - MAX_QUESTIONS),
	};
}

/**
 * The text after `#` of a pasted 组卷 link, or the pasted code itself (trimmed). Decoding it is the
 * codec's job; this only finds the code in what the host pasted.
 */
export function paperCodeOf(input: string): string {
	const text = input.trim();
	const hash = text.indexOf('#');
	return hash >= 0 ? text.slice(hash + 1).trim() : text;
}

export const ALL_LEVELS: readonly QuestionLevel[] = QUESTION_LEVELS;
