import { describe, expect, it } from 'vitest';
import {
	installKeeper,
	KEEP_SCRIPT,
	keepScript,
	planPrevious,
	PREVIOUS_CACHE,
	type WorkerScope,
} from '../../src/offline/generations';
import { NEVER_CACHED, swOptions } from '../../src/offline/precache';
import { registerWorker } from '../../src/offline/worker';

const O = 'http://127.0.0.1:4431';
const A = ['/xuexi/_astro/Quiz.AAAA1111.js', '/xuexi/_astro/store.SAME0000.js'];
const B = ['/xuexi/_astro/Quiz.BBBB2222.js', '/xuexi/_astro/store.SAME0000.js'];
const PAGE = `${O}/xuexi/index.html?__WB_REVISION__=abc`;

describe('planPrevious()', () => {
	it('keeps the hashed assets of the build being replaced that the new build does not have', () => {
		const precached = [PAGE, ...A.map((p) => O + p), `${O}${B[0]!}`];
		expect(planPrevious(precached, B, [])).toEqual({
			copy: [`${O}/xuexi/_astro/Quiz.AAAA1111.js`],
			drop: [],
		});
	});

	it('drops what two builds ago left, and what the new build has itself', () => {
		const kept = [`${O}/xuexi/_astro/Quiz.ZZZZ0000.js`, `${O}${B[0]!}`];
		const plan = planPrevious(
			A.map((p) => O + p),
			B,
			kept,
		);
		expect(plan.drop).toEqual(kept);
		expect(plan.copy).toEqual([`${O}/xuexi/_astro/Quiz.AAAA1111.js`]);
	});

	it('does not copy again what is already kept, and compares URLs without their query', () => {
		const kept = [`${O}/xuexi/_astro/Quiz.AAAA1111.js`];
		const precached = [`${O}/xuexi/_astro/Quiz.AAAA1111.js?__WB_REVISION__=1`];
		expect(planPrevious(precached, B, kept)).toEqual({ copy: [], drop: [] });
	});

	it('keeps nothing on a first install (empty precache) and never pages or data', () => {
		expect(planPrevious([], B, [])).toEqual({ copy: [], drop: [] });
		expect(
			planPrevious([PAGE, `${O}/xuexi/data/questions.json?__WB_REVISION__=1`], B, []).copy,
		).toEqual([]);
	});
});

/** Cache Storage in memory, enough for the install step. */
class FakeCaches {
	readonly stores = new Map<string, Map<string, Response>>();
	failOpen = false;
	keys() {
		return Promise.resolve([...this.stores.keys()]);
	}
	open(name: string) {
		if (this.failOpen) return Promise.reject(new Error('QuotaExceededError'));
		const store = this.stores.get(name) ?? new Map<string, Response>();
		this.stores.set(name, store);
		return Promise.resolve({
			keys: () => Promise.resolve([...store.keys()].map((url) => ({ url }))),
			match: (url: string) => Promise.resolve(store.get(url)),
			put: (url: string, response: Response) => {
				store.set(url, response);
				return Promise.resolve();
			},
			delete: (url: string) => Promise.resolve(store.delete(url)),
		});
	}
	urls(name: string) {
		return [...(this.stores.get(name)?.keys() ?? [])];
	}
}

const SCOPE = `${O}/xuexi/`;
const PRECACHE = `zuzhili-precache-v2-${SCOPE}`;

/** A worker global whose `install` runs the registered listeners and waits for their promises. */
function fakeWorker(caches: FakeCaches) {
	const listeners: ((event: { waitUntil(p: Promise<unknown>): void }) => void)[] = [];
	const sw: WorkerScope = {
		addEventListener: (_type, listener) => listeners.push(listener),
		caches,
		registration: { scope: SCOPE },
	};
	const install = async () => {
		const waits: Promise<unknown>[] = [];
		for (const listener of listeners) listener({ waitUntil: (p) => waits.push(p) });
		await Promise.all(waits);
	};
	return { sw, install };
}

async function precache(caches: FakeCaches, paths: string[]) {
	const store = await caches.open(PRECACHE);
	for (const path of paths) await store.put(O + path, new Response(`// ${path}`));
	await store.put(PAGE, new Response('<!doctype html>'));
}

describe('installKeeper() and the script the worker imports', () => {
	it('copies the old build into PREVIOUS_CACHE while the new one installs, bodies intact', async () => {
		const caches = new FakeCaches();
		await precache(caches, [...A, B[0]!]);
		const { sw, install } = fakeWorker(caches);
		// The generated script, evaluated as the worker evaluates it: no outer names needed.
		// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the build's own generated text
		const evaluate = new Function('self', keepScript(B)) as (self: WorkerScope) => void;
		evaluate(sw);
		await install();
		expect(caches.urls(PREVIOUS_CACHE)).toEqual([`${O}/xuexi/_astro/Quiz.AAAA1111.js`]);
		const kept = caches.stores.get(PREVIOUS_CACHE)!.get(`${O}/xuexi/_astro/Quiz.AAAA1111.js`)!;
		expect(await kept.text()).toBe('// /xuexi/_astro/Quiz.AAAA1111.js');
	});

	it('keeps one generation: the next build replaces what was kept', async () => {
		const caches = new FakeCaches();
		await precache(caches, A);
		const first = fakeWorker(caches);
		installKeeper(first.sw, planPrevious, B, PREVIOUS_CACHE);
		await first.install();
		// B activated: workbox removed A from the precache and B's assets are there.
		caches.stores.delete(PRECACHE);
		await precache(caches, B);
		const C = ['/xuexi/_astro/Quiz.CCCC3333.js', '/xuexi/_astro/store.CCCC0000.js'];
		const second = fakeWorker(caches);
		installKeeper(second.sw, planPrevious, C, PREVIOUS_CACHE);
		await second.install();
		expect(caches.urls(PREVIOUS_CACHE).sort()).toEqual(B.map((p) => O + p).sort());
	});

	it('never fails the install when the copy cannot be made', async () => {
		const caches = new FakeCaches();
		await precache(caches, A);
		caches.failOpen = true;
		const { sw, install } = fakeWorker(caches);
		installKeeper(sw, planPrevious, B, PREVIOUS_CACHE);
		await expect(install()).resolves.toBeUndefined();
	});

	it('is imported by the worker, never precached or listed for download', () => {
		expect(swOptions('dist', '/xuexi/').importScripts).toEqual([KEEP_SCRIPT]);
		expect(NEVER_CACHED).toContain(KEEP_SCRIPT);
	});
});

describe('registerWorker()', () => {
	it('checks sw.js and the script it imports past the HTTP cache (a stale list keeps the wrong build)', async () => {
		const calls: unknown[][] = [];
		const container = {
			register: (...args: unknown[]) => {
				calls.push(args);
				return Promise.resolve({} as ServiceWorkerRegistration);
			},
		};
		await registerWorker(container);
		expect(calls).toEqual([['/sw.js', { scope: '/', updateViaCache: 'none' }]]);
	});
});
