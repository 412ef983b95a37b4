/**
 * 班级汇总's form → a class's new fields: the pass mark (blank: each receipt's own), the assignment
 * link (its `a1.` code, which also limits the class to that assignment's receipts), the class and
 * assignment names, and the codes (the class keeps one per learner, the latest receipt wins).
 * Owns: reading and checking the form's texts. Must not: touch storage or render (ClassSummary.tsx).
 */
import { NAME_LIMITS, type SavedClass } from './class-store';
import { summariseReceipts, type ClassSummary } from './class-summary';
import { decodeAssignment, isCleanLine, type DecodeFailure } from './codec';
import { parsePassMark } from '../components/instructor/form-text';

/** The form's texts as typed. */
export interface ClassFormTexts {
	codes: string;
	passMark: string;
	assignmentLink: string;
	className: string;
	assignmentName: string;
}

export type ClassFields = Omit<SavedClass, 'id' | 'createdAt' | 'updatedAt'>;

export type ClassFormResult =
	| { ok: true; fields: ClassFields; pasted: ClassSummary }
	| { ok: false; problem: 'passMark' }
	| { ok: false; problem: 'className' }
	| { ok: false; problem: 'assignmentName' }
	| { ok: false; problem: 'assignmentLink'; reason: DecodeFailure; field?: string };

/** The `a1.` code in a pasted assignment link (the part after `#`, or the code itself). */
export const assignmentCodeIn = (link: string) => link.slice(link.indexOf('#') + 1).trim();

/**
 * Reads the form for a new class (`current` undefined) or one already saved. The class name falls back
 * to the one in the assignment link, then the saved one, then `defaultClassName`. `pasted` is the
 * summary of what was pasted alone (its invalid and duplicate codes are what the page reports).
 */
export function readClassForm(
	texts: ClassFormTexts,
	current: SavedClass | null | undefined,
	defaultClassName: string,
): ClassFormResult {
	const passMark = texts.passMark.trim();
	const mark = passMark === '' ? null : parsePassMark(passMark);
	if (passMark !== '' && mark === null) return { ok: false, problem: 'passMark' };
	const link = texts.assignmentLink.trim();
	let assignmentCode = current?.assignmentCode ?? null;
	let linkClassName = '';
	if (link !== '') {
		const decoded = decodeAssignment(assignmentCodeIn(link));
		if (!decoded.ok)
			return {
				ok: false,
				problem: 'assignmentLink',
				reason: decoded.reason,
				...(decoded.field ? { field: decoded.field } : {}),
			};
		assignmentCode = assignmentCodeIn(link);
		linkClassName = decoded.value.className;
	}
	const className =
		texts.className.trim() || linkClassName || current?.className || defaultClassName;
	if (!isCleanLine(className, NAME_LIMITS.className)) return { ok: false, problem: 'className' };
	const assignmentName = texts.assignmentName.trim();
	if (assignmentName !== '' && !isCleanLine(assignmentName, NAME_LIMITS.assignmentName))
		return { ok: false, problem: 'assignmentName' };
	const onlyFor = assignmentCode ? decodeAssignment(assignmentCode) : null;
	const pasted = summariseReceipts(texts.codes, mark, onlyFor?.ok ? onlyFor.value.id : null);
	// One code per learner: the saved ones plus this paste, the latest receipt wins.
	const merged = summariseReceipts(
		[...(current?.codes ?? []), ...pasted.rows.map((r) => r.code)].join('\n'),
		mark,
	);
	return {
		ok: true,
		fields: {
			className,
			assignmentName,
			assignmentCode,
			passMark: mark,
			codes: merged.rows.map((r) => r.code),
		},
		pasted,
	};
}
