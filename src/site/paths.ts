/**
 * Links inside the site, always through the base path (the site may live under `/xuexi/`).
 * Owns: joining BASE_URL with a site path and building 原文 paragraph links.
 */
import type { ParagraphId } from '../article/powers';

const BASE = import.meta.env.BASE_URL;

/** `withBase('/source/')` → `/xuexi/source/` when deployed under `/xuexi/`. */
export function withBase(path: string): string {
	const base = BASE.endsWith('/') ? BASE : `${BASE}/`;
	return base + path.replace(/^\/+/u, '');
}

/** The 原文 page's anchor for one paragraph. */
export function sourceLink(p: ParagraphId): string {
	return withBase(`/source/#${p}`);
}
