import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../src/instructor/progress-source';
import { emptyDoc } from '../../src/progress/schema';
import { assignmentProgress } from '../../src/instructor/status';

const T = 1_795_000_000_000;

describe('snapshotOf()', () => {
	it('maps the store document: completed and visited lessons, first case ending, attempts, mastery', () => {
		const doc = {
			...emptyDoc(T),
			lessons: {
				leadership: { firstVisitedAt: T, lastVisitedAt: T + 5, readAt: T + 1, quizPassedAt: T + 2 },
				coverage: { firstVisitedAt: T + 3, lastVisitedAt: T + 3 },
			},
			quizzes: {
				'lesson-leadership': { lastAt: T + 2, lastRatio: 1, bestRatio: 1, passedAt: T + 2 },
			},
			cases: [
				{ caseId: 'village-meeting', endingId: 'e2', path: [], finishedAt: T + 9 },
				{ caseId: 'village-meeting', endingId: 'e1', path: [], finishedAt: T + 4 },
			],
			questions: {
				'lead-1': { power: 'leadership' as const, answers: [{ at: T, score: 1, correct: true }] },
				'lead-2': { power: 'leadership' as const, answers: [{ at: T, score: 0, correct: false }] },
			},
		};
		const snap = snapshotOf(doc);
		expect(snap.lessonsCompleted).toEqual({ leadership: T + 5 });
		expect(snap.lessonsStarted).toEqual({ coverage: T + 3 });
		expect(snap.caseEndings).toEqual({ 'village-meeting': T + 4 });
		expect(snap.mastery).toEqual({
			leadership: 50,
			coverage: null,
			cohesion: null,
			development: null,
			renewal: null,
		});
		const items = assignmentProgress(
			{
				passMark: 60,
				items: ['lesson:leadership', 'lesson:coverage', 'case:village-meeting', 'quiz:exam'],
			},
			snap,
		);
		expect(items.map((i) => i.status)).toEqual(['done', 'doing', 'done', 'todo']);
	});
});
