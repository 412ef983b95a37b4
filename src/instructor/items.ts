/**
 * What an assignment can contain, and how an item is named in links and receipts.
 *
 * An item is a lesson (by power id), a quiz set (by set id: lesson-<power>, practice-<power>, exam,
 * daily) or a case (by case id). Its canonical reference is `lesson:<id>`, `quiz:<id>` or `case:<id>`.
 * In links and receipts a reference travels compactly: the index of a well-known item in
 * KNOWN_ITEMS, or `l:<id>` / `q:<id>` / `c:<id>` for anything else.
 *
 * KNOWN_ITEMS is part of the stable link format (README "Link and receipt formats"): APPEND ONLY —
 * never reorder, remove or rename an entry, or old links would point at the wrong item.
 * Owns: item references and their compact form. Must not: know titles (the pages pass them in).
 */
import { POWER_IDS } from '../article/powers';
import { isReservedId } from '../schemas/ids';

export type ItemKind = 'lesson' | 'quiz' | 'case';
/** Canonical item reference, e.g. `lesson:leadership`, `quiz:practice-coverage`, `case:village-meeting`. */
export type ItemRef = `${ItemKind}:${string}`;

/** Item ids: lower-case letters, digits and dashes (the same rule as question and set ids). */
export const ITEM_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,47}$/u;

/** Whether an item id is well formed and names no Object.prototype member (src/schemas/ids.ts). */
export function isItemId(id: string): boolean {
	return ITEM_ID_PATTERN.test(id) && !isReservedId(id);
}

/** Well-known items, index = compact code. APPEND ONLY. */
export const KNOWN_ITEMS: readonly ItemRef[] = [
	...POWER_IDS.map((p) => `lesson:${p}` as const),
	...POWER_IDS.map((p) => `quiz:lesson-${p}` as const),
	...POWER_IDS.map((p) => `quiz:practice-${p}` as const),
	'quiz:exam',
	'quiz:daily',
];

const KIND_PREFIX: Record<ItemKind, string> = { lesson: 'l', quiz: 'q', case: 'c' };
const PREFIX_KIND: Record<string, ItemKind> = { l: 'lesson', q: 'quiz', c: 'case' };

export type CompactRef = number | string;

export function makeRef(kind: ItemKind, id: string): ItemRef {
	return `${kind}:${id}`;
}

export function splitRef(ref: ItemRef): { kind: ItemKind; id: string } {
	const at = ref.indexOf(':');
	return { kind: ref.slice(0, at) as ItemKind, id: ref.slice(at + 1) };
}

export function compactRef(ref: ItemRef): CompactRef {
	const known = KNOWN_ITEMS.indexOf(ref);
	if (known >= 0) return known;
	const { kind, id } = splitRef(ref);
	return `${KIND_PREFIX[kind]}:${id}`;
}

/** The canonical reference for a compact one, or null when it names nothing valid. */
export function expandRef(compact: CompactRef): ItemRef | null {
	if (typeof compact === 'number') {
		return Number.isInteger(compact) ? (KNOWN_ITEMS[compact] ?? null) : null;
	}
	const kind = Object.hasOwn(PREFIX_KIND, compact.slice(0, 1))
		? PREFIX_KIND[compact.slice(0, 1)]
		: undefined;
	const id = compact.slice(2);
	if (!kind || compact[1] !== ':' || !isItemId(id)) return null;
	return makeRef(kind, id);
}
