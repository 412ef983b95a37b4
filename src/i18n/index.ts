/**
 * The site's translator for Astro components (build time): every feature file under ./zh-CN/.
 * Islands import their own feature file with `makeT` from ./translate instead.
 */
import { makeT, type Dict } from './translate';

const files = import.meta.glob<Dict>('./zh-CN/*.json', { eager: true, import: 'default' });

export const t = makeT(...Object.values(files));
export { format, makeT } from './translate';
