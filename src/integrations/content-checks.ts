/**
 * An Astro integration that runs src/content-checks before every build and dev start, so a content
 * mistake stops the build with file, item and fix instead of shipping a wrong page.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../content-checks/index';

export function contentChecks(): AstroIntegration {
	return {
		name: 'zuzhili:content-checks',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				// Vitest loads the Astro config for its Vite setup; the unit suite checks the repository
				// once itself (tests/unit/repository-content.test.ts), with a timeout and a readable diff.
				if (process.env['VITEST']) return;
				const problems = checkContent(fileURLToPath(config.root));
				if (problems.length === 0) {
					logger.info('content checks passed');
					return;
				}
				const list = problems.map((p) => `  • ${formatProblem(p)}`).join('\n');
				throw new Error(`内容检查未通过（${problems.length} 处）：\n${list}`);
			},
		},
	};
}
