/**
 * `virtual:lunr-core`: the part of lunr 2.3.9 that the browser's search runs — Index.query with its
 * Query, TokenSet, Vector, MatchData, FieldRef and Set — concatenated from lunr's own `lib/` sources at
 * build time. The packaged lunr.js also ships the Builder, English stemmer, stop-word filter, trimmer
 * and query-string parser, which search never runs in the browser (the index is built at build time
 * by ./../search/packed-index.ts and queries are built with Index.query): about half its bytes.
 * Owns: that module. Must not: change lunr's code (only `this` at the top of utils.js, which is
 * `undefined` in an ES module, becomes `globalThis`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const LUNR_CORE_ID = 'virtual:lunr-core';
const RESOLVED = `\0${LUNR_CORE_ID}`;
/** lunr/lib files in lunr.js's own order, minus builder, pipeline, tokenizer, stemmer, parser. */
const PARTS = [
	'utils',
	'field_ref',
	'set',
	'vector',
	'token_set',
	'token_set_builder',
	'index',
	'match_data',
	'query',
];

export function lunrCoreSource(): string {
	const lib = join(dirname(createRequire(import.meta.url).resolve('lunr/package.json')), 'lib');
	const body = PARTS.map((part) => readFileSync(join(lib, `${part}.js`), 'utf8'))
		.join('\n')
		.replace('})(this)', '})(globalThis)');
	return `const lunr = {};\n${body}\nexport default lunr;\n`;
}

export function lunrCore(): Plugin {
	return {
		name: 'zuzhili:lunr-core',
		resolveId: (id) => (id === LUNR_CORE_ID ? RESOLVED : undefined),
		load: (id) => (id === RESOLVED ? lunrCoreSource() : undefined),
	};
}
