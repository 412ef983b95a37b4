/**
 * 案例 adapter: one document per case study in `content/cases/` (page `cases/<id>/`). The case format
 * is read generically: YAML/JSON (as in content/cases/*.yaml) or MDX (frontmatter `title` + body text);
 * Markdown files (README.md) are documentation, not cases. YAML/JSON:
 * (`title` + every string value inside, in order). Replace with a typed reader once the format lands.
 * Owns: case → search document. Must not: validate cases.
 */
import { parse as parseYaml } from 'yaml';
import type { SearchDocument } from '../documents';
import { listFiles, readText } from './files';
import { mdxSections } from './mdx-sections';

export const CASES_DIR = 'content/cases';

/** Every string value in a parsed YAML/JSON tree except ids, urls and paragraph refs. */
function strings(value: unknown, key = ''): string[] {
	if (typeof value === 'string') {
		if (/^(id|p|href|url|next|goto|to|slug|type|power|powers|image|grade|set|claims)$/u.test(key))
			return [];
		return [value];
	}
	// Case format v2: state rules and the instructor's guide are not learner-facing text.
	if (/^(flags|endings|when|assumes|points|facilitation)$/u.test(key)) return [];
	if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
	if (value && typeof value === 'object') {
		return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => strings(v, k));
	}
	return [];
}

export function caseDocuments(root: string): SearchDocument[] {
	return listFiles(root, CASES_DIR, /\.(mdx|ya?ml|json)$/u).flatMap((file) => {
		const id = file.replace(/\.(mdx?|ya?ml|json)$/u, '').replaceAll('\\', '/');
		const raw = readText(root, CASES_DIR, file);
		let title = id;
		let text: string;
		if (/\.mdx$/u.test(file)) {
			const { frontmatter, sections } = mdxSections(raw);
			if (typeof frontmatter['title'] === 'string') title = frontmatter['title'];
			text = sections.map((s) => [s.heading, s.text].filter(Boolean).join('\n')).join('\n');
		} else {
			let data: unknown;
			try {
				data = /\.json$/u.test(file) ? JSON.parse(raw) : parseYaml(raw);
			} catch {
				return [];
			}
			const record = (data ?? {}) as Record<string, unknown>;
			if (typeof record['title'] === 'string') title = record['title'];
			text = strings(data)
				.filter((s) => s !== title)
				.join('\n');
		}
		return [{ kind: 'case' as const, key: `case:${id}`, title, url: `cases/${id}/`, text }];
	});
}
