/**
 * Runs src/site/csp-hashes.ts over every built page (astro:build:done), so each page's CSP allows
 * exactly its own inline scripts and style attributes and nothing else. Must run before anything
 * that fingerprints the HTML (the service worker's precache manifest).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtPages } from './built-pages';
import { completeCsp } from '../site/csp-hashes';

export function cspComplete(): AstroIntegration {
	return {
		name: 'zuzhili:csp-complete',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const files = builtPages(fileURLToPath(dir));
				for (const file of files) {
					const html = readFileSync(file, 'utf8');
					const done = completeCsp(html);
					if (done !== html) writeFileSync(file, done);
				}
				logger.info(`CSP completed for ${files.length} pages`);
			},
		},
	};
}
