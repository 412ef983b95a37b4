/**
 * What the learner sees of one question in one attempt: the order of its options, match targets and
 * order items, derived from the attempt's seed and the question id. Recomputing it from the recorded
 * seed shows a review exactly as the learner saw the question.
 *
 * Owns: presentation order. Must not: score (./score.ts) or hold display text.
 */
import type { Question } from '../schemas/question';
import { deriveSeed, permutation, type Seed } from './shuffle';

export interface QuestionLayout {
	/** single/multiple: original option indices in display order. */
	options: number[];
	/** match: indices into `matchTargets(question)` in display order. */
	targets: number[];
	/** order: original item indices in the order first shown (never already correct when n ≥ 2). */
	items: number[];
}

/** The right-hand items of a match question: every pair's `right`, then the distractors. */
export function matchTargets(question: Extract<Question, { type: 'match' }>): string[] {
	return [...question.pairs.map((p) => p.right), ...(question.distractors ?? [])];
}

export function layoutQuestion(question: Question, seed: Seed): QuestionLayout {
	const own = deriveSeed(seed, question.id);
	const layout: QuestionLayout = { options: [], targets: [], items: [] };
	switch (question.type) {
		case 'single':
		case 'multiple':
			layout.options = permutation(question.options.length, own);
			break;
		case 'match':
			layout.targets = permutation(matchTargets(question).length, own);
			break;
		case 'order': {
			const items = permutation(question.items.length, own);
			// Showing the items already in the right order would give the answer away: rotate by one.
			if (items.every((v, i) => v === i) && items.length > 1) items.push(items.shift()!);
			layout.items = items;
			break;
		}
		default:
			break;
	}
	return layout;
}
