/**
 * A tiny static file server for the e2e suite: serves a built `dist/` folder under a base path
 * (e.g. `/xuexi/`), like any static host or intranet nginx would. Directory URLs serve index.html;
 * unknown paths get the site's 404 page with status 404.
 * Usage: node tests/support/static-server.mjs <dir> <port> [base]
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
};

export function serve(dir, port, base = '/') {
	const root = resolve(dir);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (`${path}/` === prefix) path = prefix;
		if (!path.startsWith(prefix)) return notFound(res);
		const relative = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/u, '');
		let file = join(root, relative);
		try {
			if (statSync(file).isDirectory()) {
				if (!path.endsWith('/')) {
					res.writeHead(301, { location: `${path}/${url.search}` });
					return res.end();
				}
				file = join(file, 'index.html');
			}
			statSync(file);
		} catch {
			return notFound(res);
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	function notFound(res) {
		res.writeHead(404, { 'content-type': TYPES['.html'] });
		createReadStream(join(root, '404.html'))
			.on('error', () => res.end('404'))
			.pipe(res);
	}
	return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
	await serve(dir, Number(port), base);
	console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`);
}
