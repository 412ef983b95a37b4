import { describe, expect, it } from 'vitest';
import type { AcceptedAssignment } from '../../src/instructor/assignment-repo';
import type { Assignment } from '../../src/instructor/codec';
import { localDate, nextDue } from '../../src/instructor/next-due';
import { EMPTY_SNAPSHOT, type ProgressSnapshot } from '../../src/instructor/status';

const accepted = (
	id: string,
	due: string | null,
	items: Assignment['items'],
): AcceptedAssignment => ({
	assignment: {
		id,
		className: `班级${id}`,
		note: '',
		due,
		passMark: 60,
		items,
		createdAt: 1_795_000_000_000,
	},
	acceptedAt: 1_795_000_000_000,
});

const readLeadership: ProgressSnapshot = {
	...EMPTY_SNAPSHOT,
	lessonsCompleted: { leadership: 1_795_000_000_000 },
};

describe('nextDue()', () => {
	it('picks the earliest due date among unfinished assignments and counts the days to it', () => {
		const list = [
			accepted('later', '2026-12-20', ['lesson:coverage']),
			accepted('sooner', '2026-12-01', ['lesson:coverage', 'lesson:leadership']),
			accepted('nodate', null, ['lesson:coverage']),
		];
		expect(nextDue(list, readLeadership, '2026-11-27')).toEqual({
			className: '班级sooner',
			due: '2026-12-01',
			daysLeft: 4,
			done: 1,
			total: 2,
		});
	});

	it('skips finished assignments, puts an overdue one first, and says 0 on the day itself', () => {
		const list = [
			accepted('done', '2026-11-01', ['lesson:leadership']),
			accepted('today', '2026-11-27', ['lesson:coverage']),
			accepted('overdue', '2026-11-20', ['lesson:coverage']),
		];
		expect(nextDue(list, readLeadership, '2026-11-27')).toMatchObject({
			className: '班级overdue',
			daysLeft: -7,
		});
		expect(nextDue(list.slice(0, 2), readLeadership, '2026-11-27')).toMatchObject({
			className: '班级today',
			daysLeft: 0,
		});
	});

	it('is null with nothing due', () => {
		expect(
			nextDue([accepted('x', null, ['lesson:coverage'])], EMPTY_SNAPSHOT, '2026-11-27'),
		).toBeNull();
		expect(nextDue([], EMPTY_SNAPSHOT, '2026-11-27')).toBeNull();
	});
});

describe('localDate()', () => {
	it('formats the local calendar day', () => {
		expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
