import { describe, expect, it } from 'vitest';
import { completeCsp, sha256 } from '../../src/site/csp-hashes';

const page = (body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'"></head><body>${body}</body></html>`;

function cspOf(html: string): string {
	return /content="([^"]*)"/u.exec(html)?.[1]?.replace(/&#39;|&quot;/gu, "'") ?? '';
}

describe('completeCsp()', () => {
	it('allows an inline script by its exact hash, not by unsafe-inline', () => {
		const csp = cspOf(completeCsp(page('<script>window.a=1</script>')));
		expect(csp).toContain(sha256('window.a=1'));
		expect(csp).not.toContain('unsafe-inline');
	});
	it('ignores scripts loaded from a file (covered by self)', () => {
		const html = page('<script type="module" src="/_astro/x.js"></script>');
		expect(cspOf(completeCsp(html))).toBe(
			"default-src 'self'; script-src 'self'; style-src 'self'",
		);
	});
	it('allows style attributes by hash with unsafe-hashes', () => {
		const csp = cspOf(completeCsp(page('<svg style="--sl-icon-size: 1em;"></svg>')));
		expect(csp).toMatch(/style-src 'self' 'unsafe-hashes' 'sha256-/u);
		expect(csp).toContain(sha256('--sl-icon-size: 1em;'));
	});
	it('moves the CSP meta first in <head>, right after the charset, before any script', () => {
		const html =
			'<!DOCTYPE html><html><head><meta charset="utf-8"/><title>t</title><script>window.a=1</script>' +
			'<script type="module" src="/_astro/x.js"></script><link rel="stylesheet" href="/a.css">' +
			`<meta http-equiv="content-security-policy" content="script-src 'self'"></head><body></body></html>`;
		const done = completeCsp(html);
		expect(done).toMatch(
			/^<!DOCTYPE html><html><head><meta charset="utf-8"\/><meta http-equiv="content-security-policy" content="[^"]*">/u,
		);
		expect(done.match(/content-security-policy/gu)).toHaveLength(1);
		expect(cspOf(done.slice(done.indexOf('http-equiv')))).toContain(sha256('window.a=1'));
		// Without a charset meta it goes straight after <head>.
		expect(
			completeCsp(page('<script>1</script>').replace('<head>', '<head><title>t</title>')),
		).toMatch(/^<html><head><meta http-equiv="content-security-policy"/u);
	});
	it('leaves a page without a CSP meta untouched', () => {
		expect(completeCsp('<p style="x">a</p>')).toBe('<p style="x">a</p>');
	});
});
