/**
 * Registers the service worker on every page (bundled module script, loaded by
 * src/components/starlight/Head.astro) and shows a quiet update banner when a new version waits.
 * Owns: when to register (after load; not on a first visit when the browser asks to save data — then
 * 我的学习's 「离线下载全部内容」 does it on request) and the banner's DOM (text from offline.json via
 * textContent only). Must not: decide what is cached (src/offline/precache.ts does).
 */
import dict from '../i18n/zh-CN/offline.json';
import { makeT } from '../i18n/translate';
import { SKIP_WAITING, watchForUpdate, type WorkerLike } from './update-watch';
import { registerWorker, savesData } from './worker';

const t = makeT(dict);

function showBanner(worker: WorkerLike): void {
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
		worker.postMessage(SKIP_WAITING);
	});
	dismiss.addEventListener('click', () => banner.remove());
	banner.append(reload, dismiss);
	document.body.append(banner);
}

async function register(): Promise<void> {
	const registration = await registerWorker();
	const hadController = !!navigator.serviceWorker.controller;
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		// Only an accepted update reloads; the first worker claiming the page does not.
		if (!hadController || reloading) return;
		reloading = true;
		location.reload();
	});
	watchForUpdate(registration, () => !!navigator.serviceWorker.controller, showBanner);
}

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
