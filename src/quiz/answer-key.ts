/**
 * The answer key of a question as plain strings, in the order a learner saw it: choice letters follow
 * the displayed option order of the question's layout (./layout.ts), so a printed key matches the printed
 * or online questions. Used by the printed quiz and the instructor's paper.
 * Owns: keys and option letters. Must not: word or render them (components do, from i18n strings).
 */
import type { Question } from '../schemas/question';
import type { QuestionLayout } from './layout';

/** Option letters A, B, C… */
export const letter = (i: number) => String.fromCharCode(65 + i);

/** The key of one question as plain strings (the page words and lays it out). */
export type AnswerKey =
	| { type: 'single' | 'multiple'; letters: string[] }
	| { type: 'judge'; value: boolean }
	| { type: 'blank'; blanks: string[][] }
	| { type: 'match'; pairs: [string, string][] }
	| { type: 'order'; items: string[] }
	| { type: 'short'; points: string[]; model: string | null };

/** The key as printed: choice letters follow the displayed option order (`layout.options`). */
export function answerKey(q: Question, layout: Pick<QuestionLayout, 'options'>): AnswerKey {
	const shown = (original: number) => {
		const at = layout.options.indexOf(original);
		return at < 0 ? original : at;
	};
	switch (q.type) {
		case 'single':
			return { type: 'single', letters: [letter(shown(q.answer))] };
		case 'multiple':
			return {
				type: 'multiple',
				letters: q.answer
					.map(shown)
					.sort((a, b) => a - b)
					.map(letter),
			};
		case 'judge':
			return { type: 'judge', value: q.answer };
		case 'blank':
			return { type: 'blank', blanks: q.blanks.map((b) => b.accept) };
		case 'match':
			return { type: 'match', pairs: q.pairs.map((p) => [p.left, p.right]) };
		case 'order':
			return { type: 'order', items: q.items };
		case 'short':
			return { type: 'short', points: q.points, model: q.answer ?? null };
	}
}
