/**
 * Registering the service worker (base-aware URL and scope), shared by the automatic registration on
 * every page (./register.ts) and 我的学习's 「离线下载全部内容」, which registers it itself when the
 * reader's browser asked to save data (Save-Data) and nothing was installed yet.
 * Owns: the registration call and the Save-Data test. Must not: touch the DOM.
 */
import { normaliseBase, SW_FILE } from './precache';

/**
 * `updateViaCache: 'none'`: the update check fetches sw.js and the script it imports (KEEP_SCRIPT,
 * which lists the new build's assets) past the HTTP cache; a stale imported list would keep the wrong
 * build's assets for old tabs.
 */
export function registerWorker(
	container: Pick<ServiceWorkerContainer, 'register'> = navigator.serviceWorker,
): Promise<ServiceWorkerRegistration> {
	const base = normaliseBase(import.meta.env.BASE_URL);
	return container.register(`${base}${SW_FILE}`, { scope: base, updateViaCache: 'none' });
}

/** True when the browser asks sites to save data (Chrome's 「省流量」, Save-Data: on). */
export function savesData(nav: Navigator = navigator): boolean {
	return (nav as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}
