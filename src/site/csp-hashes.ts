/**
 * Completing each page's Content-Security-Policy after the build.
 *
 * Astro's `security.csp` hashes the scripts and styles it bundles, but not Starlight's `is:inline`
 * scripts nor the `style="…"` attributes Starlight renders (icon sizes, sidebar depth). Rather than
 * weaken the policy with 'unsafe-inline', this adds the exact hash of each inline script to
 * `script-src`, and of each inline <style> and style attribute to `style-src` (attributes need
 * 'unsafe-hashes', which allows only those exact values). Owns: finding inline code in an HTML string and rewriting its CSP meta.
 */
import { createHash } from 'node:crypto';

export function sha256(value: string): string {
	return `'sha256-${createHash('sha256').update(value, 'utf8').digest('base64')}'`;
}

function decodeAttribute(value: string): string {
	return value
		.replace(/&quot;/gu, '"')
		.replace(/&#39;/gu, "'")
		.replace(/&lt;/gu, '<')
		.replace(/&gt;/gu, '>')
		.replace(/&amp;/gu, '&');
}

/** Hashes of inline <script> bodies (scripts with a src are covered by 'self'). */
export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gu)) {
		const attrs = m[1] ?? '';
		if (/\ssrc=/u.test(attrs) || /type="application\/(ld\+)?json"/u.test(attrs)) continue;
		if ((m[2] ?? '').length > 0) hashes.add(sha256(m[2] ?? ''));
	}
	return [...hashes];
}

/** Hashes of every style attribute value. */
export function styleAttributeHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const m of html.matchAll(/\sstyle="([^"]*)"/gu))
		hashes.add(sha256(decodeAttribute(m[1] ?? '')));
	return [...hashes];
}

/** Add `sources` to `directive` inside a CSP string (creating the directive if absent). */
function addSources(csp: string, directive: string, sources: string[]): string {
	if (sources.length === 0) return csp;
	const parts = csp
		.split(';')
		.map((p) => p.trim())
		.filter(Boolean);
	const index = parts.findIndex((p) => p.split(/\s+/u)[0] === directive);
	if (index === -1) return [...parts, `${directive} 'self' ${sources.join(' ')}`].join('; ');
	const existing = new Set(parts[index]!.split(/\s+/u));
	const added = sources.filter((s) => !existing.has(s));
	parts[index] = [parts[index], ...added].join(' ');
	return parts.join('; ');
}

/**
 * Rewrite the page's CSP meta so that its own inline scripts and style attributes are allowed, and
 * move it first in <head> (right after the charset meta): a CSP meta covers only what comes after it.
 */
export function completeCsp(html: string): string {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/iu.exec(html);
	if (!meta) return html;
	let csp = decodeAttribute(meta[1] ?? '');
	csp = addSources(csp, 'script-src', inlineScriptHashes(html));
	const styleHashes = styleAttributeHashes(html);
	if (styleHashes.length > 0)
		csp = addSources(csp, 'style-src', ["'unsafe-hashes'", ...styleHashes]);
	const escaped = csp.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');
	const tag = `<meta http-equiv="content-security-policy" content="${escaped}">`;
	const rest = html.replace(meta[0], '');
	const anchor = /<meta charset="[^"]*"\s*\/?>/iu.exec(rest) ?? /<head(?:\s[^>]*)?>/iu.exec(rest);
	if (!anchor) return html.replace(meta[0], tag);
	const at = anchor.index + anchor[0].length;
	return rest.slice(0, at) + tag + rest.slice(at);
}
