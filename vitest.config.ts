/// <reference types="vitest/config" />
/**
 * Unit tests: plain modules, plus Astro components rendered with the Container API (getViteConfig
 * gives Vitest Astro's compiler and virtual modules).
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
	},
});
