/**
 * Previous/next links that stay inside their own sidebar group: the course's lessons lead to one
 * another, the instructor's pages to one another, and a page that stands alone in the sidebar
 * (我的作业, 错题本 …) has neither. Starlight links across the whole flattened sidebar, which chained
 * 我的作业 →「下一页」→ 布置作业. Owns: that rule (pure; applied by ./route-data.ts).
 */
interface Link {
	type: 'link';
	href: string;
	isCurrent: boolean;
}
interface Group {
	type: 'group';
	entries: Entry[];
}
type Entry = Link | Group | { type: string };

const isLink = (e: Entry): e is Link => e.type === 'link';
const isGroup = (e: Entry): e is Group => e.type === 'group';

/** The links of the group that directly holds the current page, or [] at the top level. */
export function siblingLinks(sidebar: readonly Entry[]): readonly Link[] {
	const search = (entries: readonly Entry[], topLevel: boolean): readonly Link[] | null => {
		if (entries.some((e) => isLink(e) && e.isCurrent))
			return topLevel ? [] : entries.filter(isLink);
		for (const e of entries) {
			if (!isGroup(e)) continue;
			const found = search(e.entries, false);
			if (found) return found;
		}
		return null;
	};
	return search(sidebar, true) ?? [];
}

/** Keep `prev`/`next` only when they are in the current page's own group. */
export function withinGroup<L extends { href: string }>(
	sidebar: readonly Entry[],
	pagination: { prev: L | undefined; next: L | undefined },
): { prev: L | undefined; next: L | undefined } {
	const hrefs = new Set(siblingLinks(sidebar).map((l) => l.href));
	const keep = (l: L | undefined) => (l && hrefs.has(l.href) ? l : undefined);
	return { prev: keep(pagination.prev), next: keep(pagination.next) };
}
