/**
 * The deployed site's absolute URL, from the SITE_URL environment variable at build time. Without it
 * the build has no canonical links, no og:url and no sitemap (they need absolute URLs, and a made-up
 * origin such as localhost would send search engines and shared links to the wrong place).
 *
 * Owns: reading and checking SITE_URL. Must not: invent a default.
 */

/** The site URL for Astro's `site`, or undefined when none is configured. Throws on a bad value. */
export function siteUrl(value: string | undefined): string | undefined {
	const text = value?.trim() ?? '';
	if (text === '') return undefined;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new Error(`SITE_URL "${text}" is not an absolute URL (e.g. https://dangxiao.example.cn)`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`SITE_URL "${text}" must start with https:// or http://`);
	return url.href;
}
