/**
 * The Nu HTML Checker (vnu-jar, Java 17+) over every built page: zero errors required.
 * One JVM for all pages (a JVM start costs seconds). Usage: node tests/support/html-validity.mjs <dir>
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { htmlFiles } from './built-site.mjs';

const require = createRequire(import.meta.url);

export function checkHtml(dir) {
	const files = htmlFiles(dir).map((f) => join(dir, f));
	const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
	const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (run.error) throw new Error(`vnu: cannot run java (${run.error.message}); install Java 17+`);
	let messages;
	try {
		messages = JSON.parse(run.stderr || run.stdout || '{"messages":[]}').messages ?? [];
	} catch {
		throw new Error(`vnu: unreadable output:\n${run.stderr}`);
	}
	const problems = messages
		.filter((m) => m.type === 'error' || m.subType === 'fatal')
		.map((m) => {
			const file = relative(dir, new URL(m.url).pathname);
			return `${file}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `  «${m.extract.trim().slice(0, 120)}»` : ''}`;
		});
	return { pages: files.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = 'dist'] = process.argv.slice(2);
	const { pages, problems } = checkHtml(dir);
	if (problems.length > 0) {
		console.error(`[vnu] ${problems.length} HTML errors:\n  ${problems.join('\n  ')}`);
		process.exit(1);
	}
	console.log(`[vnu] ${pages} pages: no HTML errors`);
}
