/**
 * Runs src/site/valid-html.ts over every built page (astro:build:done). List it before cspComplete()
 * and serviceWorker() in astro.config.mjs: both read the final HTML.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hoistIslandStyles } from '../site/valid-html';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

export function validHtml(): AstroIntegration {
	return {
		name: 'zuzhili:valid-html',
		hooks: {
			'astro:build:done': ({ dir }) => {
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const fixed = hoistIslandStyles(html);
					if (fixed !== html) writeFileSync(file, fixed);
				}
			},
		},
	};
}
