/**
 * Whole-site checks on the e2e builds (no extra build): Nu HTML Checker (zero errors), broken
 * internal links and anchors (both bases), and byte budgets. Run by tests/support/run-e2e.mjs, so
 * `npm test` includes them; also runnable alone: node tests/support/site-checks.mjs
 * Returns exit code 1 when any check fails, after running all of them.
 */
import { existsSync } from 'node:fs';
import { checkBudgets, kb } from './budgets.mjs';
import { checkHtml } from './html-validity.mjs';
import { checkLinks } from './links.mjs';

export const BUILDS = [
	{ dir: '.e2e/xuexi', base: '/xuexi/' },
	{ dir: '.e2e/root', base: '/' },
];

export function runSiteChecks(builds = BUILDS) {
	let failed = false;
	const report = (name, problems, ok) => {
		if (problems.length === 0) return console.log(`[site-checks] ${name}: ${ok}`);
		failed = true;
		console.error(
			`[site-checks] ${name}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`,
		);
	};
	const present = builds.filter((b) => existsSync(b.dir));
	if (present.length === 0) {
		console.error('[site-checks] no build found (.e2e/xuexi): run npm run test:e2e first');
		return 1;
	}
	const [main] = present;
	const html = checkHtml(main.dir);
	report('Nu HTML Checker', html.problems, `${html.pages} pages, 0 errors`);
	for (const build of present) {
		const links = checkLinks(build.dir, build.base);
		report(`links under ${build.base}`, links.problems, `${links.pages} pages, 0 broken`);
	}
	const budgets = checkBudgets(main.dir, main.base);
	const worst = budgets.rows.reduce((a, r) => (r.total > (a?.total ?? -1) ? r : a), undefined);
	report(
		'budgets',
		budgets.problems,
		`${budgets.rows.length} pages within budget (largest: /${worst?.path ?? ''} ${kb(worst?.total ?? 0)} gzip, JS ${kb(worst?.js ?? 0)})`,
	);
	return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(runSiteChecks());
