import { matchesGlob } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PREVIOUS_CACHE } from '../../src/offline/generations';
import { normaliseBase, PAGES_CACHE, swOptions } from '../../src/offline/precache';
import {
	controllerChangeAction,
	reloadClickAction,
	SKIP_WAITING,
	staleCodeNotice,
	watchForUpdate,
	type WorkerLike,
} from '../../src/offline/update-watch';

class FakeWorker extends EventTarget implements WorkerLike {
	state = 'installing';
	messages: unknown[] = [];
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	become(state: string) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}
class FakeRegistration extends EventTarget {
	waiting: WorkerLike | null = null;
	installing: WorkerLike | null = null;
	found(worker: FakeWorker) {
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
	}
}

describe('swOptions()', () => {
	it('prefixes every precached URL with the base path; pages outside the core fall back to its 404 page', () => {
		const options = swOptions('/tmp/site/', '/xuexi');
		expect(options.modifyURLPrefix).toEqual({ '': '/xuexi/' });
		expect(options.directoryIndex).toBe('index.html');
		expect(options.swDest).toBe('/tmp/site/sw.js');
		const pages = options.runtimeCaching[0]!;
		expect(pages.options).toEqual({
			cacheName: PAGES_CACHE,
			precacheFallback: { fallbackURL: '/xuexi/404.html' },
		});
		expect(pages.handler).toBe('NetworkFirst');
	});

	it('precaches the course core on the first visit and leaves the rest for later', () => {
		const core = swOptions('dist', '/').globPatterns;
		const matches = (file: string) => core.some((p) => matchesGlob(file, p));
		for (const file of [
			'index.html',
			'source/index.html',
			'lessons/leadership/index.html',
			'glossary/index.html',
			'daily/index.html',
			'exam/index.html',
			'me/index.html',
			'mistakes/index.html',
			'data/questions.json',
			'search/index.json',
			'search/terms-3.json',
			'_astro/Quiz.abc123.js',
			'_astro/index.abc123.css',
			'manifest.webmanifest',
			'icons/icon-192.png',
		])
			expect(matches(file), file).toBe(true);
		for (const file of [
			'practice/practice-leadership/index.html',
			'cases/leadership-branch-meeting/index.html',
			'cases/leadership-branch-meeting/print/index.html',
			'instructor/index.html',
			'instructor/notes/leadership/index.html',
			'paper/index.html',
		])
			expect(matches(file), file).toBe(false);
	});

	it("routes page navigations to the pages cache, an old build's hashed files to the previous-build cache, other same-origin GETs to the assets cache", () => {
		const [pages, previous, assets] = swOptions('dist', '/').runtimeCaching;
		const at = (href: string, mode = 'no-cors', method = 'GET') => ({
			request: { mode, method } as Request,
			url: new URL(href),
		});
		vi.stubGlobal('self', { location: new URL('http://127.0.0.1/') });
		expect(pages!.urlPattern(at('http://127.0.0.1/cases/x/', 'navigate'))).toBe(true);
		expect(pages!.urlPattern(at('http://127.0.0.1/data/questions.json'))).toBe(false);
		expect(previous!.urlPattern(at('http://127.0.0.1/_astro/old.js'))).toBe(true);
		expect(previous!.options).toEqual({
			cacheName: PREVIOUS_CACHE,
			matchOptions: { ignoreSearch: true },
		});
		expect(previous!.handler).toBe('CacheFirst');
		expect(previous!.urlPattern(at('http://other.example/_astro/x.js'))).toBe(false);
		expect(previous!.urlPattern(at('http://127.0.0.1/data/questions.json'))).toBe(false);
		expect(assets!.urlPattern(at('http://127.0.0.1/data/questions.json'))).toBe(true);
		expect(assets!.urlPattern(at('http://other.example/x.js'))).toBe(false);
		expect(assets!.urlPattern(at('http://127.0.0.1/x', 'cors', 'POST'))).toBe(false);
		vi.unstubAllGlobals();
	});

	it('lets a new worker wait for the reader instead of taking over by itself', () => {
		expect(swOptions('dist', '/').skipWaiting).toBe(false);
	});
});

describe('normaliseBase()', () => {
	it('always returns a path with leading and trailing slashes', () => {
		expect(normaliseBase('')).toBe('/');
		expect(normaliseBase('/')).toBe('/');
		expect(normaliseBase('/xuexi')).toBe('/xuexi/');
		expect(normaliseBase('xuexi/')).toBe('/xuexi/');
	});
});

describe('watchForUpdate()', () => {
	it('offers a worker that is already waiting when the page has a controller', () => {
		const registration = new FakeRegistration();
		const worker = new FakeWorker();
		registration.waiting = worker;
		const offered: WorkerLike[] = [];
		watchForUpdate(
			registration,
			() => true,
			(w) => offered.push(w),
		);
		expect(offered).toEqual([worker]);
		offered[0]?.postMessage(SKIP_WAITING);
		expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
	});

	it('offers a new worker once it has installed, and only once', () => {
		const registration = new FakeRegistration();
		const offered: WorkerLike[] = [];
		watchForUpdate(
			registration,
			() => true,
			(w) => offered.push(w),
		);
		const worker = new FakeWorker();
		registration.found(worker);
		expect(offered).toEqual([]);
		worker.become('installed');
		worker.become('installed');
		expect(offered).toEqual([worker]);
	});

	it('does not offer the very first install (nothing to refresh)', () => {
		const registration = new FakeRegistration();
		const offered: WorkerLike[] = [];
		watchForUpdate(
			registration,
			() => false,
			(w) => offered.push(w),
		);
		const worker = new FakeWorker();
		registration.found(worker);
		worker.become('installed');
		expect(offered).toEqual([]);
	});
});

describe('what a tab does when the site updates (issue 21 items 5–6)', () => {
	it('reloads only the tab where the learner accepted the update', () => {
		expect(controllerChangeAction({ acceptedHere: true, controlledBefore: true })).toBe('reload');
		// Another tab accepted: this one may hold unsaved work (an exam): say so, never reload.
		expect(controllerChangeAction({ acceptedHere: false, controlledBefore: true })).toBe('offer');
		// The first worker claiming a first visit is not an update.
		expect(controllerChangeAction({ acceptedHere: false, controlledBefore: false })).toBe('ignore');
	});

	it('a tab opened on the very first visit reloads when its own 点击刷新 is pressed', () => {
		// It had no controller at load; the first worker claimed it later, then an update came.
		expect(controllerChangeAction({ acceptedHere: true, controlledBefore: false })).toBe('reload');
	});

	it('点击刷新 reloads at once when the new version already took over (accepted in another tab)', () => {
		expect(reloadClickAction('installed')).toBe('skip-waiting');
		expect(reloadClickAction('activating')).toBe('reload');
		expect(reloadClickAction('activated')).toBe('reload');
		expect(reloadClickAction('redundant')).toBe('reload');
		expect(reloadClickAction(null)).toBe('reload');
	});

	it('an island whose code is gone while online offers the update; offline, or not our script, it does not', () => {
		const failure = {
			componentUrl: '/xuexi/_astro/Quiz.E4bNitzT.js',
			online: true,
			base: '/xuexi/',
		};
		expect(staleCodeNotice(failure)).toBe(true);
		expect(staleCodeNotice({ ...failure, online: false })).toBe(false);
		expect(staleCodeNotice({ ...failure, componentUrl: null })).toBe(false);
		expect(staleCodeNotice({ ...failure, componentUrl: '/other/_astro/Quiz.js' })).toBe(false);
	});
});
