/**
 * Developer tool: screenshots of built pages for a human look.
 * Usage: node tests/support/screenshot.mjs <dist-dir> <base> <out-dir> <path>[#anchor] …
 * Each path is shot at 360×740 and 1280×800, full page.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { serve } from './static-server.mjs';

const [dir = 'dist', base = '/', out = '/tmp/shots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const port = Number(process.env.SHOT_PORT ?? 4399);
const server = await serve(dir, port, base);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const path of paths.length ? paths : ['']) {
	for (const [w, h] of [
		[360, 740],
		[1280, 800],
	]) {
		const page = await browser.newPage({ viewport: { width: w, height: h }, locale: 'zh-CN' });
		await page.goto(`http://127.0.0.1:${port}${base}${path}`);
		await page.waitForTimeout(300);
		const name = `${out}/${(path || 'home').replace(/[^a-z0-9]+/giu, '_')}-${w}.png`;
		await page.screenshot({ path: name, fullPage: w < 1000 });
		console.log(name);
		await page.close();
	}
}
await browser.close();
server.close();
