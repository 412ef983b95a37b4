/**
 * `npm run bench`: runs every bench/*.bench.mjs module in name order and writes one report,
 * bench/out/report.md and bench/out/report.json (bench/out is gitignored).
 *
 * Contract for a bench module (search, site cost, Lighthouse, …):
 *   export const title = 'Human title';
 *   export async function run({ root, chromiumPath, log }) { return { markdown, json }; }
 * `root` is the project folder, `chromiumPath` a Chromium executable (never downloaded), `log(msg)`
 * prints progress. A module that throws is reported as failed; the others still run.
 * Measurements of time live here only: tests assert bytes and behaviour, never timings.
 * Optional: node bench/run.mjs <name>[,<name>…] runs only modules whose file name contains one of them.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium } from '../tests/support/browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const outDir = join(benchDir, 'out');
const filters = (process.argv[2] ?? '').split(',');

const modules = readdirSync(benchDir)
	.filter((f) => f.endsWith('.bench.mjs') && filters.some((name) => f.includes(name)))
	.sort();
const chromiumPath = findChromium();
const started = new Date();
const sections = [];
const json = {
	date: started.toISOString(),
	machine: {
		cpus: cpus().length,
		cpu: cpus()[0]?.model ?? '',
		memGB: Math.round(totalmem() / 2 ** 30),
		node: process.version,
	},
	modules: {},
};

for (const file of modules) {
	const name = file.replace(/\.bench\.mjs$/u, '');
	const mod = await import(pathToFileURL(join(benchDir, file)).href);
	const title = mod.title ?? name;
	const log = (msg) => console.log(`[bench:${name}] ${msg}`);
	log(`start: ${title}`);
	try {
		const result = await mod.run({ root, chromiumPath, log });
		sections.push(`## ${title}\n\n${result.markdown.trim()}\n`);
		json.modules[name] = { title, ok: true, ...result.json };
	} catch (error) {
		const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
		console.error(`[bench:${name}] FAILED\n${message}`);
		sections.push(
			`## ${title}\n\n**Failed:** \`${String(error instanceof Error ? error.message : error).split('\n')[0]}\`\n`,
		);
		json.modules[name] = { title, ok: false, error: message };
	}
}

const header = [
	'# 组织力研学 — bench report',
	'',
	`${started.toISOString()} · ${json.machine.cpus} × ${json.machine.cpu} · ${json.machine.memGB} GB · Node ${json.machine.node}`,
	'',
	'Times depend on the machine and its load (2 shared cores here); bytes do not.',
	'',
].join('\n');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'report.md'), `${header}\n${sections.join('\n')}`);
writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(json, null, '\t')}\n`);
console.log(`\nWrote ${join('bench', 'out', 'report.md')} and report.json`);
if (Object.values(json.modules).some((m) => !m.ok)) process.exitCode = 1;
