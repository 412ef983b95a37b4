/**
 * Post-build fixes that make Astro's output valid HTML (the Nu checker runs on every page in npm test).
 * Owns: string rewrites of a built page that change no behaviour. Must not: touch the CSP (csp-hashes.ts).
 *
 * Astro writes the islands' `display: contents` rule as a <style> in <body>, right before the first
 * island. A <style> in <body> is an error for the Nu checker; moving it to the end of <head> keeps
 * the same rule, the same cascade position (after the stylesheets) and the same CSP hash.
 */
const ISLAND_STYLE =
	/<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/gu;

export function hoistIslandStyles(html: string): string {
	const bodyStart = html.search(/<body[\s>]/u);
	const headEnd = html.indexOf('</head>');
	if (bodyStart === -1 || headEnd === -1 || headEnd > bodyStart) return html;
	const body = html.slice(bodyStart);
	const styles = body.match(ISLAND_STYLE);
	if (!styles) return html;
	const head = html.slice(0, headEnd);
	const between = html.slice(headEnd, bodyStart);
	return `${head}${styles[0]}${between}${body.replace(ISLAND_STYLE, '')}`;
}
