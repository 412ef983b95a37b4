/**
 * Developer tool: screenshots of built pages for a human look.
 * Usage: node tests/support/screenshot.mjs <dist-dir> <base> <out-dir> <path>[#anchor] …
 * Each path is shot at 360×740 and 1280×800, full page (narrow) or the viewport (wide).
 * SHOT_SIZES=1920x1080,1366x768 shoots other sizes instead. SHOT_STORAGE=<file.json> (an object of
 * localStorage keys and values, e.g. saved by an e2e test) is put in localStorage before each page
 * loads, to shoot a state such as a running 课堂竞答 game.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { serve } from './static-server.mjs';

const [dir = 'dist', base = '/', out = '/tmp/shots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const port = Number(process.env.SHOT_PORT ?? 4399);
const server = await serve(dir, port, base);
const sizes = (process.env.SHOT_SIZES ?? '360x740,1280x800')
	.split(',')
	.map((size) => size.split('x').map(Number));
const storage = process.env.SHOT_STORAGE
	? JSON.parse(readFileSync(process.env.SHOT_STORAGE, 'utf8'))
	: null;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const path of paths.length ? paths : ['']) {
	for (const [w, h] of sizes) {
		const page = await browser.newPage({ viewport: { width: w, height: h }, locale: 'zh-CN' });
		if (storage)
			await page.addInitScript((entries) => {
				for (const [k, v] of Object.entries(entries)) globalThis.localStorage.setItem(k, v);
			}, storage);
		await page.goto(`http://127.0.0.1:${port}${base}${path}`);
		await page.waitForTimeout(300);
		const name = `${out}/${(path || 'home').replace(/[^a-z0-9]+/giu, '_')}-${w}x${h}.png`;
		await page.screenshot({ path: name, fullPage: w < 1000 });
		console.log(name);
		await page.close();
	}
}
await browser.close();
server.close();
