// @ts-check
/**
 * Flat ESLint config: type-checked TypeScript rules for src/ and tests/, the Astro plugin for
 * components. Every override below says why.
 */
import { defineConfig } from 'eslint/config';
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import reactX from 'eslint-plugin-react-x';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.e2e/',
			'.astro/',
			'node_modules/',
			'bench/out/',
			'test-results/',
			'playwright-report/',
			'**/*.tmp.*',
		],
	},
	eslint.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
	},
	{
		// Plain JS files (config, scripts) are not part of the TS project: lint them without types.
		files: ['**/*.{js,mjs,cjs}'],
		...tseslint.configs.disableTypeChecked,
		languageOptions: {
			globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly' },
		},
	},
	{
		// Astro frontmatter is type-checked by `astro check`; the type-aware rules misread its virtual modules.
		files: ['**/*.astro'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// Unit tests import .astro components for the Container API; typescript-eslint cannot type
		// `*.astro` modules (astro check does), so it sees them as error-typed.
		files: ['tests/unit/**/*.ts'],
		rules: { '@typescript-eslint/no-unsafe-argument': 'off' },
	},
	{
		// Preact islands. Hooks rules: an effect that reads a value must list it (stale closures).
		// A component declared inside another is a new type on every render: Preact replaces its DOM,
		// and keyboard focus falls to <body> (the ClassSummary sort-header bug).
		files: ['src/**/*.tsx'],
		plugins: {
			// Its typings describe legacy configs too, which ESLint's Plugin type does not accept.
			'react-hooks': /** @type {import('eslint').ESLint.Plugin} */ (
				/** @type {unknown} */ (reactHooks)
			),
			'react-x': reactX,
		},
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'error',
			'react-x/no-nested-component-definitions': 'error',
		},
	},
	{
		rules: {
			// Unused arguments prefixed with _ document an ignored parameter.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
);
