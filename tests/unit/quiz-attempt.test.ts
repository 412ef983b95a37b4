import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAttempt } from '../../src/quiz/build-attempt';
import { ATTEMPT_EVENT, publishAttempt } from '../../src/quiz/attempt-sink';
import { scoreQuestion } from '../../src/quiz/score';
import { judge, short, single } from '../fixtures/quizzes/questions';

const answer = <R>(question: Parameters<typeof scoreQuestion>[0], response: R) => ({
	question,
	response: response as never,
	grade: scoreQuestion(question, response as never),
});

describe('buildAttempt()', () => {
	const input = {
		quizId: 'lesson-leadership',
		kind: 'lesson' as const,
		mode: 'practice' as const,
		seed: -1,
		startedAt: 1000,
		finishedAt: 2000,
		passMark: 0.6,
	};
	it('sums scores, records outcomes by id and decides pass', () => {
		const result = buildAttempt({
			...input,
			answers: [
				answer(single, 0),
				answer(judge, true),
				answer(short, { text: 'x', ticked: [0, 1] }),
			],
		});
		expect(result).toMatchObject({
			version: 1,
			seed: 4294967295,
			maxScore: 3,
			score: 1.6667,
			passed: false,
		});
		expect(result.questions.map((q) => [q.questionId, q.correct, q.selfAssessed])).toEqual([
			['fx-single', true, false],
			['fx-judge', false, false],
			['fx-short', false, true],
		]);
		expect(result.questions[1]!.response).toBe(true);
	});
	it('passes at exactly the pass mark', () => {
		const answers = [
			answer(single, 0),
			answer(single, 0),
			answer(single, 0),
			answer(single, 0),
			answer(single, 1),
		];
		expect(buildAttempt({ ...input, passMark: 0.8, answers }).passed).toBe(true);
		expect(buildAttempt({ ...input, passMark: 0.8, answers: answers.slice(2) }).passed).toBe(false);
	});
	it('never passes an empty attempt', () => {
		expect(buildAttempt({ ...input, passMark: 0, answers: [] }).passed).toBe(false);
	});
});

describe('publishAttempt()', () => {
	afterEach(() => vi.unstubAllGlobals());
	it('dispatches the result as a zuzhili:attempt event', () => {
		const target = new EventTarget();
		vi.stubGlobal('window', target);
		const seen: unknown[] = [];
		target.addEventListener(ATTEMPT_EVENT, (e) => seen.push((e as CustomEvent).detail));
		const result = buildAttempt({
			...{
				quizId: 'x',
				kind: 'custom',
				mode: 'test',
				seed: 1,
				startedAt: 0,
				finishedAt: 1,
				passMark: 0.5,
			},
			answers: [],
		});
		publishAttempt(result);
		expect(seen).toEqual([result]);
	});
});
