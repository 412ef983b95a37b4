/**
 * The build's translator lists its feature files one by one (typed keys need static imports): a new
 * `src/i18n/zh-CN/*.json` left out of src/i18n/index.ts would make every key in it throw at render.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('src/i18n/index.ts', () => {
	it('imports every feature file under src/i18n/zh-CN/', () => {
		const files = readdirSync('src/i18n/zh-CN').filter((f) => f.endsWith('.json'));
		const index = readFileSync('src/i18n/index.ts', 'utf8');
		const imported = [...index.matchAll(/from '\.\/zh-CN\/([\w-]+\.json)'/gu)].map((m) => m[1]);
		expect(imported.sort()).toEqual(files.sort());
	});
});
