/**
 * Byte budgets over a built site (bytes, never times), run by `npm test` after the e2e build.
 * Every page in the sitemap is measured statically (tests/support/built-site.mjs: its HTML, CSS and
 * JS on first load, islands counted as hydrated, search index and service worker excluded) and
 * checked against its page type's budget. The lesson budget applies to lesson pages; the
 * other page types get the same limits until a feature argues for its own (add it to BUDGETS).
 * Usage: node tests/support/budgets.mjs <dir> <base>
 */
import { pageType, pageWeight, sitemapPaths } from './built-site.mjs';

const KB = 1024;
/** gzip byte limits per page type: total = HTML + CSS + JS. */
export const BUDGETS = {
	lesson: { total: 80 * KB, js: 35 * KB },
	default: { total: 80 * KB, js: 35 * KB },
};

export function checkBudgets(dir, base) {
	const rows = [];
	const problems = [];
	for (const path of sitemapPaths(dir, base)) {
		const type = pageType(path);
		const budget = BUDGETS[type] ?? BUDGETS.default;
		const w = pageWeight(dir, base, path);
		rows.push({ path, type, total: w.total.gzip, js: w.js.gzip, budget });
		if (w.total.gzip > budget.total)
			problems.push(
				`/${path} (${type}): ${kb(w.total.gzip)} gzip HTML+CSS+JS on first load > budget ${kb(budget.total)}`,
			);
		if (w.js.gzip > budget.js)
			problems.push(`/${path} (${type}): ${kb(w.js.gzip)} gzip JS > budget ${kb(budget.js)}`);
	}
	return { rows, problems };
}

export function kb(bytes) {
	return `${(bytes / KB).toFixed(1)} KB`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = 'dist', base = '/'] = process.argv.slice(2);
	const { rows, problems } = checkBudgets(dir, base);
	for (const r of rows)
		console.log(`[budgets] /${r.path} (${r.type}): total ${kb(r.total)}, JS ${kb(r.js)} gzip`);
	if (problems.length > 0) {
		console.error(`[budgets] ${problems.length} over budget:\n  ${problems.join('\n  ')}`);
		process.exit(1);
	}
	console.log(`[budgets] ${rows.length} pages within budget`);
}
