/**
 * Quiz sets at build time (`quizzes/sets/*.yaml`, id = file name) and the island props for each.
 * Owns: turning a set into the island's `source` (inline questions for fixed sets; a blueprint for
 * drawn ones, drawn in the browser). Must not: validate across files (src/content-checks does).
 */
import { getCollection } from 'astro:content';
import type { QuizSet } from '../schemas/quiz-set';
import type { Question } from '../schemas/question';
import type { QuizProps } from './quiz-props';
import { getQuestionMap } from './bank';

export interface QuizSetEntry {
	id: string;
	set: QuizSet;
}

export async function getQuizSets(): Promise<QuizSetEntry[]> {
	const entries = await getCollection('quizSets');
	return entries.map((e) => ({ id: e.id, set: e.data })).sort((a, b) => a.id.localeCompare(b.id));
}

export async function getQuizSet(id: string): Promise<QuizSetEntry> {
	const found = (await getQuizSets()).find((s) => s.id === id);
	if (!found)
		throw new Error(
			`未知的题组「${id}」：quizzes/sets/ 下没有 ${id}.yaml，请检查 <QuizSet id> 的拼写`,
		);
	return found;
}

/** The island props for a set. */
export async function quizPropsFor(entry: QuizSetEntry): Promise<QuizProps> {
	const { id, set } = entry;
	const base = {
		quizId: id,
		kind: set.kind,
		mode: set.mode,
		passMark: set.passMark,
		...(set.timerMinutes ? { timerMinutes: set.timerMinutes } : {}),
	};
	if (set.blueprint) {
		const blueprint = {
			perPower: set.blueprint.perPower,
			...(set.blueprint.types ? { types: set.blueprint.types } : {}),
			...(set.blueprint.aboveRecall !== undefined
				? { aboveRecall: set.blueprint.aboveRecall }
				: {}),
		};
		return { ...base, source: { blueprint, byDate: set.kind === 'daily' } };
	}
	const byId = await getQuestionMap();
	const questions = (set.questions ?? []).flatMap((qid): Question[] => {
		const q = byId.get(qid);
		return q ? [q] : [];
	});
	return { ...base, source: { questions } };
}
