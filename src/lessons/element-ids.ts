/**
 * Deterministic, page-unique element ids for components used several times on one page (e.g. two
 * <Term> for the same term): a counter per page request, so builds are reproducible.
 * Owns: the counters. Must not: know about any component's markup.
 */
const counters = new WeakMap<Request, number>();

/** `prefix-1`, `prefix-2`, … counted per page render (`request` is `Astro.request`). */
export function nextElementId(request: Request, prefix: string): string {
	const n = (counters.get(request) ?? 0) + 1;
	counters.set(request, n);
	return `${prefix}-${n}`;
}
