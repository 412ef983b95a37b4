/**
 * How the dialog lays out ranked hits: the best TOP_WINDOW hits first, grouped by kind, then the rest,
 * grouped again under 「更多结果」. Inside each block groups appear in the order of their best hit and
 * hits keep their rank, so the first links a learner meets are exactly the five best, whatever their
 * kinds. (Grouping all ten at once let a lesson group's third and fourth links push the passage out of
 * the first five.) Owns: that layout. Must not: render.
 */
import type { SearchKind } from './documents';
import { TOP_WINDOW, type SearchHit } from './engine';

export interface HitGroup {
	kind: SearchKind;
	hits: SearchHit[];
}

export interface ResultLayout {
	/** The best `TOP_WINDOW` hits, grouped. */
	best: HitGroup[];
	/** The remaining hits, grouped; empty when there are no more. */
	more: HitGroup[];
}

export function groupByKind(hits: readonly SearchHit[]): HitGroup[] {
	const groups = new Map<SearchKind, HitGroup>();
	for (const hit of hits) {
		let group = groups.get(hit.doc.kind);
		if (!group) groups.set(hit.doc.kind, (group = { kind: hit.doc.kind, hits: [] }));
		group.hits.push(hit);
	}
	return [...groups.values()];
}

export function layoutResults(hits: readonly SearchHit[], best = TOP_WINDOW): ResultLayout {
	return { best: groupByKind(hits.slice(0, best)), more: groupByKind(hits.slice(best)) };
}

/** The hits in the order the dialog shows them. */
export function displayOrder(layout: ResultLayout): SearchHit[] {
	return [...layout.best, ...layout.more].flatMap((g) => g.hits);
}
