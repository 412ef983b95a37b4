/**
 * Generates the service worker (`sw.js` at the base path) with workbox-build's generateSW over the
 * built output, in astro:build:done, and writes the list of files outside the precached core
 * (`offline-extra.json`: URL and size of each) for 我的学习's 「离线下载全部内容」, and the script the
 * worker imports to keep the previous build's hashed assets for old tabs (src/offline/generations.ts).
 * Owns: running workbox, writing those files, and logging what is precached and what waits.
 *
 * ORDER MATTERS: list this integration AFTER cspComplete() in astro.config.mjs. Hooks run in the
 * order of the integrations array; csp-complete rewrites every page's HTML in its own build:done,
 * and the precache manifest fingerprints each page's bytes. Run before it and the worker would
 * carry stale revisions, so installed readers would never be offered updates to the CSP-fixed pages.
 */
import type { AstroIntegration } from 'astro';
import { statSync, writeFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { KEEP_SCRIPT, keepScript } from '../offline/generations';
import {
	CORE_PATTERNS,
	EXTRA_FILE,
	fileUrl,
	NEVER_CACHED,
	normaliseBase,
	OFFLINE_PATTERNS,
	swOptions,
	type ExtraFile,
} from '../offline/precache';

async function files(dir: string, patterns: string[]): Promise<Set<string>> {
	const found = new Set<string>();
	for await (const file of glob(patterns, { cwd: dir, exclude: NEVER_CACHED })) found.add(file);
	return found;
}

export interface WorkerSummary {
	count: number;
	size: number;
	warnings: string[];
	extraFiles: number;
	extraBytes: number;
}

/**
 * Writes sw.js, its imported KEEP_SCRIPT and EXTRA_FILE into the built site `out` served under
 * `base`. Exported for the two-build e2e test, which redeploys a build with renamed assets.
 */
export async function writeServiceWorker(out: string, base: string): Promise<WorkerSummary> {
	const prefix = normaliseBase(base);
	const hashed = [...(await files(join(out, '_astro'), ['**/*']))].map(
		(f) => `${prefix}_astro/${f}`,
	);
	writeFileSync(join(out, KEEP_SCRIPT), keepScript(hashed.sort()));
	const { count, size, warnings } = await generateSW(swOptions(out, base));
	const core = await files(out, CORE_PATTERNS);
	const extra: ExtraFile[] = [...(await files(out, OFFLINE_PATTERNS))]
		.filter((f) => !core.has(f))
		.sort()
		.map((f) => ({ url: fileUrl(f, base), bytes: statSync(join(out, f)).size }));
	const bytes = extra.reduce((sum, f) => sum + f.bytes, 0);
	writeFileSync(join(out, EXTRA_FILE), JSON.stringify({ bytes, files: extra }));
	return { count, size, warnings, extraFiles: extra.length, extraBytes: bytes };
}

export function serviceWorker(): AstroIntegration {
	let base = '/';
	return {
		name: 'zuzhili:service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings, extraFiles, extraBytes } = await writeServiceWorker(
					fileURLToPath(dir),
					base,
				);
				for (const warning of warnings) logger.warn(warning);
				logger.info(
					`service worker precaches ${count} files (${Math.round(size / 1024)} KB); ` +
						`${extraFiles} more (${Math.round(extraBytes / 1024)} KB) when visited or downloaded`,
				);
			},
		},
	};
}
