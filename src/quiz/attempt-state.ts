/**
 * One quiz attempt as a pure reducer: what the learner answered, what was checked, the countdown and
 * the result. The quiz island (src/components/quiz/Quiz.tsx) dispatches actions and renders the state;
 * the state is plain JSON (question ids, not questions), so it is saved as the attempt in progress
 * (src/progress/in-progress.ts, key `quiz:<quizId>`) and resumed after a reload.
 *
 * The rules, stated once:
 *   answered   a response was given; an 排序 (order) item only once the learner moved an item or
 *              pressed 「确认此顺序」 (the shuffled order is never taken as an answer)
 *   practice   提交本题 grades one question (unanswered: a note, nothing graded); 再试一次 clears it;
 *              the result counts each question's FIRST submission and is made once all are submitted
 *   test       交卷 with unanswered items asks for confirmation first; then every item is graded.
 *              An unanswered item scores 0 and is recorded as `skipped` (not a mistake, not answered,
 *              not scheduled for review). The countdown's end submits without asking.
 *   timer      the learner switches it on; it stores an absolute deadline, so a reload keeps it
 * Time comes in with each action (`at`), never from a clock here.
 *
 * Owns: the attempt's rules and state. Must not: render, touch storage, draw or shuffle.
 */
import type { Question } from '../schemas/question';
import type { AttemptResult } from './attempt';
import { buildAttempt } from './build-attempt';
import { layoutQuestion } from './layout';
import {
	emptyResponse,
	isAnswered,
	isUnassessedShort,
	scoreQuestion,
	type AnyResponse,
	type Grade,
} from './score';

/** Why a question could not be checked (the island maps it to a message). */
export type SlotNote = '' | 'notAnswered' | 'orderNotConfirmed' | 'shortNeedReveal';

export interface Slot {
	response: AnyResponse;
	/** The learner acted on this question (needed before an 排序 counts as answered). */
	touched: boolean;
	/** The grade currently shown (practice: after 提交本题; test: after 交卷). */
	shown: Grade | null;
	/** Practice: the first submission, which the result records. */
	first: { response: AnyResponse; grade: Grade } | null;
	/** 简答: reference points shown for ticking. */
	revealed: boolean;
	note: SlotNote;
}

export interface AttemptMeta {
	quizId: string;
	kind: AttemptResult['kind'];
	mode: AttemptResult['mode'];
	passMark: number;
}

export interface AttemptState extends AttemptMeta {
	/** The shape's version, for the saved copy. */
	v: 1;
	questionIds: string[];
	seed: number;
	startedAt: number;
	/** answering → (test, unanswered items) confirming → done. */
	phase: 'answering' | 'confirming' | 'done';
	slots: Slot[];
	/** Countdown deadline, epoch ms; null while the timer is off. */
	deadline: number | null;
	timedOut: boolean;
	/** The question the learner last worked on (resume scrolls there). */
	position: number;
	result: AttemptResult | null;
}

export type AttemptAction =
	| { type: 'answer'; index: number; response: AnyResponse }
	| { type: 'confirmOrder'; index: number }
	| { type: 'reveal'; index: number }
	| { type: 'check'; index: number; at: number }
	| { type: 'retry'; index: number }
	| { type: 'submit'; at: number }
	| { type: 'confirmSubmit'; at: number }
	| { type: 'cancelSubmit' }
	| { type: 'timer'; on: boolean; minutes: number; at: number }
	| { type: 'tick'; at: number };

function freshSlot(question: Question, seed: number): Slot {
	return {
		response: emptyResponse(question, layoutQuestion(question, seed).items),
		touched: false,
		shown: null,
		first: null,
		revealed: false,
		note: '',
	};
}

/** A new attempt on these questions, laid out by `seed`. */
export function startAttempt(
	meta: AttemptMeta,
	questions: readonly Question[],
	seed: number,
	at: number,
): AttemptState {
	return {
		v: 1,
		...meta,
		questionIds: questions.map((q) => q.id),
		seed,
		startedAt: at,
		phase: 'answering',
		slots: questions.map((q) => freshSlot(q, seed)),
		deadline: null,
		timedOut: false,
		position: 0,
		result: null,
	};
}

