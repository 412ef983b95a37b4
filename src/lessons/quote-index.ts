/**
 * Which lessons quote which paragraph, for the 原文 page's "引用本段的课程" links. Derived once per
 * build from the lessons' MDX bodies with the same scan the fidelity check uses
 * (src/content-checks/quotes.ts), so the links cannot disagree with the checked quotes.
 *
 * Owns: the paragraph → lessons map. Must not: validate (the build's content checks already did).
 */
import { isParagraphId, type ParagraphId } from '../article/powers';
import { findQuotes } from '../content-checks/quotes';
import { getLessons } from './catalog';

export interface QuotingLesson {
	/** The lesson's collection id, e.g. `lessons/leadership` (its URL path under the base). */
	id: string;
	title: string;
	order: number;
}

let cached: Promise<Map<ParagraphId, QuotingLesson[]>> | undefined;

/** Paragraph id → the lessons that quote it, in course order. Computed once. */
export function getQuotingLessons(): Promise<Map<ParagraphId, QuotingLesson[]>> {
	cached ??= (async () => {
		const map = new Map<ParagraphId, QuotingLesson[]>();
		for (const lesson of await getLessons()) {
			const quoted = new Set(findQuotes(lesson.entry.body ?? '').map((q) => q.p));
			for (const p of quoted) {
				if (!isParagraphId(p)) continue;
				const list = map.get(p) ?? [];
				list.push({ id: lesson.id, title: lesson.title, order: lesson.data.order });
				map.set(p, list);
			}
		}
		return map;
	})();
	return cached;
}
