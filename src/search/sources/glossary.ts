/**
 * 术语 adapter: one document per term of the glossary (src/content-kinds GLOSSARY), linked to
 * `glossary/#term-<id>`. Entries that do not match the term schema are skipped (the glossary's checks
 * report them).
 * Owns: term → search document. Must not: validate the glossary.
 */
import { GLOSSARY } from '../../content-kinds';
import { readYamlContent } from '../../content-kinds/read';
import type { SearchDocument } from '../documents';

export function glossaryDocuments(root: string): SearchDocument[] {
	return readYamlContent(root, GLOSSARY).flatMap(({ data }) => {
		const entries: unknown = (data as { terms?: unknown } | null)?.terms;
		if (!Array.isArray(entries)) return [];
		return entries.flatMap((entry: unknown) => {
			const parsed = GLOSSARY.schema.safeParse(entry);
			if (!parsed.success) return [];
			const { id, term, aliases, definition, source: quoted } = parsed.data;
			return [
				{
					kind: 'term' as const,
					key: `term:${id}`,
					title: aliases.length ? `${term}（${aliases.join('、')}）` : term,
					url: `glossary/#term-${id}`,
					text: [definition, quoted.quote].join('\n'),
				},
			];
		});
	});
}
