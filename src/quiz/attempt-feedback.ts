/**
 * What the quiz island tells the learner after an action, and where keyboard focus goes: the live
 * message (a question's verdict after 提交本题, why it could not be checked, the score after 交卷),
 * the element to focus (feedback, the question again after 再试一次, the 交卷 confirmation, the
 * result) and whether the action finished the attempt. Messages are i18n keys with their values.
 *
 * Owns: those rules. Must not: render or hold UI text (src/i18n/zh-CN/quiz.json).
 */
import type quizStrings from '../i18n/zh-CN/quiz.json';
import type { Vars } from '../i18n/translate';
import type { AttemptResult } from './attempt';
import type { AttemptAction, AttemptState } from './attempt-state';
import { formatScore, percent } from './format';
import type { Grade } from './score';

export interface Said {
	key: keyof typeof quizStrings;
	vars?: Vars;
}

export type FocusTarget =
	{ at: 'question' | 'feedback'; index: number } | { at: 'confirm' | 'submit' | 'result' | 'top' };

export interface AfterAction {
	/** The new live message; null clears it; absent leaves it as it is. */
	message?: Said | null;
	focus?: FocusTarget;
	/** The attempt finished with this action: record this result. */
	finished?: AttemptResult;
}

/** The verdict on question `index` (0-based), for screen readers. */
export function verdict(index: number, grade: Grade): Said {
	const n = index + 1;
	if (grade.selfAssessed) {
		const ticked = grade.parts.filter(Boolean).length;
		return { key: 'quiz.announceShort', vars: { n, ticked, total: grade.parts.length } };
	}
	return { key: grade.correct ? 'quiz.announceCorrect' : 'quiz.announceWrong', vars: { n } };
}

/** What follows `action`, which turned `before` into `after`. */
export function afterAction(
	before: AttemptState,
	after: AttemptState,
	action: AttemptAction,
): AfterAction {
	const out: AfterAction = {};
	if (action.type === 'retry') {
		out.message = null;
		out.focus = { at: 'question', index: action.index };
	} else if (action.type === 'check') {
		const slot = after.slots[action.index]!;
		if (slot.shown && !before.slots[action.index]!.shown) {
			out.message = verdict(action.index, slot.shown);
			out.focus = { at: 'feedback', index: action.index };
		} else if (slot.note) out.message = { key: `quiz.${slot.note}` };
	}
	if (after.phase === 'confirming' && before.phase !== 'confirming') out.focus = { at: 'confirm' };
	if (action.type === 'cancelSubmit') out.focus = { at: 'submit' };
	if (after.result && !before.result) {
		if (after.mode === 'test') {
			const { score, maxScore } = after.result;
			out.message = {
				key: 'quiz.score',
				vars: { score: formatScore(score), max: maxScore, percent: percent(score, maxScore) },
			};
			out.focus = { at: 'result' };
		}
		out.finished = after.result;
	}
	return out;
}

/** The element id of a focus target in the island `uid` (ids as QuizQuestion and Quiz give them). */
export function focusId(uid: string, target: FocusTarget): string {
	switch (target.at) {
		case 'question':
			return `${uid}-${target.index}-q`;
		case 'feedback':
			return `${uid}-${target.index}-feedback`;
		default:
			return `${uid}-${target.at}`;
	}
}
