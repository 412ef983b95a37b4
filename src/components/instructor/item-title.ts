/**
 * The display title of an assignment item: from the build-time catalog, or a neutral fallback that
 * shows the id as plain text for items this build does not have.
 */
import type instructorStrings from '../../i18n/zh-CN/instructor.json';
import type { Translator } from '../../i18n/translate';
import type { CatalogItem } from '../../instructor/catalog';
import { splitRef, type ItemRef } from '../../instructor/items';

export function itemTitle(
	ref: ItemRef,
	catalog: ReadonlyMap<string, CatalogItem>,
	t: Translator<keyof typeof instructorStrings>,
): string {
	const known = catalog.get(ref);
	if (known) return known.title;
	const { kind, id } = splitRef(ref);
	return t('instructor.item.unknown', { kind: t(`instructor.kind.${kind}`), id });
}