/** Whether the learner has answered this question (see the header's rule for 排序). */
export function slotAnswered(question: Question, slot: Slot): boolean {
	if (question.type === 'order') return slot.touched;
	return isAnswered(question, slot.response);
}

/** How many questions are still unanswered. */
export function unansweredCount(state: AttemptState, questions: readonly Question[]): number {
	return state.slots.filter((s, i) => !slotAnswered(questions[i]!, s)).length;
}

/** How many 简答 (short) questions are answered but not yet self-assessed (交卷 notes them). */
export function unassessedCount(state: AttemptState, questions: readonly Question[]): number {
	return state.slots.filter((s, i) => isUnassessedShort(questions[i]!, s.response)).length;
}

/** Whether the learner has done anything worth saving, or warning about before leaving the page. */
export function hasWork(state: AttemptState): boolean {
	return (
		state.phase !== 'done' &&
		(state.deadline !== null || state.slots.some((s) => s.touched || s.first !== null))
	);
}

function withSlot(state: AttemptState, index: number, change: Partial<Slot>): AttemptState {
	// Practice questions can be tried again after the result; a graded test is final.
	if (!state.slots[index] || (state.phase === 'done' && state.mode === 'test')) return state;
	return {
		...state,
		position: index,
		slots: state.slots.map((s, i) => (i === index ? { ...s, ...change } : s)),
	};
}

function finish(
	state: AttemptState,
	questions: readonly Question[],
	answers: { response: AnyResponse; grade: Grade; skipped?: boolean }[],
	at: number,
): AttemptState {
	const result = buildAttempt({
		quizId: state.quizId,
		kind: state.kind,
		mode: state.mode,
		seed: state.seed,
		startedAt: state.startedAt,
		finishedAt: Math.max(at, state.startedAt),
		passMark: state.passMark,
		answers: answers.map((a, i) => ({ question: questions[i]!, ...a })),
	});
	return { ...state, phase: 'done', result };
}

function gradeAll(state: AttemptState, questions: readonly Question[], at: number): AttemptState {
	const graded = state.slots.map((slot, i) => {
		const question = questions[i]!;
		const answered = slotAnswered(question, slot);
		const grade = answered
			? scoreQuestion(question, slot.response)
			: { ...scoreQuestion(question, slot.response), score: 0, correct: false };
		return { slot: { ...slot, shown: grade }, answered };
	});
	const next = { ...state, slots: graded.map((g) => g.slot) };
	return finish(
		next,
		questions,
		graded.map((g) => ({
			response: g.slot.response,
			grade: g.slot.shown,
			...(g.answered ? {} : { skipped: true }),
		})),
		at,
	);
}

/**
 * The reducer. `questions` are the attempt's questions in `state.questionIds` order (the island holds
 * them; the state keeps ids only).
 */
export function attemptReducer(
	state: AttemptState,
	action: AttemptAction,
	questions: readonly Question[],
): AttemptState {
	switch (action.type) {
		case 'answer':
			if (state.slots[action.index]?.shown) return state;
			return withSlot(state, action.index, {
				response: action.response,
				touched: true,
				note: '',
			});
		case 'confirmOrder':
			return withSlot(state, action.index, { touched: true, note: '' });
		case 'reveal':
			return withSlot(state, action.index, { revealed: true, note: '' });
		case 'check': {
			const question = questions[action.index];
			const slot = state.slots[action.index];
			if (!question || !slot || state.mode !== 'practice') return state;
			if (question.type === 'short' && !slot.revealed)
				return withSlot(state, action.index, { note: 'shortNeedReveal' });
			if (!slotAnswered(question, slot))
				return withSlot(state, action.index, {
					note: question.type === 'order' ? 'orderNotConfirmed' : 'notAnswered',
				});
			const grade = scoreQuestion(question, slot.response);
			const first = slot.first ?? { response: slot.response, grade };
			const next = withSlot(state, action.index, { shown: grade, first, note: '' });
			if (state.phase !== 'done' && next.slots.every((s) => s.first))
				return finish(
					next,
					questions,
					next.slots.map((s) => s.first!),
					action.at,
				);
			return next;
		}
		case 'retry': {
			const question = questions[action.index];
			if (!question || state.mode !== 'practice') return state;
			// Allowed after the result too: practising a question again changes nothing recorded.
			return {
				...state,
				position: action.index,
				slots: state.slots.map((s, i) =>
					i === action.index ? { ...freshSlot(question, state.seed), first: s.first } : s,
				),
			};
		}
		case 'submit':
			if (state.mode !== 'test' || state.phase !== 'answering') return state;
			if (unansweredCount(state, questions) > 0) return { ...state, phase: 'confirming' };
			return gradeAll(state, questions, action.at);
		case 'confirmSubmit':
			if (state.mode !== 'test' || state.phase === 'done') return state;
			return gradeAll(state, questions, action.at);
		case 'cancelSubmit':
			return state.phase === 'confirming' ? { ...state, phase: 'answering' } : state;
		case 'timer':
			if (state.phase === 'done') return state;
			return { ...state, deadline: action.on ? action.at + action.minutes * 60_000 : null };
		case 'tick':
			if (state.phase === 'done' || state.deadline === null || action.at < state.deadline)
				return state;
			return { ...gradeAll(state, questions, action.at), timedOut: true };
	}
}

