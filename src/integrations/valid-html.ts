/**
 * Runs src/site/valid-html.ts over every built page (astro:build:done). List it before cspComplete()
 * and serviceWorker() in astro.config.mjs: both read the final HTML.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtPages } from './built-pages';
import { hoistIslandStyles } from '../site/valid-html';

export function validHtml(): AstroIntegration {
	return {
		name: 'zuzhili:valid-html',
		hooks: {
			'astro:build:done': ({ dir }) => {
				for (const file of builtPages(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const fixed = hoistIslandStyles(html);
					if (fixed !== html) writeFileSync(file, fixed);
				}
			},
		},
	};
}
