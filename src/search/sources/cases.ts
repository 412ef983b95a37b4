/**
 * 案例 adapter: one document per case file (src/content-kinds CASES; page `cases/<id>/`): the `title`
 * and every prose string inside, in order, so any text a learner reads in the case is findable.
 * Owns: case → search document. Must not: validate cases (src/content-checks/cases.ts does).
 */
import { CASES } from '../../content-kinds';
import { readYamlContent } from '../../content-kinds/read';
import type { SearchDocument } from '../documents';

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
	return readYamlContent(root, CASES).flatMap(({ id, data }) => {
		const record = (data ?? {}) as Record<string, unknown>;
		const title = typeof record['title'] === 'string' ? record['title'] : id;
		const text = strings(data)
			.filter((s) => s !== title)
			.join('\n');
		return [{ kind: 'case' as const, key: `case:${id}`, title, url: `cases/${id}/`, text }];
	});
}