/**
 * Check a saved state against the questions it will be resumed with: the same ids in the same order,
 * one slot each. Anything else (a changed set, a foreign value) is not resumed.
 */
export function parseSavedAttempt(value: unknown, meta: AttemptMeta): AttemptState | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const s = value as Partial<AttemptState>;
	if (
		s.v !== 1 ||
		s.quizId !== meta.quizId ||
		s.mode !== meta.mode ||
		!Array.isArray(s.questionIds) ||
		!s.questionIds.every((id) => typeof id === 'string') ||
		!Array.isArray(s.slots) ||
		s.slots.length !== s.questionIds.length ||
		typeof s.seed !== 'number' ||
		typeof s.startedAt !== 'number' ||
		(s.phase !== 'answering' && s.phase !== 'confirming') ||
		!(s.deadline === null || typeof s.deadline === 'number')
	)
		return undefined;
	const slotsOk = s.slots.every(
		(slot: Partial<Slot> | null) =>
			typeof slot === 'object' &&
			slot !== null &&
			'response' in slot &&
			typeof slot.touched === 'boolean' &&
			typeof slot.revealed === 'boolean',
	);
	if (!slotsOk) return undefined;
	return {
		...(s as AttemptState),
		...meta,
		phase: 'answering',
		timedOut: false,
		result: null,
		position: typeof s.position === 'number' ? s.position : 0,
	};
}

const isIndexList = (v: unknown): v is number[] =>
	Array.isArray(v) && v.every((x) => Number.isInteger(x));
const isGrade = (g: unknown): boolean =>
	g === null ||
	(typeof g === 'object' &&
		typeof (g as Grade).score === 'number' &&
		typeof (g as Grade).correct === 'boolean' &&
		Array.isArray((g as Grade).parts));

/** Whether a saved response has the shape the question's type needs. */
export function responseFits(q: Question, r: unknown): boolean {
	switch (q.type) {
		case 'single':
			return r === null || Number.isInteger(r);
		case 'judge':
			return r === null || typeof r === 'boolean';
		case 'multiple':
			return isIndexList(r);
		case 'blank':
			return (
				Array.isArray(r) && r.length === q.blanks.length && r.every((x) => typeof x === 'string')
			);
		case 'match':
			return isIndexList(r) && r.length === q.pairs.length;
		case 'order':
			return (
				isIndexList(r) &&
				[...r].sort((a, b) => a - b).every((x, i) => x === i) &&
				r.length === q.items.length
			);
		case 'short': {
			const v = r as { text?: unknown; ticked?: unknown } | null;
			return (
				typeof v === 'object' && v !== null && typeof v.text === 'string' && isIndexList(v.ticked)
			);
		}
	}
}

/**
 * Whether resumed questions fit the saved slots: the same ids in the same order, and every saved
 * response and grade of the right shape. The island resolves ids to questions, then checks this.
 */
export function fitsQuestions(state: AttemptState, questions: readonly Question[]): boolean {
	if (questions.length !== state.questionIds.length) return false;
	return questions.every((q, i) => {
		const slot = state.slots[i]!;
		return (
			q.id === state.questionIds[i] &&
			responseFits(q, slot.response) &&
			isGrade(slot.shown) &&
			(slot.first === null || (responseFits(q, slot.first.response) && isGrade(slot.first.grade)))
		);
	});
}
