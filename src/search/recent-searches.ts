/**
 * Recent searches, kept in this browser under their own key, outside the progress document (they are
 * not learning progress). The only module of search that touches storage.
 *
 * Key `zuzhili.search.recent`: a JSON array of up to MAX_RECENT query strings, newest first.
 * Every access is guarded (storage may be blocked or full); what is read is validated, and anything
 * unreadable counts as "no recent searches".
 * Owns: reading and writing that key. Must not: render.
 */

/** The storage key. */
export const RECENT_KEY = 'zuzhili.search.recent';
export const MAX_RECENT = 6;
/** Longer queries are not kept (a pasted paragraph is not a "recent search"). */
export const MAX_RECENT_CHARS = 40;

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

export function readRecent(): string[] {
	try {
		const raw = storage()?.getItem(RECENT_KEY);
		if (!raw) return [];
		const value: unknown = JSON.parse(raw);
		if (!Array.isArray(value)) return [];
		return value
			.filter((q): q is string => typeof q === 'string' && q.trim().length > 0)
			.map((q) => q.slice(0, MAX_RECENT_CHARS))
			.slice(0, MAX_RECENT);
	} catch {
		return [];
	}
}

/** Remember a query (trimmed, moved to the front). Returns the new list. */
export function addRecent(query: string): string[] {
	const q = query.trim();
	if (!q || q.length > MAX_RECENT_CHARS) return readRecent();
	const list = [q, ...readRecent().filter((r) => r !== q)].slice(0, MAX_RECENT);
	try {
		storage()?.setItem(RECENT_KEY, JSON.stringify(list));
	} catch {
		// Storage full or blocked: the list lives on for this page only.
	}
	return list;
}

export function clearRecent(): void {
	try {
		storage()?.removeItem(RECENT_KEY);
	} catch {
		// Nothing to clear when storage is blocked.
	}
}
