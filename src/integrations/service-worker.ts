/**
 * Generates the service worker (`sw.js` at the base path) with workbox-build's generateSW over the
 * built output, in astro:build:done. Owns: running workbox and logging what it precached.
 *
 * ORDER MATTERS: list this integration AFTER cspComplete() in astro.config.mjs. Hooks run in the
 * order of the integrations array; csp-complete rewrites every page's HTML in its own build:done,
 * and the precache manifest fingerprints each page's bytes. Run before it and the worker would
 * carry stale revisions, so installed readers would never be offered updates to the CSP-fixed pages.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { swOptions } from '../offline/precache';

export function serviceWorker(): AstroIntegration {
	let base = '/';
	return {
		name: 'zuzhili:service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings } = await generateSW(swOptions(fileURLToPath(dir), base));
				for (const warning of warnings) logger.warn(warning);
				logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KB)`);
			},
		},
	};
}
