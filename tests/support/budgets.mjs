/**
 * Byte budgets over a built site (bytes, never times), run by `npm test` after the e2e build.
 * Every page in the sitemap is measured statically (tests/support/built-site.mjs: its HTML, CSS and
 * JS on first load — islands hydrated `client:visible` excluded, as they load only when scrolled to —
 * search index and service worker excluded) and checked against the first budget whose pattern
 * matches its path. `upper` bounds the same page with every island hydrated (a lesson read to its
 * quiz), so what loads later cannot grow unnoticed either. The lesson budget is the product's
 * promise (issue 9); the others are ceilings set from the merged site's measured upper bounds plus a
 * little headroom, so a feature cannot grow by accident — raise one only with a reason in the commit.
 * Usage: node tests/support/budgets.mjs <dir> <base>
 */
import { pageWeight, sitemapPaths } from './built-site.mjs';

const KB = 1024;
/** gzip byte limits by path (relative to the base), first match wins: total = HTML + CSS + JS. */
export const BUDGETS = [
	{
		name: 'lesson',
		match: /^lessons\/./u,
		total: 80 * KB,
		js: 35 * KB,
		upper: 90 * KB,
		upperJs: 50 * KB,
	},
	// 95 KB since the bank grew to 231 questions: a practice set carries its whole pool (synthesis: 40).
	{ name: 'quiz', match: /^(practice\/.|exam\/|daily\/)/u, total: 95 * KB, js: 50 * KB },
	// 错题本 retries run the whole quiz engine in place.
	{ name: 'progress', match: /^(me|mistakes)\//u, total: 95 * KB, js: 60 * KB },
	{ name: 'case', match: /^cases\/[^/]+\/$/u, total: 80 * KB, js: 45 * KB },
	// 课堂竞答 is an instructor's tool too: a laptop at the projector, not a phone on a weak link.
	{
		name: 'instructor',
		match: /^(instructor|assignment|paper|classroom)\//u,
		total: 110 * KB,
		js: 80 * KB,
	},
	{ name: 'page', match: /^/u, total: 80 * KB, js: 35 * KB },
];

export function checkBudgets(dir, base) {
	const rows = [];
	const problems = [];
	for (const path of sitemapPaths(dir, base)) {
		const budget = BUDGETS.find((b) => b.match.test(path)) ?? BUDGETS[BUDGETS.length - 1];
		const type = budget.name;
		const w = pageWeight(dir, base, path);
		rows.push({ path, type, total: w.total.gzip, js: w.js.gzip, budget });
		if (w.total.gzip > budget.total)
			problems.push(
				`/${path} (${type}): ${kb(w.total.gzip)} gzip HTML+CSS+JS on first load > budget ${kb(budget.total)}`,
			);
		if (w.js.gzip > budget.js)
			problems.push(`/${path} (${type}): ${kb(w.js.gzip)} gzip JS > budget ${kb(budget.js)}`);
		const all = pageWeight(dir, base, path, { allIslands: true });
		const upper = budget.upper ?? budget.total;
		const upperJs = budget.upperJs ?? budget.js;
		if (all.total.gzip > upper)
			problems.push(
				`/${path} (${type}): ${kb(all.total.gzip)} gzip with every island > ${kb(upper)}`,
			);
		if (all.js.gzip > upperJs)
			problems.push(
				`/${path} (${type}): ${kb(all.js.gzip)} gzip JS with every island > ${kb(upperJs)}`,
			);
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
