import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/site/site-url';

describe('siteUrl()', () => {
	it('is undefined without SITE_URL, so no canonical, og:url or sitemap points at a made-up host', () => {
		expect(siteUrl(undefined)).toBeUndefined();
		expect(siteUrl('  ')).toBeUndefined();
	});
	it('accepts an absolute http(s) URL', () => {
		expect(siteUrl('https://dangxiao.example.cn')).toBe('https://dangxiao.example.cn/');
	});
	it('refuses a relative or non-web URL with a message naming SITE_URL', () => {
		expect(() => siteUrl('dangxiao.example.cn')).toThrow(/SITE_URL/u);
		expect(() => siteUrl('ftp://x.cn')).toThrow(/SITE_URL/u);
	});
});
