/**
 * Which accepted assignment needs the learner next, for 我的学习: among the unfinished ones with a due
 * date, the earliest (an overdue one comes before one still open). Dates are the learner's local
 * calendar days (YYYY-MM-DD, as the instructor picked them). Owns: that choice and the day count.
 * Must not: render. 我的学习 imports this module only when the learner has accepted an assignment
 * (it brings the link codec along).
 */
import type { ProgressDoc } from '../progress/schema';
import { createStoreRepository, type AcceptedAssignment } from './assignment-repo';
import { snapshotOf } from './progress-source';
import { assignmentProgress, type ProgressSnapshot } from './status';

export interface NextDue {
	className: string;
	due: string;
	/** Days from today to the due date: 0 = due today, negative = overdue. */
	daysLeft: number;
	done: number;
	total: number;
}

/** The local calendar day of `at` as YYYY-MM-DD. */
export function localDate(at: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

export function nextDue(
	accepted: readonly AcceptedAssignment[],
	snapshot: ProgressSnapshot,
	today: string,
): NextDue | null {
	let best: NextDue | null = null;
	for (const { assignment: a } of accepted) {
		if (a.due === null) continue;
		const items = assignmentProgress(a, snapshot);
		const done = items.filter((i) => i.status === 'done').length;
		if (done === items.length) continue;
		if (best && a.due >= best.due) continue;
		best = {
			className: a.className,
			due: a.due,
			daysLeft: dayNumber(a.due) - dayNumber(today),
			done,
			total: items.length,
		};
	}
	return best;
}

/** nextDue() for the store's accepted assignments and the given progress document. */
export function nextDueOf(doc: ProgressDoc, now: Date): NextDue | null {
	return nextDue(createStoreRepository().list(), snapshotOf(doc), localDate(now));
}
