/**
 * The course order of assignable items: what a learner meets first comes first. Items of a capacity
 * follow the course (POWER_IDS: 组织力总论, 政治领导力, …, 五力协同); within a capacity the lesson, its
 * 随堂测验, its cases, then its 专项练习; the whole-course sets (综合测试, then 每日一练) come last.
 * The builder lists each kind in this order, and an assignment keeps it (task sheet, checklist).
 *
 * Owns: ranking items. Must not: read collections (src/instructor/catalog.ts passes what it read).
 */
import { POWER_IDS, type PowerId } from '../article/powers';
import { splitRef, type ItemRef } from './items';

export interface OrderedItem {
	ref: ItemRef;
	/** The capacity the item belongs to, when it belongs to one. */
	power?: PowerId | undefined;
}

/** Rank within one capacity. */
const STEP = { lesson: 0, lessonQuiz: 1, case: 2, practice: 3, other: 4 } as const;
/** Whole-course quiz sets, after every capacity, in this order. */
const COURSE_SETS = ['exam', 'daily'];

function step(item: OrderedItem): number {
	const { kind, id } = splitRef(item.ref);
	if (kind === 'lesson') return STEP.lesson;
	if (kind === 'case') return STEP.case;
	if (id.startsWith('lesson-')) return STEP.lessonQuiz;
	if (id.startsWith('practice-')) return STEP.practice;
	return STEP.other;
}

function powerRank(item: OrderedItem): number {
	const at = item.power ? POWER_IDS.indexOf(item.power) : -1;
	if (at >= 0) return at;
	const set = COURSE_SETS.indexOf(splitRef(item.ref).id);
	return POWER_IDS.length + (set >= 0 ? set : COURSE_SETS.length);
}

/** Compares two items by course order (0 for two cases of one capacity, or two unknown sets). */
export function compareCourseOrder(a: OrderedItem, b: OrderedItem): number {
	return powerRank(a) - powerRank(b) || step(a) - step(b);
}

/** A copy of `items` in course order; equal ranks keep the order they came in. */
export function inCourseOrder<T extends OrderedItem>(items: readonly T[]): T[] {
	return items
		.map((item, i) => ({ item, i }))
		.sort((x, y) => compareCourseOrder(x.item, y.item) || x.i - y.i)
		.map(({ item }) => item);
}
