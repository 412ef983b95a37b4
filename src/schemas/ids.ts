/**
 * Ids that must never name a record: the members of Object.prototype, and `prototype`. An id from
 * outside (a link, a receipt, a pasted code, an imported file, a content file) that equals one of
 * them would read an inherited member (`doc.assignments.constructor` is `Object`) or be dropped by a
 * JSON parse that refuses such keys — so every id schema refuses them, and every map keyed by outside
 * input is looked up with `own()` (own properties only).
 *
 * Owns: the reserved names and own-property lookups. Must not: import anything (it runs everywhere).
 */

/** Object.prototype's own property names (as in every current engine) and `prototype`. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
	'__proto__',
	'__defineGetter__',
	'__defineSetter__',
	'__lookupGetter__',
	'__lookupSetter__',
	'constructor',
	'hasOwnProperty',
	'isPrototypeOf',
	'propertyIsEnumerable',
	'toLocaleString',
	'toString',
	'valueOf',
	'prototype',
]);

/** Whether an id is one that must never key a record. */
export function isReservedId(id: string): boolean {
	return RESERVED_IDS.has(id);
}

/** `map[key]` if it is the map's own property, else undefined (never an inherited member). */
export function own<T>(map: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
	return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}
