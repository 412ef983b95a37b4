/**
 * Registers the service worker on every page (bundled module script, loaded by
 * src/components/starlight/Head.astro) and shows a quiet update banner when a new version waits.
 * Only the tab where the learner presses 点击刷新 reloads; other open tabs (which may hold unsaved
 * work) show the banner instead and reload when their own button is pressed (./update-watch.ts).
 * A page whose island code is gone from the server (a deploy, no worker to keep the old build) shows
 * the banner too.
 * Owns: when to register (after load; not on a first visit when the browser asks to save data — then
 * 我的学习's 「离线下载全部内容」 does it on request) and the banner's DOM (text from offline.json via
 * textContent only). Must not: decide what is cached (src/offline/precache.ts does).
 */
import dict from '../i18n/zh-CN/offline.json';
import { makeT } from '../i18n/translate';
import {
	controllerChangeAction,
	reloadClickAction,
	SKIP_WAITING,
	staleCodeNotice,
	watchForUpdate,
	type WorkerLike,
} from './update-watch';
import { normaliseBase } from './precache';
import { registerWorker, savesData } from './worker';

const t = makeT(dict);

/** Set when the learner pressed 点击刷新 in this tab: only then does a new worker reload it. */
let acceptedHere = false;
/** The waiting worker the banner offers (null once another tab's acceptance made it active). */
let offered: WorkerLike | null = null;

function showBanner(worker: WorkerLike | null): void {
	offered = worker;
	if (document.querySelector('.zz-update')) return;
	const banner = document.createElement('div');
	banner.className = 'zz-update';
	banner.setAttribute('role', 'status');
	const reload = document.createElement('button');
	reload.type = 'button';
	reload.className = 'zz-update-reload';
	reload.textContent = t('offline.updateReady');
	const dismiss = document.createElement('button');
	dismiss.type = 'button';
	dismiss.className = 'zz-update-dismiss';
	dismiss.textContent = t('offline.updateDismiss');
	dismiss.setAttribute('aria-label', t('offline.updateDismissLabel'));
	reload.addEventListener('click', () => {
		reload.disabled = true;
		acceptedHere = true;
		if (offered && reloadClickAction(offered.state) === 'skip-waiting')
			offered.postMessage(SKIP_WAITING);
		else location.reload();
	});
	dismiss.addEventListener('click', () => banner.remove());
	banner.append(reload, dismiss);
	document.body.append(banner);
}

async function register(): Promise<void> {
	const registration = await registerWorker();
	let controlledBefore = !!navigator.serviceWorker.controller;
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		const action = controllerChangeAction({ acceptedHere, controlledBefore });
		controlledBefore = true;
		if (action === 'reload' && !reloading) {
			reloading = true;
			location.reload();
		} else if (action === 'offer') showBanner(null);
	});
	watchForUpdate(registration, () => !!navigator.serviceWorker.controller, showBanner);
}

// An island whose code is gone from the server: this page is older than the site (see staleCodeNotice).
window.addEventListener('astro:hydration-error', (event) => {
	const componentUrl = (event as CustomEvent<{ componentUrl?: string | null }>).detail
		?.componentUrl;
	if (
		!document.querySelector('.zz-update') &&
		staleCodeNotice({
			componentUrl: componentUrl ?? null,
			online: navigator.onLine,
			base: normaliseBase(import.meta.env.BASE_URL),
		})
	)
		showBanner(null);
});

// Save-Data: no background download on a first visit; a worker the reader already installed stays updated.
if (
	import.meta.env.PROD &&
	'serviceWorker' in navigator &&
	(!savesData() || navigator.serviceWorker.controller)
) {
	// After load, so precaching never competes with the page's own first-load requests.
	const start = () => void register().catch(() => undefined);
	if (document.readyState === 'complete') start();
	else window.addEventListener('load', start, { once: true });
}
