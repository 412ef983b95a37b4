/**
 * Grouping ranked hits by kind for the dialog: groups appear in the order of their best hit, hits keep
 * their rank inside a group. Owns: that ordering. Must not: render.
 */
import type { SearchKind } from './documents';
import type { SearchHit } from './engine';

export interface HitGroup {
	kind: SearchKind;
	hits: SearchHit[];
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
