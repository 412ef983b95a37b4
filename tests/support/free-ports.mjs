/**
 * Two free neighbouring TCP ports on 127.0.0.1 for the e2e static servers (the sub-path build on
 * `port`, the root build on `port + 1`), so a server left running from another run or checkout
 * never fails the suite. `freePortPair()` is synchronous (Playwright's config is): it asks a child
 * Node process, which tries to listen on candidate pairs the OS hands out.
 * Usage: node tests/support/free-ports.mjs → prints the first port.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Resolves when `port` could be listened on (and has been released again). */
function isFree(port) {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** A port the OS reports free. */
function anyPort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
	});
}

async function findPair() {
	for (let tries = 0; tries < 50; tries++) {
		const port = await anyPort();
		if (port < 65535 && (await isFree(port + 1))) return port;
	}
	throw new Error('no two neighbouring free ports on 127.0.0.1');
}

export function freePortPair() {
	return Number(
		execFileSync(process.execPath, [fileURLToPath(import.meta.url)], { encoding: 'utf8' }),
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	process.stdout.write(String(await findPair()));
}
