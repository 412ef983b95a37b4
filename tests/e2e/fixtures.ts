/**
 * The e2e `test`: every page a test opens is watched, and the test fails if the page makes a request
 * to another origin, reports a Content-Security-Policy violation, or throws an uncaught error.
 * Also exposes the built site's page list (from its sitemap) for whole-site checks.
 */
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

export interface Guard {
	offOrigin: string[];
	cspViolations: string[];
	pageErrors: string[];
}

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const guard: Guard = { offOrigin: [], cspViolations: [], pageErrors: [] };
			page.on('request', (req) => {
				const url = req.url();
				if (/^(data|blob|about):/u.test(url)) return;
				if (new URL(url).origin !== origin) guard.offOrigin.push(url);
			});
			page.on('console', (msg) => {
				if (/Content.Security.Policy/iu.test(msg.text())) guard.cspViolations.push(msg.text());
			});
			page.on('pageerror', (err) => guard.pageErrors.push(err.message));
			await use(guard);
			expect(guard.offOrigin, 'requests that left the site origin').toEqual([]);
			expect(guard.cspViolations, 'CSP violations').toEqual([]);
			expect(guard.pageErrors, 'uncaught page errors').toEqual([]);
		},
		{ auto: true },
	],
});
export { expect };

/** Every page in the built site's sitemap, as paths relative to the base (`''`, `'source/'`, …). */
export function sitemapPaths(project: 'xuexi' | 'root' = 'xuexi'): string[] {
	const xml = readFileSync(`.e2e/${project}/sitemap-0.xml`, 'utf8');
	const base = project === 'xuexi' ? '/xuexi/' : '/';
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => {
		const path = new URL(m[1]!).pathname;
		return path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//u, '');
	});
}
