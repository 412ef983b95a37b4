/**
 * Developer tool: print built pages to A4 PDF in Chromium (print media, as a reader's 打印 would) and
 * render each sheet to PNG with poppler's pdftoppm, for a human look at the print stylesheets.
 * Usage: node tests/support/print-pdf.mjs <dist-dir> <base> <out-dir> <path> …
 * Writes <out>/<name>.pdf and <out>/<name>-<n>.png (50 dpi); needs `pdftoppm` (apt-get install poppler-utils).
 * SHOT_STORAGE=<file.json> (localStorage keys and values, e.g. saved by an e2e test) is put in
 * localStorage before each page loads, to print a state such as a 课堂竞答 game's host sheet.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { serve } from './static-server.mjs';

const [dir = 'dist', base = '/', out = '/tmp/print', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const port = Number(process.env.SHOT_PORT ?? 4398);
const server = await serve(dir, port, base);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const path of paths.length ? paths : ['']) {
	const page = await browser.newPage({ locale: 'zh-CN', colorScheme: 'dark' });
	if (process.env.SHOT_STORAGE) {
		const entries = JSON.parse(readFileSync(process.env.SHOT_STORAGE, 'utf8'));
		await page.addInitScript((e) => {
			for (const [k, v] of Object.entries(e)) globalThis.localStorage.setItem(k, v);
		}, entries);
	}
	await page.goto(`http://127.0.0.1:${port}${base}${path}`);
	// Islands that fetch data (a quiz, a saved game's questions) render after the load event.
	await page.waitForLoadState('networkidle');
	await page.emulateMedia({ media: 'print' });
	const name = `${out}/${(path || 'home').replace(/[^a-z0-9]+/giu, '_')}`;
	await page.pdf({ path: `${name}.pdf`, preferCSSPageSize: true, printBackground: true });
	execFileSync('pdftoppm', ['-png', '-r', '50', `${name}.pdf`, name]);
	console.log(`${name}.pdf`);
	await page.close();
}
await browser.close();
server.close();
