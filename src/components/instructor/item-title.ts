/**
 * The display title of an assignment item: from the build-time catalog, or a neutral fallback that
 * shows the id as plain text for items this build does not have.
 */
import type { CatalogItem } from '../../instructor/catalog';
import { splitRef, type ItemRef } from '../../instructor/items';

export function itemTitle(
	ref: ItemRef,
	catalog: ReadonlyMap<string, CatalogItem>,
	t: (key: string, vars?: Record<string, string | number>) => string,
): string {
	const known = catalog.get(ref);
	if (known) return known.title;
	const { kind, id } = splitRef(ref);
	return t('instructor.item.unknown', { kind: t(`instructor.kind.${kind}`), id });
}
