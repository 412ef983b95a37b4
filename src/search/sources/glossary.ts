/**
 * 术语 adapter: one document per term in `content/glossary/terms.yaml`
 * (`terms: [{ id, term, aliases?, definition, defined, source: { p, quote } }]`), linked to
 * `glossary/#term-<id>`. Entries without an id or a term are skipped (the glossary's checks report them).
 * Owns: term → search document. Must not: validate the glossary.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { SearchDocument } from '../documents';
import { readText } from './files';

export const GLOSSARY_DIR = 'content/glossary';
export const GLOSSARY_FILE = 'terms.yaml';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function glossaryDocuments(root: string): SearchDocument[] {
	if (!existsSync(join(root, GLOSSARY_DIR, GLOSSARY_FILE))) return [];
	let data: unknown;
	try {
		data = parseYaml(readText(root, GLOSSARY_DIR, GLOSSARY_FILE));
	} catch {
		return [];
	}
	const terms: unknown = (data as { terms?: unknown } | null)?.terms;
	if (!Array.isArray(terms)) return [];
	return terms.flatMap((entry: unknown) => {
		if (!entry || typeof entry !== 'object') return [];
		const e = entry as Record<string, unknown>;
		const id = str(e['id']);
		const term = str(e['term']);
		if (!id || !term) return [];
		const aliases = Array.isArray(e['aliases']) ? e['aliases'].map(str).filter(Boolean) : [];
		const source = (e['source'] ?? {}) as Record<string, unknown>;
		return [
			{
				kind: 'term' as const,
				key: `term:${id}`,
				title: aliases.length ? `${term}（${aliases.join('、')}）` : term,
				url: `glossary/#term-${id}`,
				text: [str(e['definition']), str(source['quote'])].filter(Boolean).join('\n'),
			},
		];
	});
}
